"""Content types that send no result (a greeting card, an accordion): a lesson that requires one
stays completable, because looking through it counts, and the editor is told so."""

import json

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.models import Enrollment, H5PAttempt
from courses.services import enrollment_create
from tests.factories import UserFactory, add_h5p_activity, build_course, build_h5p_package, lessons_of
from tests.h5p_builders import stored_script_package

pytestmark = pytest.mark.django_db

CARD_JS = b"""
window.Qorgau = window.Qorgau || {};
window.Qorgau.Card = function (params) {
  this.attach = function ($container) { $container.get(0).textContent = params.text; };
};
"""


def card_package(title="Thank you for listening"):
    """A package of a content type of our own that only shows a text: it sends no result."""
    return stored_script_package("Qorgau.Card", CARD_JS.decode(), {"text": title}, title=title, language="en")


@pytest.fixture
def card_lesson(learner):
    course = build_course(lessons=2)
    lesson = lessons_of(course)[0]
    package = card_package()
    block_id = add_h5p_activity(lesson, package, title="A card", required=True)
    enrollment_create(user=learner, course=course)
    return {"course": course, "lesson": lesson, "package": package, "block": block_id}


def post_viewed(client, activity, **changes):
    payload = {"lesson": activity["lesson"].pk, "block": activity["block"], "package": activity["package"].pk}
    payload.update({"viewed": True, **changes})
    return client.post(reverse("courses:h5p_result"), data=json.dumps(payload), content_type="application/json")


def test_a_content_type_without_results_is_known_at_upload():
    assert card_package().reports_results is False
    assert build_h5p_package().reports_results is True


def test_the_lesson_tells_the_learner_that_opening_the_activity_is_enough(client, learner, card_lesson):
    client.force_login(learner)
    html = client.get(card_lesson["lesson"].url).content.decode()
    assert 'data-reports="false"' in html
    with translation.override("kk"):
        assert translation.gettext("Open this activity and look through it to complete the lesson.") in html


def test_looking_through_a_required_activity_without_results_completes_it(client, learner, card_lesson):
    client.force_login(learner)
    complete = reverse(
        "courses:lesson_complete",
        kwargs={"course_id": card_lesson["course"].pk, "lesson_id": card_lesson["lesson"].pk},
    )
    client.post(complete)
    assert Enrollment.objects.get(user=learner).lessons_done == 0

    response = post_viewed(client, card_lesson)
    assert response.status_code == 201, response.content
    assert response.json()["completed"] is True
    attempt = H5PAttempt.objects.get(user=learner)
    assert (attempt.verb, attempt.completion, attempt.score_max) == ("viewed", True, None)

    client.post(complete)
    assert Enrollment.objects.get(user=learner).lessons_done == 1


def test_an_activity_that_reports_results_cannot_be_done_by_looking(client, learner, settings):
    settings.LANGUAGE_CODE = "en"
    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    package = build_h5p_package()
    block_id = add_h5p_activity(lesson, package)
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    response = post_viewed(client, {"lesson": lesson, "package": package, "block": block_id})
    assert response.status_code == 400
    assert "reports its own result" in response.json()["error"]
    assert not H5PAttempt.objects.exists()


def test_looking_through_needs_enrolment_and_the_right_activity(client, card_lesson, settings):
    settings.LANGUAGE_CODE = "en"
    stranger = UserFactory()
    client.force_login(stranger)
    assert post_viewed(client, card_lesson).status_code == 400
    client.logout()
    assert post_viewed(client, card_lesson).status_code == 401
    assert not H5PAttempt.objects.exists()


def test_the_editor_is_told_when_a_required_activity_sends_no_result(client):
    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    card = card_package()
    scored = build_h5p_package()
    client.force_login(UserFactory(is_superuser=True, language="en"))
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "intro": "",
            "estimated_minutes": 10,
            "required": "on",
            "body": streamfield(
                [
                    (
                        "h5p_activity",
                        {"title": "A card", "instructions": "", "package": card.pk, "required": "required"},
                    ),
                    (
                        "h5p_activity",
                        {"title": "A quiz", "instructions": "", "package": scored.pk, "required": "required"},
                    ),
                    (
                        "h5p_activity",
                        {"title": "Optional card", "instructions": "", "package": card.pk, "required": "optional"},
                    ),
                    (
                        "h5p_activity",
                        {"title": "Automatic card", "instructions": "", "package": card.pk, "required": "auto"},
                    ),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data, follow=True)
    warnings = [str(message) for message in response.context["messages"] if message.level_tag == "warning"]
    assert len(warnings) == 1
    assert "«A card»" in warnings[0]
    assert not any(title in warnings[0] for title in ("A quiz", "Optional card", "Automatic card"))


def test_the_package_list_says_which_packages_report_a_result_in_the_editors_language(client):
    card_package()
    client.force_login(UserFactory(is_superuser=True, language="kk"))
    html = client.get(reverse("wagtailsnippets_courses_h5ppackage:list"), HTTP_ACCEPT_LANGUAGE="kk").content.decode()
    with translation.override("kk"):
        header = translation.gettext("reports a result")
    assert header.lower() in html.lower()
    assert "Reports results" not in html


def complete_url(course, lesson):
    return reverse("courses:lesson_complete", kwargs={"course_id": course.pk, "lesson_id": lesson.pk})


def test_left_on_automatic_an_activity_without_results_is_optional(client, learner):
    course = build_course(lessons=2)
    lesson = lessons_of(course)[0]
    add_h5p_activity(lesson, card_package(), title="A card", required="auto")
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    with translation.override("kk"):
        assert translation.gettext("Open this activity and look through it to complete the lesson.") not in html
    client.post(complete_url(course, lesson))
    assert Enrollment.objects.get(user=learner).lessons_done == 1


def test_left_on_automatic_an_activity_with_results_is_required(client, learner):
    course = build_course(lessons=2)
    lesson = lessons_of(course)[0]
    add_h5p_activity(lesson, build_h5p_package(), title="A quiz", required="auto")
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    client.post(complete_url(course, lesson))
    assert Enrollment.objects.get(user=learner).lessons_done == 0


def test_the_editor_is_offered_automatic_as_the_default():
    from courses.blocks import H5PActivityBlock

    block = H5PActivityBlock()
    assert block.child_blocks["required"].get_default() == "auto"
    # Blocks saved before the choice existed keep their meaning.
    assert block.child_blocks["required"].to_python(True) == "required"
    assert block.child_blocks["required"].to_python(False) == "optional"
