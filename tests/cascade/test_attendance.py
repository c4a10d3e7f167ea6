"""Sessions and attendance, and attendance as a completion rule where the cohort requires it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cascade.models import Attendance
from cascade.services import attendance_mark, cohort_join, session_add
from certificates.models import Certificate
from courses.models import Enrollment
from courses.services import lesson_complete
from tests.cascade.helpers import open_cohort, refused
from tests.factories import UserFactory, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(courses, master):
    """A teacher group that requires half of its two sessions, with two trainees."""
    today = timezone.localdate()
    cohort = open_cohort(
        master, courses[0], starts_on=today - timedelta(days=7), attendance_required=True, attendance_percent=50
    )
    trainees = [UserFactory(full_name=name) for name in ("Айгүл Нұрланқызы", "Болат Ерланұлы")]
    for trainee in trainees:
        cohort_join(user=trainee, cohort=cohort)
    sessions = [
        session_add(cohort=cohort, held_on=today - timedelta(days=6), place="№12 мектеп, 204"),
        session_add(cohort=cohort, held_on=today - timedelta(days=1), place="№12 мектеп, 204"),
    ]
    return cohort, trainees, sessions


def finish_lessons(user, course):
    for lesson in lessons_of(course):
        lesson_complete(user=user, lesson=lesson, course=course)
    return Enrollment.objects.get(user=user, course_key=course.translation_key)


def test_lessons_alone_do_not_complete_a_course_whose_group_requires_attendance(group, courses, master):
    cohort, (aigul, bolat), (first, second) = group
    assert finish_lessons(aigul, courses[0]).status != Enrollment.Status.COMPLETED
    attendance_mark(session=first, marks={aigul.pk: Attendance.Mark.ABSENT}, marked_by=master)
    assert not Certificate.objects.filter(user=aigul).exists()

    # Late counts as attended: one of two sessions is the 50% the group asks, and completes the course.
    attendance_mark(session=second, marks={aigul.pk: Attendance.Mark.LATE}, marked_by=master)
    assert Enrollment.objects.get(user=aigul).status == Enrollment.Status.COMPLETED
    certificate = Certificate.objects.get(user=aigul)
    assert (certificate.trainer, certificate.generation, certificate.cohort_id) == (master, 1, cohort.pk)


def test_attendance_before_the_lessons_counts_when_the_lessons_are_done(group, courses, master):
    cohort, (aigul, bolat), (first, second) = group
    attendance_mark(session=first, marks={bolat.pk: Attendance.Mark.PRESENT}, marked_by=master)
    assert finish_lessons(bolat, courses[0]).status == Enrollment.Status.COMPLETED


def test_a_group_without_the_requirement_completes_on_lessons(courses, master):
    cohort = open_cohort(master, courses[0])
    trainee = UserFactory()
    cohort_join(user=trainee, cohort=cohort)
    assert finish_lessons(trainee, courses[0]).status == Enrollment.Status.COMPLETED


def test_a_required_group_with_no_session_yet_does_not_complete(courses, master):
    cohort = open_cohort(master, courses[0], attendance_required=True)
    trainee = UserFactory()
    cohort_join(user=trainee, cohort=cohort)
    assert finish_lessons(trainee, courses[0]).status != Enrollment.Status.COMPLETED


def test_a_later_mark_replaces_the_earlier_one(group, master):
    cohort, (aigul, bolat), (first, second) = group
    attendance_mark(session=first, marks={aigul.pk: "present", bolat.pk: "absent"}, marked_by=master)
    attendance_mark(session=first, marks={bolat.pk: "late"}, marked_by=master)
    assert dict(first.attendance.values_list("user__full_name", "mark")) == {
        "Айгүл Нұрланқызы": "present",
        "Болат Ерланұлы": "late",
    }


def test_only_trainees_are_marked_and_only_from_the_day_of_the_session(group, master):
    cohort, trainees, (first, second) = group
    with refused("Only the group's trainees can be marked."):
        attendance_mark(session=first, marks={UserFactory().pk: "present"}, marked_by=master)
    tomorrow = session_add(cohort=cohort, held_on=timezone.localdate() + timedelta(days=1), place="204")
    with refused("Attendance can be marked from the day of the session."):
        attendance_mark(session=tomorrow, marks={trainees[0].pk: "present"}, marked_by=master)


def test_a_session_outside_the_group_dates_is_refused_and_the_form_keeps_the_place(client, group, master):
    cohort = group[0]
    client.force_login(master)
    response = client.post(
        reverse("cascade:session_add", kwargs={"cohort_id": cohort.pk}),
        {"held_on": (cohort.ends_on + timedelta(days=1)).isoformat(), "place": "Мәжіліс залы"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="Мәжіліс залы"' in page
    assert cohort.sessions.count() == 2


def test_the_trainer_marks_attendance_on_the_phone_page(client, group, master):
    cohort, (aigul, bolat), (first, second) = group
    client.force_login(master)
    url = reverse("cascade:attendance", kwargs={"cohort_id": cohort.pk, "session_id": first.pk})
    page = client.get(url).content.decode()
    assert "Айгүл Нұрланқызы" in page and f'name="mark-{aigul.pk}"' in page
    response = client.post(url, {f"mark-{aigul.pk}": "present", f"mark-{bolat.pk}": "absent", "mark-x": "present"})
    assert response.status_code == 302
    assert dict(first.attendance.values_list("user_id", "mark")) == {aigul.pk: "present", bolat.pk: "absent"}
    listed = client.get(reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk})).context["sessions"]
    assert [(session.attended, session.marked) for session in listed] == [(1, 2), (0, 0)]


def test_a_mark_leaves_a_trainee_who_has_not_started_as_they_were(group, master):
    cohort, (aigul, bolat), (first, second) = group
    attendance_mark(session=first, marks={aigul.pk: "present"}, marked_by=master)
    enrollment = Enrollment.objects.get(user=aigul)
    assert (enrollment.status, enrollment.started_at) == (Enrollment.Status.ENROLLED, None)


def test_an_online_group_cannot_count_attendance(client, courses, master):
    client.force_login(master)
    response = client.post(
        reverse("cascade:new"),
        {
            "course": str(courses[0].translation_key),
            "name": "Онлайн топ",
            "region": master.region_id,
            "delivery": "online",
            "starts_on": "2026-12-01",
            "ends_on": "2026-12-20",
            "capacity": 20,
            "attendance_required": "on",
            "attendance_percent": 80,
        },
    )
    assert response.status_code == 400
    assert "attendance_required" in response.context["form"].errors
    assert 'value="Онлайн топ"' in response.content.decode()
