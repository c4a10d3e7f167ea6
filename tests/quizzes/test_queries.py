"""Quiz pages run a fixed number of queries, whatever the number of questions or of past attempts."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.services import enrollment_create, lesson_complete
from lms import roles
from quizzes.services import attempt_start, attempt_submit
from tests.factories import UserFactory, build_course, build_quiz, choice_question, lessons_of

pytestmark = pytest.mark.django_db


def questions(count):
    kinds = [
        lambda n: choice_question(f"Single {n}"),
        lambda n: choice_question(f"Multiple {n}", kind="multiple", correct=(1, 2), scoring="partial"),
        lambda n: {"type": "ordering", "topic": "disclosure", "prompt": f"Order {n}", "steps": ["A", "B", "C"]},
        lambda n: {
            "type": "matching",
            "topic": "forms",
            "prompt": f"Match {n}",
            "pairs": [{"left": "a", "right": "x"}, {"left": "b", "right": "y"}],
        },
        lambda n: choice_question(f"Case {n}", scenario="A situation."),
    ]
    return [kinds[n % len(kinds)](n) for n in range(count)]


def all_answers(attempt):
    """An answer to every question, wrong for the choice questions: the attempt never passes, so
    the counts are those of a plain submit (passing the final also completes the course)."""
    answers = {}
    for question in attempt.snapshot["questions"]:
        if "options" in question:
            wrong = next(option["key"] for option in question["options"] if not option["correct"])
            answers[question["key"]] = [wrong] if question["type"] == "multiple" else wrong
        elif question["type"] == "ordering":
            answers[question["key"]] = list(question["order"])
        else:
            answers[question["key"]] = dict(question["pairs"])
    return answers


def form_fields(attempt, answers):
    """The attempt form's fields that carry `answers` and submit them, as a browser posts them."""
    fields = {"action": "submit"}
    for question in attempt.snapshot["questions"]:
        key, answer = question["key"], answers.get(question["key"])
        if answer is None:
            continue
        if question["type"] == "ordering":
            fields.update({f"q-{key}-{step}": str(position) for position, step in enumerate(answer, start=1)})
        elif question["type"] == "matching":
            fields.update({f"q-{key}-{item}": choice for item, choice in answer.items()})
        else:
            fields[f"q-{key}"] = answer  # a multiple choice posts one value per ticked box
    return fields


@pytest.fixture
def take(client):
    """A signed-in learner with `past` submitted attempts and an open one at a quiz of `count` questions."""

    def make(count, past=0, slug="course"):
        course = build_course(slug=slug, lessons=2)
        quiz = build_quiz(course, questions=questions(count), attempts_allowed=None)
        learner = UserFactory(roles=[roles.LEARNERS])
        enrollment_create(user=learner, course=course)
        for lesson in lessons_of(course):
            lesson_complete(user=learner, lesson=lesson, course=course)
        for _ in range(past):
            attempt = attempt_start(user=learner, quiz=quiz).attempt
            attempt_submit(user=learner, attempt_id=attempt.pk, answers={})
        client.force_login(learner)
        return quiz, attempt_start(user=learner, quiz=quiz).attempt

    return make


def counted(django_assert_max_num_queries, call, limit=15):
    with django_assert_max_num_queries(limit) as captured:
        response = call()
    assert response.status_code in (200, 302), response.status_code
    return len(captured)


def test_the_attempt_page_of_30_questions_runs_the_same_few_queries_as_one_of_5(
    client, take, django_assert_max_num_queries
):
    _quiz, small = take(5)
    client.get(reverse("quizzes:attempt", kwargs={"attempt_id": small.pk}))  # warm per-process caches
    few = counted(django_assert_max_num_queries, lambda: client.get(reverse("quizzes:attempt", args=[small.pk])))
    _quiz, large = take(30, past=6, slug="large")
    many = counted(django_assert_max_num_queries, lambda: client.get(reverse("quizzes:attempt", args=[large.pk])))
    assert few == many <= 15


def test_submitting_30_questions_runs_the_same_few_queries_as_5(client, take, django_assert_max_num_queries):
    counts = []
    for count, past, slug in ((5, 0, "small"), (30, 0, "large"), (30, 6, "later")):
        _quiz, attempt = take(count, past=past, slug=slug)
        fields = form_fields(attempt, all_answers(attempt))
        url = reverse("quizzes:attempt", args=[attempt.pk])
        counts.append(
            counted(django_assert_max_num_queries, lambda url=url, fields=fields: client.post(url, fields), limit=18)
        )
    # A learner's first score also updates the coverage summaries (their fact and its tallies);
    # later attempts, which change no figure, cost the submit alone.
    assert counts[0] == counts[1] <= 18
    assert counts[2] <= 10


def test_saving_answers_runs_a_fixed_number_of_queries(client, take, django_assert_max_num_queries):
    _quiz, attempt = take(30, past=3)
    body = json.dumps({"answers": all_answers(attempt)})
    url = reverse("quizzes:save_answers", args=[attempt.pk])
    assert counted(django_assert_max_num_queries, lambda: client.post(url, body, content_type="application/json"), 8)


def test_the_result_and_quiz_pages_do_not_grow_with_attempts(client, take, django_assert_max_num_queries):
    quiz, attempt = take(30, past=8)
    attempt_submit(user=attempt.user, attempt_id=attempt.pk, answers=all_answers(attempt))
    client.get(quiz.url)
    result = counted(django_assert_max_num_queries, lambda: client.get(reverse("quizzes:result", args=[attempt.pk])))
    page = counted(django_assert_max_num_queries, lambda: client.get(quiz.url), 20)
    assert result <= 12 and page <= 20


def test_the_statistics_page_does_not_grow_with_attempts_or_learners(client, take, django_assert_max_num_queries):
    quiz, attempt = take(30, past=5)
    attempt_submit(user=attempt.user, attempt_id=attempt.pk, answers=all_answers(attempt))
    client.force_login(UserFactory(roles=[roles.CONTENT_EDITORS]))
    url = reverse("quizzes:statistics", args=[quiz.pk])
    client.get(url)
    assert counted(django_assert_max_num_queries, lambda: client.get(url), 10)


def test_a_submit_that_completes_the_course_stays_within_30_queries(client, take):
    _quiz, attempt = take(30, past=3)
    right = {}
    for question in attempt.snapshot["questions"]:
        if question["type"] == "single":
            right[question["key"]] = next(option["key"] for option in question["options"] if option["correct"])
        elif question["type"] == "multiple":
            right[question["key"]] = [option["key"] for option in question["options"] if option["correct"]]
        elif question["type"] == "ordering":
            right[question["key"]] = list(question["order"])
        else:
            right[question["key"]] = dict(question["pairs"])
    url = reverse("quizzes:attempt", args=[attempt.pk])
    with CaptureQueriesContext(connection) as captured:
        response = client.post(url, form_fields(attempt, right))
    # The test's own transaction turns BEGIN/COMMIT into savepoints; count what production runs.
    statements = [query["sql"] for query in captured.captured_queries if "SAVEPOINT" not in query["sql"]]
    # 16 to grade, complete and certify; 9 to keep the coverage summaries (the learner's fact,
    # its tallies, and the day's certificate count) in the same transaction; 5 when the quiz
    # announces its new result, which the summaries' listener finds counted already.
    assert len(statements) <= 30, "\n".join(statement[:120] for statement in statements)
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.passed is True
    from courses.models import Enrollment

    assert Enrollment.objects.get(user=attempt.user).status == "completed"
