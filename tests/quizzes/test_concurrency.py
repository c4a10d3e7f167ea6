"""Many submits of one attempt at once give one graded result: checked on PostgreSQL, where they run in parallel."""

import threading

import pytest
from django.db import connection

from courses.models import Enrollment
from courses.services import enrollment_create, lesson_complete
from quizzes.models import QuestionResponse, QuizAttempt, QuizResult
from quizzes.services import attempt_start, attempt_submit
from tests.courses.test_concurrency import run_at_once
from tests.factories import UserFactory, build_course, build_quiz, lessons_of

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("Real parallel writes need PostgreSQL; CI runs this file there (DATABASE_URL).")


@pytest.fixture
def ready():
    course = build_course(lessons=1)
    quiz = build_quiz(course)
    learner = UserFactory()
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    return learner, quiz


def right_answers(attempt):
    return {
        question["key"]: next(option["key"] for option in question["options"] if option["correct"])
        for question in attempt.snapshot["questions"]
    }


def test_twenty_concurrent_submits_of_one_attempt_give_one_graded_result(postgresql_only, ready):
    learner, quiz = ready
    attempt = attempt_start(user=learner, quiz=quiz).attempt
    answers = right_answers(attempt)
    outcomes = []
    lock = threading.Lock()

    def submit():
        result = attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers)
        with lock:
            outcomes.append((result.already_submitted, result.attempt.percent, result.course_completed_now))

    assert run_at_once(20, submit) == []
    assert sorted(outcomes) == [(False, 100.0, True)] + [(True, 100.0, False)] * 19
    assert QuestionResponse.objects.count() == 3
    result = QuizResult.objects.get()
    assert (result.attempts_submitted, result.passed) == (1, True)
    assert Enrollment.objects.get().status == "completed"


def test_concurrent_starts_give_one_open_attempt(postgresql_only, ready):
    learner, quiz = ready
    started = []
    lock = threading.Lock()

    def start():
        result = attempt_start(user=learner, quiz=quiz)
        with lock:
            started.append(result.attempt.pk)

    assert run_at_once(10, start) == []
    assert len(set(started)) == 1
    assert QuizAttempt.objects.count() == 1
    assert QuizResult.objects.get().attempts_started == 1
