"""Pages go live only after a child-protection expert approves them."""

import pytest
from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from lms import roles, stored_names
from tests.factories import UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db


def lesson_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "intro": "A local case.",
            "estimated_minutes": 10,
            "required": "on",
            "body": streamfield([("paragraph", rich_text("<p>What happened at our school.</p>"))]),
            **extra,
        }
    )


def add_lesson_url(course):
    return reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk])


def test_expert_review_workflow_covers_the_page_tree():
    course = build_course()
    workflow = course.get_workflow()
    assert stored_names.stored(workflow) == "Expert review"
    assert Workflow.objects.filter(active=True).count() == 1
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.CONTENT_REVIEWERS]


def test_trainer_writes_a_lesson_and_submits_it_but_it_stays_unpublished(client):
    course = build_course()
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    response = client.post(add_lesson_url(course), lesson_form("Local case", **{"action-submit": "submit"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(title="Local case")
    assert not lesson.live
    assert lesson.current_workflow_state.status == "in_progress"


def test_trainer_cannot_publish_a_lesson(client):
    course = build_course()
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    client.post(add_lesson_url(course), lesson_form("Local case", **{"action-publish": "publish"}))
    assert not LessonPage.objects.filter(title="Local case", live=True).exists()


def test_trainer_cannot_create_a_course(client):
    index = build_course().get_parent()
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    response = client.get(reverse("wagtailadmin_pages:add", args=["courses", "coursepage", index.pk]))
    # Wagtail answers a refused admin action by sending the user back to the dashboard.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    # ...while editors may.
    client.force_login(UserFactory(roles=[roles.CONTENT_EDITORS]))
    assert client.get(reverse("wagtailadmin_pages:add", args=["courses", "coursepage", index.pk])).status_code == 200


def test_reviewer_approves_and_the_lesson_goes_live(client):
    course = build_course()
    client.force_login(UserFactory(roles=[roles.CONTENT_EDITORS]))
    client.post(add_lesson_url(course), lesson_form("Reporting in Karaganda", **{"action-submit": "submit"}))
    lesson = LessonPage.objects.get(title="Reporting in Karaganda")
    assert not lesson.live

    client.force_login(UserFactory(roles=[roles.CONTENT_REVIEWERS]))
    state = lesson.current_workflow_state
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "Accurate and safe."})
    assert response.status_code in (200, 302)
    assert response.status_code != 403
    lesson.refresh_from_db()
    assert lesson.live


def test_trainer_cannot_delete_or_move_a_course(client):
    course = build_course()
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    for name in ("wagtailadmin_pages:delete", "wagtailadmin_pages:move"):
        response = client.get(reverse(name, args=[course.pk]))
        assert response.status_code == 302 and response["Location"] == "/admin/", name
    assert type(course).objects.filter(pk=course.pk, live=True).exists()


def test_lessons_of_an_unpublished_course_are_not_served(client):
    course = build_course()
    lesson_url = lessons_of(course)[0].url
    # Unpublish the course row alone (the admin would take its lessons down with it).
    type(course).objects.filter(pk=course.pk).update(live=False)
    assert client.get(lesson_url).status_code == 404
