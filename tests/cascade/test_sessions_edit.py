"""A trainer's sessions: a second session on the same date and place is added only after a
warning (the form keeps what was typed), a session can be corrected, and deleted (its marks with
it, after a confirmation that says so), with attendance shares recounted as marking does."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from cascade.models import Attendance, CohortSession
from cascade.services import CascadeRefusal, attendance_mark, cohort_join, session_add, session_delete, session_edit
from certificates.models import Certificate
from courses.models import Enrollment
from courses.services import lesson_complete
from lms import roles
from tests.cascade.helpers import open_cohort
from tests.factories import UserFactory, lessons_of

pytestmark = pytest.mark.django_db


def kk(message, **values):
    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text


def kk_plural(singular, plural, count):
    with translation.override("kk"):
        return translation.ngettext(singular, plural, count) % {"count": count}


@pytest.fixture
def group(courses, master):
    """A group that asks for every session to be attended, with two trainees and one session."""
    today = timezone.localdate()
    cohort = open_cohort(
        master,
        courses[0],
        starts_on=today - timedelta(days=7),
        venue="№12 мектеп, 204",
        attendance_required=True,
        attendance_percent=100,
    )
    trainees = [UserFactory(full_name=name) for name in ("Айгүл Нұрланқызы", "Болат Ерланұлы")]
    for trainee in trainees:
        cohort_join(user=trainee, cohort=cohort)
    session = session_add(cohort=cohort, held_on=today, place="№12 мектеп, 204")
    return cohort, trainees, session


def urls(cohort, session=None):
    kwargs = {"cohort_id": cohort.pk}
    found = {"add": reverse("cascade:session_add", kwargs=kwargs), "page": reverse("cascade:cohort", kwargs=kwargs)}
    if session is not None:
        kwargs["session_id"] = session.pk
        found["edit"] = reverse("cascade:session_edit", kwargs=kwargs)
        found["delete"] = reverse("cascade:session_delete", kwargs=kwargs)
    return found


DUPLICATE = (
    "The group already has a session on %(date)s at this place. A second one lowers every "
    "trainee's attendance share. Add it only if the group really meets twice."
)


def test_the_prefilled_form_warns_before_a_second_session_on_the_same_date_and_place(client, group, master):
    cohort, trainees, session = group
    client.force_login(master)
    today = timezone.localdate()
    typed = {"held_on": today.isoformat(), "place": "  №12 МЕКТЕП,   204 "}
    response = client.post(urls(cohort)["add"], typed)
    assert response.status_code == 409 and cohort.sessions.count() == 1
    html = response.content.decode()
    with translation.override("kk"):
        warning = kk(DUPLICATE, date=date_format(today, "SHORT_DATE_FORMAT"))
    assert warning in html.replace("&#x27;", "'") and 'role="alert"' in html and kk("Add it anyway") in html
    assert 'value="  №12 МЕКТЕП,   204 "' in html and f'value="{today.isoformat()}"' in html  # as typed

    response = client.post(urls(cohort)["add"], {**typed, "confirm_duplicate": "1"})
    assert response.status_code == 302 and cohort.sessions.count() == 2


def test_another_place_on_the_same_day_is_added_without_a_warning(client, group, master):
    cohort, trainees, session = group
    client.force_login(master)
    response = client.post(urls(cohort)["add"], {"held_on": session.held_on.isoformat(), "place": "Спортзал"})
    assert response.status_code == 302 and cohort.sessions.count() == 2


def test_a_session_is_corrected_and_a_change_onto_another_session_warns(client, group, master):
    cohort, trainees, session = group
    other = session_add(cohort=cohort, held_on=session.held_on - timedelta(days=1), place="Спортзал")
    client.force_login(master)
    edit = urls(cohort, other)["edit"]
    page = client.get(edit).content.decode()
    assert 'value="Спортзал"' in page

    clash = {"held_on": session.held_on.isoformat(), "place": session.place}
    response = client.post(edit, clash)
    assert response.status_code == 409 and kk("Save it anyway") in response.content.decode()
    other.refresh_from_db()
    assert other.place == "Спортзал"

    day = session.held_on - timedelta(days=2)
    response = client.post(edit, {"held_on": day.isoformat(), "place": "Акт залы"})
    assert response.status_code == 302
    other.refresh_from_db()
    assert (other.held_on, other.place) == (day, "Акт залы")


def test_a_session_with_marks_cannot_move_to_a_day_not_yet_come(client, group, master):
    cohort, (aigul, bolat), session = group
    attendance_mark(session=session, marks={aigul.pk: "present"}, marked_by=master)
    client.force_login(master)
    tomorrow = session.held_on + timedelta(days=1)
    response = client.post(urls(cohort, session)["edit"], {"held_on": tomorrow.isoformat(), "place": session.place})
    assert response.status_code == 400
    message = "Attendance is already marked for this session, so it cannot move to a day that has not come yet."
    assert kk(message) in response.content.decode()
    session.refresh_from_db()
    assert session.held_on == timezone.localdate()


def test_a_session_without_marks_is_deleted_at_once(client, group, master):
    cohort, trainees, session = group
    client.force_login(master)
    assert (
        kk("No attendance is marked yet: nothing else changes.")
        in client.get(urls(cohort, session)["edit"]).content.decode()
    )
    response = client.post(urls(cohort, session)["delete"], {"marks": "0"})
    assert response.status_code == 302 and not CohortSession.objects.exists()


def test_deleting_a_marked_session_says_whose_marks_go_and_needs_the_confirmation(client, group, master):
    cohort, (aigul, bolat), session = group
    attendance_mark(session=session, marks={aigul.pk: "present", bolat.pk: "absent"}, marked_by=master)
    client.force_login(master)
    delete = urls(cohort, session)["delete"]
    confirm = client.get(delete).content.decode()
    consequence = kk_plural(
        "%(count)s trainee's mark for this session is deleted; their attendance share is recounted.",
        "%(count)s trainees' marks for this session are deleted; their attendance share is recounted.",
        2,
    )
    assert consequence in confirm and 'name="marks" value="2"' in confirm

    # Without the confirmation (a form from before the marks), nothing is deleted: the page says why.
    refused = client.post(delete, {"marks": "0"})
    assert refused.status_code == 409 and consequence in refused.content.decode()
    assert Attendance.objects.count() == 2

    assert client.post(delete, {"marks": "2"}).status_code == 302
    assert not CohortSession.objects.exists() and not Attendance.objects.exists()


def test_deleting_a_session_recounts_attendance_and_can_complete_the_course(client, group, courses, master):
    cohort, (aigul, bolat), session = group
    earlier = session_add(cohort=cohort, held_on=session.held_on - timedelta(days=3), place="Спортзал")
    attendance_mark(session=earlier, marks={aigul.pk: "present"}, marked_by=master)
    attendance_mark(session=session, marks={aigul.pk: "absent"}, marked_by=master)
    for lesson in lessons_of(courses[0]):
        lesson_complete(user=aigul, lesson=lesson, course=courses[0])
    assert Enrollment.objects.get(user=aigul).status != Enrollment.Status.COMPLETED  # 1 of 2 sessions, 100% asked

    # The session was a mistake: deleted, her share is 1 of 1, and the course is complete.
    client.force_login(master)
    assert client.post(urls(cohort, session)["delete"], {"marks": "1"}).status_code == 302
    assert Enrollment.objects.get(user=aigul).status == Enrollment.Status.COMPLETED
    assert Certificate.objects.get(user=aigul).cohort_id == cohort.pk


@pytest.mark.parametrize("who", ["other trainer", "coordinator", "trainee"])
def test_only_the_groups_trainer_changes_or_deletes_its_sessions(client, group, who):
    cohort, trainees, session = group
    people = {
        "other trainer": UserFactory(roles=[roles.TRAINERS]),
        "coordinator": UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=cohort.region),
        "trainee": trainees[0],
    }
    client.force_login(people[who])
    found = urls(cohort, session)
    assert client.get(found["edit"]).status_code == 404 and client.get(found["delete"]).status_code == 404
    assert client.post(found["edit"], {"held_on": session.held_on.isoformat(), "place": "x"}).status_code == 404
    assert client.post(found["delete"], {"marks": "0"}).status_code == 404
    session.refresh_from_db()
    assert session.place == "№12 мектеп, 204"


def test_a_session_of_another_group_is_not_found_through_this_one(client, group, courses, master):
    cohort, trainees, session = group
    second = open_cohort(master, courses[0], name="Екінші топ")
    client.force_login(master)
    assert client.get(urls(second, session)["edit"]).status_code == 404
    assert client.get(urls(second, session)["delete"]).status_code == 404
    # Deleting it through this group deletes nothing, and answers as for an id that names no session.
    elsewhere = client.post(urls(second, session)["delete"], {"marks": "0"})
    nowhere = client.post(urls(second, session)["delete"].replace(f"/{session.pk}/", "/987654/"), {"marks": "0"})
    assert elsewhere.status_code == nowhere.status_code == 302 and elsewhere.url == nowhere.url
    assert CohortSession.objects.filter(pk=session.pk).exists()


def test_a_double_tap_on_delete_lands_on_the_group_page_not_on_a_404(client, group, master):
    cohort, trainees, session = group
    client.force_login(master)
    assert client.post(urls(cohort, session)["delete"], {"marks": "0"}).status_code == 302
    second = client.post(urls(cohort, session)["delete"], {"marks": "0"}, follow=True)
    assert second.status_code == 200 and second.redirect_chain[-1][0].endswith("#sessions-heading")
    assert kk("This session is no longer in the group.") in second.content.decode()


def test_marks_sent_for_a_session_deleted_meanwhile_are_refused_with_a_reason(group, master):
    """The trainer's attendance page was open while the session was deleted (another tab, a
    second phone): the marks are refused, not written against a session that is gone."""
    cohort, (aigul, bolat), session = group
    stale = CohortSession.objects.select_related("cohort").get(pk=session.pk)  # as the attendance page read it
    session_delete(session=session)
    with translation.override("kk"), pytest.raises(CascadeRefusal) as refused:
        attendance_mark(session=stale, marks={aigul.pk: "present"}, marked_by=master)
    assert str(refused.value) == kk("This session has been deleted: its attendance cannot be marked.")
    assert not Attendance.objects.exists()


def test_marks_for_a_session_moved_meanwhile_to_a_later_day_are_refused(group, master):
    cohort, (aigul, bolat), session = group
    stale = CohortSession.objects.select_related("cohort").get(pk=session.pk)
    session_edit(session=session, held_on=session.held_on + timedelta(days=1), place=session.place)
    with pytest.raises(CascadeRefusal):
        attendance_mark(session=stale, marks={aigul.pk: "present"}, marked_by=master)
    assert not Attendance.objects.exists()


def test_a_double_tap_on_add_it_anyway_adds_the_second_session_once(client, group, master):
    """'Add it anyway' confirms the one more session the trainer was warned about: a second tap
    on a slow phone is warned again instead of adding a third."""
    cohort, trainees, session = group
    client.force_login(master)
    typed = {"held_on": session.held_on.isoformat(), "place": session.place}
    warned = client.post(urls(cohort)["add"], typed).content.decode()
    confirm = warned.split('name="confirm_duplicate" value="')[1].split('"')[0]
    assert client.post(urls(cohort)["add"], {**typed, "confirm_duplicate": confirm}).status_code == 302
    again = client.post(urls(cohort)["add"], {**typed, "confirm_duplicate": confirm})
    assert again.status_code == 409 and cohort.sessions.count() == 2
    # Warned of two, the trainer can still add a third on purpose.
    confirm = again.content.decode().split('name="confirm_duplicate" value="')[1].split('"')[0]
    assert client.post(urls(cohort)["add"], {**typed, "confirm_duplicate": confirm}).status_code == 302
    assert cohort.sessions.count() == 3


@pytest.mark.parametrize("confirm", ["", "x", "-1", "9" * 5000, "1.5"])
def test_a_strange_confirmation_is_a_warning_not_an_error(client, group, master, confirm):
    cohort, trainees, session = group
    client.force_login(master)
    typed = {"held_on": session.held_on.isoformat(), "place": session.place, "confirm_duplicate": confirm}
    assert client.post(urls(cohort)["add"], typed).status_code == 409 and cohort.sessions.count() == 1
    assert client.post(urls(cohort, session)["delete"], {"marks": confirm}).status_code == 302


def test_the_group_page_and_the_attendance_page_run_the_same_queries_for_more_sessions_and_trainees(
    client, group, master, django_assert_max_num_queries
):
    """Pinned: the session list with its edit links, and the attendance rows with each school."""
    cohort, trainees, session = group
    client.force_login(master)
    pages = {
        "group": reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk}),
        "attendance": reverse("cascade:attendance", kwargs={"cohort_id": cohort.pk, "session_id": session.pk}),
    }
    counts = {}
    for round_ in (1, 2):
        if round_ == 2:
            for day in range(1, 5):
                session_add(cohort=cohort, held_on=session.held_on - timedelta(days=day), place=f"Зал {day}")
            for number in range(6):
                cohort_join(user=UserFactory(school=f"№{number} мектеп"), cohort=cohort)
        for name, url in pages.items():
            client.get(url)
            # 8: the attendance page writes its audit record (lms/audit.py).
            with django_assert_max_num_queries(8) as captured:
                assert client.get(url).status_code == 200
            counts.setdefault(name, []).append(len(captured))
    assert counts["group"][0] == counts["group"][1] and counts["attendance"][0] == counts["attendance"][1], counts


def test_marks_sent_from_a_page_left_open_after_the_session_was_deleted_say_why_they_were_not_saved(
    client, group, master
):
    cohort, (aigul, bolat), session = group
    attendance = reverse("cascade:attendance", kwargs={"cohort_id": cohort.pk, "session_id": session.pk})
    session_delete(session=session)
    client.force_login(master)
    response = client.post(attendance, {f"mark-{aigul.pk}": "present"}, follow=True)
    assert response.redirect_chain[-1][0].endswith(urls(cohort)["page"] + "#sessions-heading")
    assert kk("This session has been deleted: its attendance cannot be marked.") in response.content.decode()
    assert not Attendance.objects.exists()
    # Anyone but the trainer still finds nothing there.
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    assert client.post(attendance, {f"mark-{aigul.pk}": "present"}).status_code == 404
