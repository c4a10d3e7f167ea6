"""Writes of the quizzes app: starting, saving and submitting attempts, each exactly once.

Lock order, the same in every service: the learner's QuizResult row for the quiz, then the
attempt, then (for a final assessment passed) the course enrolment. The row locks serialise
concurrent requests; unique constraints stop a second open attempt or a second grading even
if a lock were missed.
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from courses.services import course_completion_refresh
from lms.errors import Refused
from lms.hooks import learner_changed
from lms.models import User
from quizzes.answers import answers_merge
from quizzes.availability import start_refusal
from quizzes.grading import grade_attempt
from quizzes.models import QuestionResponse, QuizAttempt, QuizResult
from quizzes.pages import QuizPage
from quizzes.selectors import learner_course_for
from quizzes.snapshot import snapshot_build


class QuizUnavailable(Refused):
    """The learner may not start an attempt now; `message` says why, in their language."""


class AttemptNotFound(Exception):
    """No such attempt of this learner (another user's attempt is not found either)."""


class AttemptClosed(Exception):
    """The attempt is already submitted; `attempt` is it, with its result."""

    def __init__(self, attempt: QuizAttempt) -> None:
        super().__init__(attempt.pk)
        self.attempt = attempt


@dataclass
class StartResult:
    attempt: QuizAttempt
    resumed: bool
    timed_out: bool = False  # the open attempt's time had run out: it is graded, nothing new starts


@dataclass
class SubmitResult:
    attempt: QuizAttempt
    already_submitted: bool
    course_completed_now: bool = False


def attempt_start(
    *, user: User, quiz: QuizPage, now: datetime | None = None, rng: random.Random | None = None
) -> StartResult:
    """Start an attempt at a quiz, or return the learner's open one (resumed, not a new attempt).

    An open attempt whose time limit has passed is graded as it stood before a new one starts.
    Raises QuizUnavailable when the quiz's rules do not let the learner start now.
    """
    now = now or timezone.now()
    learner_course = learner_course_for(user=user, quiz=quiz)
    course_key = learner_course.course.translation_key
    with transaction.atomic():
        QuizResult.objects.get_or_create(
            user=user,
            quiz_key=quiz.translation_key,
            defaults={"course_key": course_key, "role": quiz.role, "region_id": user.region_id},
        )
        result = QuizResult.objects.select_for_update().get(user=user, quiz_key=quiz.translation_key)
        current = QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key, status="open").first()
        if current is not None:
            if not current.expired(now):
                return StartResult(attempt=current, resumed=True)
            # Graded and shown first: the learner sees the result before deciding to try again.
            _grade(attempt=current, result=result, now=now, timed_out=True)
            return StartResult(attempt=current, resumed=False, timed_out=True)
        refusal = start_refusal(quiz=quiz, learner_course=learner_course, result=result, now=now)
        if refusal:
            raise QuizUnavailable(refusal)
        snapshot = snapshot_build(quiz=quiz, rng=rng or random.SystemRandom())
        if not snapshot["questions"]:
            raise QuizUnavailable(_no_questions_message())
        result.attempts_started += 1
        result.save(update_fields=["attempts_started"])
        attempt = QuizAttempt.objects.create(
            user=user,
            quiz_key=quiz.translation_key,
            course_key=course_key,
            quiz_page=quiz,
            role=quiz.role,
            number=result.attempts_started,
            started_at=now,
            deadline=now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None,
            snapshot=snapshot,
        )
    return StartResult(attempt=attempt, resumed=False)


def _no_questions_message() -> str:
    return gettext("This quiz has no questions yet.")


def _locked_attempt(*, user: User, attempt_id: int, quiz_key: UUID | None = None) -> tuple[QuizResult, QuizAttempt]:
    """The learner's attempt, locked after its QuizResult row (see the lock order above).

    `quiz_key` saves a query when the caller has already read the attempt."""
    if quiz_key is None:
        quiz_key = QuizAttempt.objects.filter(pk=attempt_id, user=user).values_list("quiz_key", flat=True).first()
    if quiz_key is None:
        raise AttemptNotFound
    result = QuizResult.objects.select_for_update().filter(user=user, quiz_key=quiz_key).first()
    attempt = (
        QuizAttempt.objects.select_for_update().filter(pk=attempt_id, user=user, quiz_key=quiz_key).first()
        if result
        else None
    )
    if result is None or attempt is None:
        raise AttemptNotFound
    attempt.user = user  # known already: grading a final passes the learner on to the course
    return result, attempt


