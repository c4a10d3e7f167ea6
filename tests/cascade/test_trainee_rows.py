"""How a trainer tells trainees apart and sees where each one is: the roster says "not started"
with the course's lessons instead of "0 / 0", and the attendance page names each trainee's school."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cascade.services import cohort_join, session_add
from courses.services import lesson_complete
from tests.cascade.helpers import open_cohort
from tests.factories import UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(master):
    course = build_course(slug="six-lessons", lessons=6, title="Recognising abuse")
    today = timezone.localdate()
    cohort = open_cohort(master, course, starts_on=today - timedelta(days=3))
    started = UserFactory(full_name="Айгүл Нұрланқызы", school="№12 мектеп")
    waiting = UserFactory(full_name="Айгүл Нұрланқызы", school="№45 гимназия")
    for trainee in (started, waiting):
        cohort_join(user=trainee, cohort=cohort)
    lesson_complete(user=started, lesson=lessons_of(course)[0], course=course)
    return cohort, started, waiting


def kk_plural(singular, plural, count):
    with translation.override("kk"):
        return translation.ngettext(singular, plural, count) % {"count": count}


def test_the_roster_says_not_started_and_how_many_lessons_wait_rather_than_0_of_0(client, group, master):
    cohort, started, waiting = group
    client.force_login(master)
    page = client.get(reverse("cascade:roster", kwargs={"cohort_id": cohort.pk})).content.decode()
    assert kk_plural("Not started · %(count)s lesson", "Not started · %(count)s lessons", 6) in page
    assert "1 / 6" in page and "0 / 0" not in page

    trainee = client.get(reverse("cascade:trainee", kwargs={"cohort_id": cohort.pk, "user_id": waiting.pk}))
    assert kk_plural("Not started · %(count)s lesson", "Not started · %(count)s lessons", 6) in trainee.content.decode()


def test_the_roster_csv_gives_the_course_lessons_for_a_trainee_who_has_not_started(client, group, master):
    cohort, started, waiting = group
    client.force_login(master)
    text = b"".join(client.get(reverse("cascade:roster_csv", kwargs={"cohort_id": cohort.pk})).streaming_content)
    rows = [line.split(",") for line in text.decode("utf-8-sig").splitlines()[1:]]
    assert sorted((row[2], row[3], row[4]) for row in rows) == [("№12 мектеп", "1", "6"), ("№45 гимназия", "0", "6")]


def test_two_trainees_of_the_same_name_are_told_apart_by_school_on_the_attendance_page(client, group, master):
    cohort, started, waiting = group
    session = session_add(cohort=cohort, held_on=timezone.localdate(), place="204")
    client.force_login(master)
    page = client.get(
        reverse("cascade:attendance", kwargs={"cohort_id": cohort.pk, "session_id": session.pk})
    ).content.decode()
    assert 'Айгүл Нұрланқызы <span class="meta">· №12 мектеп</span></legend>' in page
    assert 'Айгүл Нұрланқызы <span class="meta">· №45 гимназия</span></legend>' in page
