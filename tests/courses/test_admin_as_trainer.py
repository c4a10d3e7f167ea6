"""Trainers reach in the Wagtail admin what writing and submitting lessons needs, not the site's
reports with everyone's names; the server refuses them, not only the menu."""

import pytest
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from lms import roles
from tests.factories import UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db

REPORTS = [
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:aging_pages_results",
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_reports:locked_pages",
    "wagtail_localize:translations_report",
    "wagtailadmin_workflows:task_chooser",
]


@pytest.fixture
def lesson():
    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    editor = UserFactory(roles=[roles.CONTENT_EDITORS], full_name="Saule Editor")
    lesson.save_revision(user=editor).publish(user=editor, skip_permission_checks=True)
    return lesson


@pytest.fixture
def trainer(client):
    user = UserFactory(roles=[roles.TRAINERS, roles.LEARNERS])
    client.force_login(user)
    return user


@pytest.mark.parametrize("name", REPORTS)
def test_trainer_is_refused_the_admin_reports(client, lesson, trainer, name):
    response = client.get(reverse(name))
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    assert b"Saule Editor" not in response.content


def test_trainer_cannot_read_the_site_history_with_editors_names(client, lesson, trainer):
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 403
    assert b"Saule Editor" not in response.content


def test_trainers_menu_has_no_reports(client, lesson, trainer):
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    for name in ("site_history", "workflow", "aging_pages", "page_types_usage"):
        assert reverse(f"wagtailadmin_reports:{name}") not in dashboard, name


@pytest.mark.parametrize("role", [roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS])
def test_editors_and_reviewers_keep_the_site_history(client, lesson, role):
    client.force_login(UserFactory(roles=[role]))
    assert reverse("wagtailadmin_reports:site_history") in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200 and b"Saule Editor" in response.content


def test_trainer_keeps_what_writing_and_submitting_a_lesson_needs(client, lesson, trainer):
    image = Image.objects.create(title="Teacher", file=get_test_image_file())
    course = lesson.get_parent()
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[course.pk]),
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk]),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtailimages_chooser:chosen", args=[image.pk]),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtailsnippetchoosers_courses_h5ppackage:choose"),
        reverse("wagtailsnippets_courses_reportingcontact:list"),
        reverse("wagtailsnippets_courses_reportingcontact:add"),
    ):
        assert client.get(url).status_code == 200, url


def test_anonymous_is_sent_to_sign_in_from_a_report(client):
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 302 and "login" in response["Location"]
