"""Results the player reports: kept for every attempt, refused with a reason when they cannot be true."""

import json

import pytest
from django.urls import reverse

from courses.models import Enrollment, H5PAttempt
from courses.services import enrollment_create
from tests.factories import UserFactory, add_h5p_activity, build_course, build_h5p_package, lessons_of

pytestmark = pytest.mark.django_db

COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"


@pytest.fixture
def activity(learner):
    course = build_course(lessons=2)
    lesson = lessons_of(course)[0]
    package = build_h5p_package()
    block_id = add_h5p_activity(lesson, package)
    enrollment_create(user=learner, course=course)
    return {"course": course, "lesson": lesson, "package": package, "block": block_id}


def statement(user, *, verb=COMPLETED, raw=3, maximum=3, parent=False, **result):
    data = {
        "actor": {"objectType": "Agent", "account": {"homePage": "http://testserver", "name": str(user.pk)}},
        "verb": {"id": verb},
        "object": {"id": "http://h5p.testserver/play/x/"},
        "result": {"score": {"raw": raw, "max": maximum}, "completion": True, "duration": "PT1M30.5S", **result},
    }
    if parent:
        data["context"] = {"contextActivities": {"parent": [{"id": "http://h5p.testserver/play/x/"}]}}
    return data


def post(client, activity, body, raw_body=None):
    payload = {"lesson": activity["lesson"].pk, "block": activity["block"], "package": activity["package"].pk}
    payload.update(body)
    return client.post(
        reverse("courses:h5p_result"),
        data=raw_body if raw_body is not None else json.dumps(payload),
        content_type="application/json",
    )


def test_completed_statement_is_recorded_with_its_score(client, learner, activity):
    client.force_login(learner)
    response = post(client, activity, {"statement": statement(learner, raw=2, maximum=3)})
    assert response.status_code == 201
    assert response.json() == {"recorded": True, "completed": True, "score_raw": 2.0, "score_max": 3.0}
    attempt = H5PAttempt.objects.get()
    assert attempt.user == learner
    assert attempt.lesson_key == activity["lesson"].translation_key
    assert attempt.course_key == activity["course"].translation_key
    assert attempt.activity_key == activity["block"]
    assert attempt.content_hash == activity["package"].content_hash
    assert attempt.score_scaled == pytest.approx(2 / 3)
    assert attempt.duration_seconds == 90
    assert attempt.statement["verb"]["id"] == COMPLETED


def test_every_attempt_is_kept(client, learner, activity):
    client.force_login(learner)
    for raw in (1, 3):
        assert post(client, activity, {"statement": statement(learner, raw=raw)}).status_code == 201
    assert sorted(H5PAttempt.objects.values_list("score_raw", flat=True)) == [1.0, 3.0]


def test_answered_statement_is_recorded_as_an_attempt(client, learner, activity):
    client.force_login(learner)
    response = post(client, activity, {"statement": statement(learner, verb=ANSWERED, completion=False)})
    assert response.status_code == 201
    assert H5PAttempt.objects.get().verb == "answered"


def test_scaled_score_is_clamped_to_one(client, learner, activity):
    client.force_login(learner)
    body = statement(learner, raw=None, maximum=None)
    body["result"]["score"] = {"scaled": 7}
    assert post(client, activity, {"statement": body}).status_code == 201
    assert H5PAttempt.objects.get().score_scaled == 1.0


def refused(response, words):
    assert response.status_code == 400
    data = response.json()
    assert data["recorded"] is False
    assert words in data["error"]
    assert not H5PAttempt.objects.exists()


@pytest.fixture
def english(settings):
    from django.utils import translation

    with translation.override("en"):
        yield


def test_statement_of_a_sub_question_is_refused(client, learner, activity, english):
    client.force_login(learner)
    refused(post(client, activity, {"statement": statement(learner, parent=True)}), "not of a part of it")


def test_statement_with_another_verb_is_refused(client, learner, activity, english):
    client.force_login(learner)
    body = statement(learner, verb="http://adlnet.gov/expapi/verbs/interacted")
    refused(post(client, activity, {"statement": body}), "Only the result of a whole activity")


