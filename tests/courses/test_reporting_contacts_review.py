"""Reporting contacts are safety-critical: a change reaches lessons only after a child-protection
expert approves it, trainers propose but never publish, and nobody but superusers deletes one."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, ModelLogEntry, TaskState

from courses.models import ReportingContact
from courses.services import enrollment_create
from lms import roles
from tests.factories import UserFactory, build_course, lessons_of, translate_page

pytestmark = pytest.mark.django_db

CONTACTS_BODY = '[{"type": "reporting_contacts", "value": {"title": "Where to report"}}]'


def url(name, *args):
    return reverse(f"wagtailsnippets_courses_reportingcontact:{name}", args=args)


@pytest.fixture
def helpline():
    """The national child helpline, live, as the migration leaves the existing contacts."""
    return ReportingContact.objects.create(
        locale=Locale.get_default(), service="National child helpline", phone="150", hours="24 hours", note="Free"
    )


@pytest.fixture
def lesson_url(learner):
    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    lesson.body = CONTACTS_BODY
    lesson.save_revision().publish()
    enrollment_create(user=learner, course=course)
    return lesson.url


def contact_form(contact, **changes):
    data = {
        "service": contact.service,
        "phone": contact.phone,
        "hours": contact.hours,
        "note": contact.note,
        "region": "",
        "sort_order": contact.sort_order,
    }
    return {**data, **changes}


def lesson_as(client, user, lesson_url):
    client.force_login(user)
    return client.get(lesson_url).content.decode()


def approve(client, contact, reviewer):
    client.force_login(reviewer)
    task_state = contact.current_workflow_task_state
    response = client.post(url("workflow_action", contact.pk, "approve", task_state.pk), {"comment": "Checked."})
    assert response.status_code in (200, 302), response.content.decode()[:500]


def test_trainers_change_of_the_helpline_reaches_lessons_only_after_a_reviewer_approves(
    client, learner, helpline, lesson_url
):
    assert 'href="tel:150"' in lesson_as(client, learner, lesson_url)  # the lesson body is now cached

    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    response = client.post(url("edit", helpline.pk), contact_form(helpline, phone="1500", **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:2000]

    helpline.refresh_from_db()
    assert helpline.phone == "150" and helpline.live and helpline.has_unpublished_changes
    assert helpline.workflow_in_progress
    page = lesson_as(client, learner, lesson_url)
    assert 'href="tel:150"' in page and "tel:1500" not in page

    approve(client, helpline, UserFactory(roles=[roles.CONTENT_REVIEWERS]))
    helpline.refresh_from_db()
    assert helpline.phone == "1500" and helpline.live and not helpline.has_unpublished_changes
    page = lesson_as(client, learner, lesson_url)
    assert 'href="tel:1500"' in page and 'href="tel:150"' not in page


def test_trainer_is_offered_no_publish_and_a_posted_publish_changes_nothing_live(client, helpline):
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    edit = client.get(url("edit", helpline.pk))
    assert edit.status_code == 200
    html = edit.content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html

    client.post(url("edit", helpline.pk), contact_form(helpline, phone="999", **{"action-publish": "1"}))
    helpline.refresh_from_db()
    assert helpline.phone == "150" and helpline.live_revision_id is None
    assert helpline.latest_revision.as_object().phone == "999"  # kept as a draft, for review


def test_trainer_cannot_unpublish_a_contact(client, helpline):
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    response = client.post(url("unpublish", helpline.pk))
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    helpline.refresh_from_db()
    assert helpline.live


@pytest.mark.parametrize("role", [roles.TRAINERS, roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS])
def test_only_superusers_delete_a_contact(client, helpline, role):
    client.force_login(UserFactory(roles=[role]))
    assert url("delete", helpline.pk) not in client.get(url("edit", helpline.pk)).content.decode()
    response = client.post(url("delete", helpline.pk))
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    assert ReportingContact.objects.filter(pk=helpline.pk, live=True).exists()

    client.force_login(UserFactory(is_superuser=True))
    assert url("delete", helpline.pk) in client.get(url("edit", helpline.pk)).content.decode()
    assert client.post(url("delete", helpline.pk)).status_code == 302
    assert not ReportingContact.objects.filter(pk=helpline.pk).exists()


def test_editors_submission_is_in_the_reviewers_tasks_and_approving_publishes_it(client, helpline):
    editor = UserFactory(roles=[roles.CONTENT_EDITORS])
    client.force_login(editor)
    client.post(url("edit", helpline.pk), contact_form(helpline, hours="08:00-20:00", **{"action-submit": "1"}))
    helpline.refresh_from_db()
    assert helpline.hours == "24 hours"

    reviewer = UserFactory(roles=[roles.CONTENT_REVIEWERS])
    assert [state.workflow_state.content_object for state in TaskState.objects.reviewable_by(reviewer)] == [helpline]
    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "National child helpline" in dashboard and url("edit", helpline.pk) in dashboard

    approve(client, helpline, reviewer)
    helpline.refresh_from_db()
    assert helpline.hours == "08:00-20:00" and not helpline.workflow_in_progress


def test_a_contact_never_published_is_not_shown_in_lessons(client, learner, helpline, lesson_url):
    trainer = Client()  # the learner's browser is another one
    trainer.force_login(UserFactory(roles=[roles.TRAINERS]))
    new = {"service": "School psychologist line", "phone": "8 800 080 0000", "hours": "", "note": ""}
    response = trainer.post(
        url("add") + "?locale=kk", {**new, "region": "", "sort_order": 1, "locale": "kk", "action-submit": "1"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    proposal = ReportingContact.objects.get(service="School psychologist line")
    assert not proposal.live
    page = lesson_as(client, learner, lesson_url)
    assert "School psychologist line" not in page and 'href="tel:150"' in page


def test_history_lists_each_change_with_who_and_when(client, helpline):
    trainer = UserFactory(roles=[roles.TRAINERS], full_name="Aigerim Trainer")
    client.force_login(trainer)
    client.post(url("edit", helpline.pk), contact_form(helpline, phone="1500", **{"action-submit": "1"}))
    reviewer = UserFactory(roles=[roles.CONTENT_REVIEWERS], full_name="Dana Reviewer")
    approve(client, helpline, reviewer)

    entries = ModelLogEntry.objects.for_instance(helpline)
    assert {(entry.action, entry.user) for entry in entries} >= {
        ("wagtail.edit", trainer),
        ("wagtail.workflow.start", trainer),
        ("wagtail.workflow.approve", reviewer),
        ("wagtail.publish", reviewer),
    }
    assert all(entry.timestamp for entry in entries)
    history = client.get(url("history", helpline.pk)).content.decode()
    assert "Aigerim Trainer" in history and "Dana Reviewer" in history


def test_contacts_show_in_the_readers_language_and_in_kazakh_while_a_translation_awaits_review(
    client, learner, helpline
):
    russian = helpline.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.service = "Национальный телефон доверия"
    russian.save()
    english = helpline.copy_for_translation(Locale.objects.get(language_code="en"))
    english.service, english.phone, english.live = "Unreviewed helpline", "0000", False
    english.save()

    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    lesson.body = CONTACTS_BODY
    lesson.save_revision().publish()
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    pages = {language: translate_page(lesson, language).url for language in ("ru", "en")}
    pages["kk"] = lesson.url

    kazakh = client.get(pages["kk"]).content.decode()
    assert "National child helpline" in kazakh and 'href="tel:150"' in kazakh
    russian_page = client.get(pages["ru"]).content.decode()
    assert "Национальный телефон доверия" in russian_page and "National child helpline" not in russian_page
    english_page = client.get(pages["en"]).content.decode()
    assert "Unreviewed helpline" not in english_page and "tel:0000" not in english_page
    assert "National child helpline" in english_page and 'href="tel:150"' in english_page


def test_reviewer_is_offered_no_publish_and_a_posted_publish_changes_nothing_live(client, helpline):
    client.force_login(UserFactory(roles=[roles.CONTENT_REVIEWERS]))
    html = client.get(url("edit", helpline.pk)).content.decode()
    assert 'name="action-submit"' in html and 'name="action-publish"' not in html
    assert url("unpublish", helpline.pk) not in html

    client.post(url("edit", helpline.pk), contact_form(helpline, phone="999", **{"action-publish": "1"}))
    helpline.refresh_from_db()
    assert helpline.phone == "150" and helpline.live_revision_id is None
    assert helpline.latest_revision.as_object().phone == "999"  # kept as a draft, for review

    response = client.post(url("unpublish", helpline.pk))
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    helpline.refresh_from_db()
    assert helpline.live


def test_editor_and_reviewer_cannot_approve_their_own_change_and_a_second_reviewer_does(
    client, learner, helpline, lesson_url
):
    both = UserFactory(roles=[roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS])
    client.force_login(both)
    client.post(url("edit", helpline.pk), contact_form(helpline, phone="1500", **{"action-submit": "1"}))
    helpline.refresh_from_db()
    assert helpline.workflow_in_progress
    task_state = helpline.current_workflow_task_state

    html = client.get(url("edit", helpline.pk)).content.decode()
    assert 'data-workflow-action-name="approve"' not in html
    response = client.post(url("workflow_action", helpline.pk, "approve", task_state.pk), {"comment": "Mine."})
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    client.post(
        url("edit", helpline.pk),
        contact_form(helpline, phone="1500", **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
    )
    helpline.refresh_from_db()
    assert helpline.phone == "150" and helpline.workflow_in_progress
    assert 'href="tel:150"' in lesson_as(Client(), learner, lesson_url)

    second = UserFactory(roles=[roles.CONTENT_REVIEWERS])
    client.force_login(second)
    assert 'data-workflow-action-name="approve"' in client.get(url("edit", helpline.pk)).content.decode()
    approve(client, helpline, second)
    helpline.refresh_from_db()
    assert helpline.phone == "1500" and helpline.live and not helpline.workflow_in_progress
    page = lesson_as(Client(), learner, lesson_url)
    assert 'href="tel:1500"' in page and 'href="tel:150"' not in page


def test_a_reviewer_who_changes_the_contact_under_review_cannot_approve_it(client, helpline):
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    client.post(url("edit", helpline.pk), contact_form(helpline, phone="1500", **{"action-submit": "1"}))

    reviewer = UserFactory(roles=[roles.CONTENT_REVIEWERS])
    client.force_login(reviewer)
    approve_and_change = {"action-workflow-action": "1", "workflow-action-name": "approve"}
    response = client.post(url("edit", helpline.pk), contact_form(helpline, phone="1501", **approve_and_change))
    assert response.status_code == 302
    # The admin speaks the platform's default language, Kazakh, to someone who chose none.
    assert "оны басқа сарапшы бекітуі керек" in client.get(response["Location"]).content.decode()
    helpline.refresh_from_db()
    assert helpline.phone == "150" and helpline.workflow_in_progress
    assert 'data-workflow-action-name="approve"' not in client.get(url("edit", helpline.pk)).content.decode()

    approve(client, helpline, UserFactory(roles=[roles.CONTENT_REVIEWERS]))  # a third person
    helpline.refresh_from_db()
    assert helpline.phone == "1501" and not helpline.workflow_in_progress


def test_a_reviewer_approving_from_the_edit_page_without_changes_publishes(client, helpline):
    client.force_login(UserFactory(roles=[roles.CONTENT_EDITORS]))
    client.post(url("edit", helpline.pk), contact_form(helpline, phone="1500", **{"action-submit": "1"}))
    helpline.refresh_from_db()

    client.force_login(UserFactory(roles=[roles.CONTENT_REVIEWERS]))
    approve_only = {"action-workflow-action": "1", "workflow-action-name": "approve"}
    response = client.post(url("edit", helpline.pk), contact_form(helpline, phone="1500", **approve_only))
    assert response.status_code == 302
    helpline.refresh_from_db()
    assert helpline.phone == "1500" and not helpline.workflow_in_progress


def test_pages_keep_the_expert_review_task(client):
    from wagtail.models import Workflow

    (task,) = Workflow.objects.get(name="Expert review").tasks.specific()
    assert type(task).__name__ == "ExpertApprovalTask"
    reviewer = UserFactory(roles=[roles.CONTENT_REVIEWERS])
    assert [name for name, _label, _modal in task.get_actions(build_course(lessons=1), reviewer)] == [
        "reject",
        "approve",
        "approve",
    ]