def attempt_answers_save(
    *,
    user: User,
    attempt_id: int,
    answers: dict[str, Any],
    now: datetime | None = None,
    quiz_key: UUID | None = None,
) -> QuizAttempt:
    """Save checked answers (see quizzes.answers.clean_answers) into an open attempt.

    Returns the attempt. Past its time limit nothing is saved: the attempt is graded as it
    stood at the limit and returned submitted. A submitted attempt raises AttemptClosed.
    """
    now = now or timezone.now()
    with transaction.atomic():
        result, attempt = _locked_attempt(user=user, attempt_id=attempt_id, quiz_key=quiz_key)
        if not attempt.is_open:
            raise AttemptClosed(attempt)
        if attempt.expired(now):
            _grade(attempt=attempt, result=result, now=now, timed_out=True)
            return attempt
        attempt.answers = answers_merge(attempt.answers, answers)
        attempt.answers_saved_at = now
        attempt.save(update_fields=["answers", "answers_saved_at"])
    return attempt


def attempt_submit(
    *,
    user: User,
    attempt_id: int,
    answers: dict[str, Any] | None = None,
    now: datetime | None = None,
    quiz_key: UUID | None = None,
) -> SubmitResult:
    """Grade an attempt once. A second submit (a double click, another tab) changes nothing and
    returns the same result with `already_submitted`. Past the time limit, the answers sent
    with the submit are ignored and the attempt is graded as it stood at the limit. Passing a
    final assessment completes the course when the other completion rules already hold.
    """
    now = now or timezone.now()
    with transaction.atomic():
        result, attempt = _locked_attempt(user=user, attempt_id=attempt_id, quiz_key=quiz_key)
        if not attempt.is_open:
            return SubmitResult(attempt=attempt, already_submitted=True)
        timed_out = attempt.expired(now)
        if answers and not timed_out:
            attempt.answers = answers_merge(attempt.answers, answers)
            attempt.answers_saved_at = now
        completed = _grade(attempt=attempt, result=result, now=now, timed_out=timed_out)
    return SubmitResult(attempt=attempt, already_submitted=False, course_completed_now=completed)


def _grade(*, attempt: QuizAttempt, result: QuizResult, now: datetime, timed_out: bool) -> bool:
    """Grade a locked open attempt, update the learner's summary, and, for a passed final
    assessment, check the course's completion again. True when this completes the course.

    However the attempt came to be graded (a submit, a save or a start after the time limit),
    a pass counts the same."""
    grade = grade_attempt(attempt.snapshot, attempt.answers)
    attempt.status = QuizAttempt.Status.SUBMITTED
    # An attempt graded at its time limit was submitted then, whenever the grading happens.
    attempt.submitted_at = min(now, attempt.deadline) if timed_out and attempt.deadline else now
    attempt.timed_out = timed_out
    attempt.points = grade.points
    attempt.max_points = grade.max_points
    attempt.percent = grade.percent
    attempt.passed = grade.passed
    attempt.save(
        update_fields=[
            "status",
            "submitted_at",
            "timed_out",
            "points",
            "max_points",
            "percent",
            "passed",
            "answers",
            "answers_saved_at",
        ]
    )
    topics = {question["key"]: question["topic"] for question in attempt.snapshot["questions"]}
    QuestionResponse.objects.bulk_create(
        QuestionResponse(
            attempt=attempt,
            quiz_key=attempt.quiz_key,
            question_key=question.key[:64],
            topic=topics.get(question.key, "")[:20],
            answered=question.answered,
            correct=question.correct,
            points=question.points,
            answer_key=question.answer_key,
        )
        for question in grade.questions
    )
    passed_now = grade.passed and not result.passed
    submitted_at = attempt.submitted_at
    result.attempts_submitted += 1
    result.best_percent = grade.percent if result.best_percent is None else max(result.best_percent, grade.percent)
    if result.first_percent is None:
        result.first_percent = grade.percent
    if passed_now:
        result.passed = True
        result.passed_at = submitted_at
    result.last_submitted_at = submitted_at
    result.save()
    completed = False
    if grade.passed and attempt.role == QuizPage.Role.FINAL:
        # Not only on the first pass: a course is completed by whichever pass finds its other
        # rules holding.
        completed = course_completion_refresh(user=attempt.user, course_key=attempt.course_key)
    if result.attempts_submitted == 1 or passed_now:  # the result's first score, or its pass
        learner_changed(user_id=attempt.user_id, course_key=attempt.course_key)
    return completed