def test_someone_elses_attempt_is_refused(client, learner, activity, english):
    other = UserFactory()
    client.force_login(learner)
    refused(post(client, activity, {"statement": statement(other)}), "belongs to someone else")


def test_package_not_in_the_lesson_is_refused(client, learner, activity, english):
    client.force_login(learner)
    other_package = build_h5p_package(language="kk")
    body = {"statement": statement(learner), "package": other_package.pk}
    refused(post(client, activity, body), "not part of that lesson")


def test_activity_of_another_lesson_is_refused(client, learner, activity, english):
    client.force_login(learner)
    other_lesson = lessons_of(activity["course"])[1]
    refused(post(client, activity, {"statement": statement(learner), "lesson": other_lesson.pk}), "not part of")


def test_score_above_maximum_is_refused(client, learner, activity, english):
    client.force_login(learner)
    refused(post(client, activity, {"statement": statement(learner, raw=5, maximum=3)}), "higher than the maximum")


def test_negative_score_is_refused(client, learner, activity, english):
    client.force_login(learner)
    refused(post(client, activity, {"statement": statement(learner, raw=-1, maximum=3)}), "cannot be negative")


def test_body_over_the_size_cap_is_refused(client, learner, activity, english):
    client.force_login(learner)
    body = statement(learner)
    body["result"]["response"] = "x" * 40_000
    refused(post(client, activity, {"statement": body}), "too large")


def test_malformed_json_is_refused(client, learner, activity, english):
    client.force_login(learner)
    refused(post(client, activity, {}, raw_body="{not json"), "not valid JSON")


def test_missing_activity_fields_are_refused(client, learner, activity, english):
    client.force_login(learner)
    refused(post(client, activity, {"statement": statement(learner), "block": None}), "which activity")


def test_huge_lesson_id_is_refused_not_an_error(client, learner, activity, english):
    client.force_login(learner)
    refused(post(client, activity, {"statement": statement(learner), "lesson": 2**70}), "not part of that lesson")


def test_learner_not_enrolled_is_refused(client, activity, english):
    stranger = UserFactory()
    client.force_login(stranger)
    refused(post(client, activity, {"statement": statement(stranger)}), "Enrol in the course")


def test_visitor_is_told_to_sign_in(client, activity, english):
    response = post(client, activity, {"statement": {"verb": {"id": COMPLETED}}})
    assert response.status_code == 401
    assert not H5PAttempt.objects.exists()


def test_post_without_csrf_token_is_refused(learner, activity):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert post(client, activity, {"statement": statement(learner)}).status_code == 403
    assert not H5PAttempt.objects.exists()


def test_required_activity_must_be_done_before_the_lesson_completes(client, learner, activity):
    client.force_login(learner)
    url = reverse(
        "courses:lesson_complete", kwargs={"course_id": activity["course"].pk, "lesson_id": activity["lesson"].pk}
    )
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == activity["lesson"].url
    assert "What would you do?" in response.content.decode()
    assert Enrollment.objects.get(user=learner).lessons_done == 0

    post(client, activity, {"statement": statement(learner, raw=1)})
    client.post(url)
    assert Enrollment.objects.get(user=learner).lessons_done == 1


def test_answer_without_completion_does_not_open_the_lesson(client, learner, activity):
    client.force_login(learner)
    post(client, activity, {"statement": statement(learner, verb=ANSWERED, completion=False)})
    assert complete_lesson(client, activity, learner) == 0


def test_optional_activity_does_not_hold_the_lesson_back(client, learner):
    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    add_h5p_activity(lesson, build_h5p_package(), required=False)
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    client.post(reverse("courses:lesson_complete", kwargs={"course_id": course.pk, "lesson_id": lesson.pk}))
    assert Enrollment.objects.get(user=learner).is_completed


def test_h5p_scores_never_complete_a_course_on_their_own(client, learner, activity):
    client.force_login(learner)
    post(client, activity, {"statement": statement(learner)})
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.lessons_done == 0
    assert not enrollment.is_completed


def complete_lesson(client, activity, learner):
    """Press "Mark as complete" on the activity's lesson; the number of lessons the learner has done."""
    url = reverse(
        "courses:lesson_complete", kwargs={"course_id": activity["course"].pk, "lesson_id": activity["lesson"].pk}
    )
    client.post(url)
    return Enrollment.objects.get(user=learner).lessons_done


def test_deleted_package_does_not_hold_the_lesson_back(client, learner, activity):
    activity["package"].delete()
    client.force_login(learner)
    assert complete_lesson(client, activity, learner) == 1


def test_activities_do_not_hold_the_lesson_back_while_no_h5p_origin_is_set(client, learner, activity, settings):
    settings.H5P_ORIGIN = ""
    client.force_login(learner)
    assert complete_lesson(client, activity, learner) == 1


def test_absurd_score_is_refused_not_an_error(client, learner, activity, english):
    client.force_login(learner)
    refused(post(client, activity, {"statement": statement(learner, raw=10**400, maximum=10**401)}), "not a number")


def test_verb_that_is_not_a_string_is_refused_not_an_error(client, learner, activity, english):
    client.force_login(learner)
    body = statement(learner)
    body["verb"]["id"] = ["http://adlnet.gov/expapi/verbs/completed"]
    refused(post(client, activity, {"statement": body}), "Only the result of a whole activity")


def test_absurd_duration_is_kept_as_the_longest_time_not_an_error(client, learner, activity):
    client.force_login(learner)
    response = post(client, activity, {"statement": statement(learner, duration="P" + "9" * 400 + "D")})
    assert response.status_code == 201
    assert H5PAttempt.objects.get().duration_seconds == 2**31 - 1


def test_a_flood_of_results_is_refused_with_429(client, learner, activity, monkeypatch, english, clock_still):
    from courses.h5p import views

    monkeypatch.setattr(views, "RESULTS_PER_TEN_MINUTES", 2)
    client.force_login(learner)
    for _attempt in range(2):
        assert post(client, activity, {"statement": statement(learner)}).status_code == 201
    response = post(client, activity, {"statement": statement(learner)})
    assert response.status_code == 429
    assert "Too many results" in response.json()["error"]
    assert H5PAttempt.objects.count() == 2


def test_lesson_done_before_an_activity_was_added_can_still_be_continued(client, learner):
    course = build_course(lessons=2)
    lesson = lessons_of(course)[0]
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    url = reverse("courses:lesson_complete", kwargs={"course_id": course.pk, "lesson_id": lesson.pk})
    client.post(url)
    add_h5p_activity(lesson, build_h5p_package())
    response = client.post(url)
    assert response.url == lessons_of(course)[1].url
    assert Enrollment.objects.get(user=learner).lessons_done == 1


def test_learner_not_enrolled_is_told_to_enrol_not_to_play(client, activity):
    stranger = UserFactory()
    client.force_login(stranger)
    url = reverse(
        "courses:lesson_complete", kwargs={"course_id": activity["course"].pk, "lesson_id": activity["lesson"].pk}
    )
    response = client.post(url)
    assert response.url == activity["course"].url


def test_deeply_nested_json_is_refused_not_an_error(client, learner, activity, english):
    client.force_login(learner)
    ids = json.dumps({"lesson": activity["lesson"].pk, "package": activity["package"].pk, "block": activity["block"]})
    too_deep_to_parse = "[" * 5000 + "]" * 5000
    too_deep_to_store = "[" * 900 + "]" * 900  # parses, but saving it would recurse past Python's limit
    for body in (
        too_deep_to_parse,
        ids[:-1] + ', "statement": ' + too_deep_to_parse + "}",
        ids[:-1] + ', "statement": ' + too_deep_to_store + "}",
        ids[:-1]
        + ', "statement": {"verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}, "x": '
        + too_deep_to_store
        + "}}",
    ):
        response = post(client, activity, {}, raw_body=body)
        assert response.status_code == 400, body[:60]
        assert response.json()["recorded"] is False
    assert not H5PAttempt.objects.exists()
