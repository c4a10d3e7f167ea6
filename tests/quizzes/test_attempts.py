"""Attempts: start, resume, limits, time limit, snapshots, completion and knowledge gain."""

import random
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone, translation

from courses.models import Enrollment
from courses.services import enrollment_create, lesson_complete
from quizzes.models import QuestionResponse, QuizAttempt, QuizResult
from quizzes.reports import knowledge_gain
from quizzes.services import QuizUnavailable, attempt_answers_save, attempt_start, attempt_submit
from tests.factories import UserFactory, build_course, build_quiz, choice_question, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def course():
    return build_course(lessons=2)


@pytest.fixture
def enrolled(course, learner):
    enrollment_create(user=learner, course=course)
    return learner


def complete_lessons(user, course):
    for lesson in lessons_of(course):
        lesson_complete(user=user, lesson=lesson, course=course)


def right_answers(attempt):
    """The correct answer to every question of an attempt, from its snapshot."""
    answers = {}
    for question in attempt.snapshot["questions"]:
        answers[question["key"]] = next(option["key"] for option in question["options"] if option["correct"])
    return answers


def wrong_answers(attempt):
    return {
        question["key"]: next(option["key"] for option in question["options"] if not option["correct"])
        for question in attempt.snapshot["questions"]
    }


def test_starting_again_while_an_attempt_is_open_resumes_it(course, enrolled):
    quiz = build_quiz(course, role="pre")
    first = attempt_start(user=enrolled, quiz=quiz)
    second = attempt_start(user=enrolled, quiz=quiz)
    assert not first.resumed and second.resumed
    assert second.attempt.pk == first.attempt.pk
    assert QuizAttempt.objects.count() == 1
    assert QuizResult.objects.get().attempts_started == 1


def test_only_enrolled_learners_may_start(course, learner):
    quiz = build_quiz(course, role="pre")
    with pytest.raises(QuizUnavailable, match="Enrol"):
        attempt_start(user=learner, quiz=quiz)
    assert not QuizAttempt.objects.exists()


def test_the_attempts_limit_is_kept(course, enrolled):
    complete_lessons(enrolled, course)
    quiz = build_quiz(course, attempts_allowed=2)
    for _ in range(2):
        attempt = attempt_start(user=enrolled, quiz=quiz).attempt
        attempt_submit(user=enrolled, attempt_id=attempt.pk, answers=wrong_answers(attempt))
    with pytest.raises(QuizUnavailable, match="2 attempts"):
        attempt_start(user=enrolled, quiz=quiz)
    assert QuizAttempt.objects.count() == 2


def test_unlimited_attempts_and_the_best_attempt_counts(course, enrolled):
    complete_lessons(enrolled, course)
    quiz = build_quiz(course, attempts_allowed=None)
    scores = []
    for answers in (wrong_answers, right_answers, wrong_answers, wrong_answers):
        attempt = attempt_start(user=enrolled, quiz=quiz).attempt
        scores.append(attempt_submit(user=enrolled, attempt_id=attempt.pk, answers=answers(attempt)).attempt.percent)
    result = QuizResult.objects.get()
    assert scores == [0, 100, 0, 0]
    assert (result.best_percent, result.first_percent, result.passed, result.attempts_submitted) == (100, 0, True, 4)


def test_the_final_assessment_opens_once_the_lessons_are_done(course, enrolled):
    quiz = build_quiz(course)
    with pytest.raises(QuizUnavailable, match="2 lessons are left"):
        attempt_start(user=enrolled, quiz=quiz)
    complete_lessons(enrolled, course)
    assert attempt_start(user=enrolled, quiz=quiz).attempt.role == "final"


def test_the_pre_test_closes_once_a_lesson_is_done(course, enrolled):
    quiz = build_quiz(course, role="pre")
    lesson_complete(user=enrolled, lesson=lessons_of(course)[0], course=course)
    with pytest.raises(QuizUnavailable, match="pre-test"):
        attempt_start(user=enrolled, quiz=quiz)


def test_the_post_test_opens_some_days_after_completion(course, enrolled):
    quiz = build_quiz(course, role="post", opens_after_days=30)
    complete_lessons(enrolled, course)
    with pytest.raises(QuizUnavailable, match="opens on"):
        attempt_start(user=enrolled, quiz=quiz)
    later = timezone.now() + timedelta(days=31)
    assert attempt_start(user=enrolled, quiz=quiz, now=later).attempt.role == "post"


def test_passing_the_final_assessment_completes_the_course(course, enrolled, django_capture_on_commit_callbacks):
    quiz = build_quiz(course)
    complete_lessons(enrolled, course)
    assert Enrollment.objects.get().status == "in_progress"  # all lessons done, final not passed
    attempt = attempt_start(user=enrolled, quiz=quiz).attempt
    failed = attempt_submit(user=enrolled, attempt_id=attempt.pk, answers=wrong_answers(attempt))
    assert not failed.course_completed_now and Enrollment.objects.get().status == "in_progress"
    attempt = attempt_start(user=enrolled, quiz=quiz).attempt
    with django_capture_on_commit_callbacks(execute=True):
        passed = attempt_submit(user=enrolled, attempt_id=attempt.pk, answers=right_answers(attempt))
    assert passed.course_completed_now
    assert Enrollment.objects.get().status == "completed"
    assert len(mail.outbox) == 1  # the certificate's email, once
    attempt = attempt_start(user=enrolled, quiz=quiz).attempt
    with django_capture_on_commit_callbacks(execute=True):
        again = attempt_submit(user=enrolled, attempt_id=attempt.pk, answers=right_answers(attempt))
    assert not again.course_completed_now and len(mail.outbox) == 1


def test_a_pre_test_never_counts_toward_completion(course, enrolled):
    build_quiz(course, role="pre")
    complete_lessons(enrolled, course)
    assert Enrollment.objects.get().status == "completed"


def test_submitting_twice_gives_the_first_result(course, enrolled):
    complete_lessons(enrolled, course)
    quiz = build_quiz(course)
    attempt = attempt_start(user=enrolled, quiz=quiz).attempt
    first = attempt_submit(user=enrolled, attempt_id=attempt.pk, answers=right_answers(attempt))
    second = attempt_submit(user=enrolled, attempt_id=attempt.pk, answers=wrong_answers(attempt))
    assert not first.already_submitted and second.already_submitted
    assert second.attempt.percent == first.attempt.percent == 100
    assert QuestionResponse.objects.count() == 3
    assert QuizResult.objects.get().attempts_submitted == 1


def test_a_submit_after_the_time_limit_is_graded_as_it_stood_at_the_limit(course, enrolled):
    complete_lessons(enrolled, course)
    quiz = build_quiz(course, time_limit_minutes=10)
    start = timezone.now()
    attempt = attempt_start(user=enrolled, quiz=quiz, now=start).attempt
    first_key = attempt.snapshot["questions"][0]["key"]
    right = right_answers(attempt)
    attempt_answers_save(
        user=enrolled, attempt_id=attempt.pk, answers={first_key: right[first_key]}, now=start + timedelta(minutes=9)
    )
    late = attempt_submit(user=enrolled, attempt_id=attempt.pk, answers=right, now=start + timedelta(minutes=11))
    assert late.attempt.timed_out
    assert late.attempt.points == 1  # only the answer saved before the limit
    assert late.attempt.answers == {first_key: right[first_key]}


def test_a_save_after_the_time_limit_saves_nothing_and_grades_the_attempt(course, enrolled):
    complete_lessons(enrolled, course)
    quiz = build_quiz(course, time_limit_minutes=5)
    start = timezone.now()
    attempt = attempt_start(user=enrolled, quiz=quiz, now=start).attempt
    saved = attempt_answers_save(
        user=enrolled, attempt_id=attempt.pk, answers=right_answers(attempt), now=start + timedelta(minutes=6)
    )
    assert saved.status == "submitted" and saved.timed_out and saved.percent == 0


def test_starting_again_after_the_time_limit_grades_the_open_attempt_and_shows_it(course, enrolled):
    complete_lessons(enrolled, course)
    quiz = build_quiz(course, time_limit_minutes=5, attempts_allowed=1)
    start = timezone.now()
    first = attempt_start(user=enrolled, quiz=quiz, now=start).attempt
    again = attempt_start(user=enrolled, quiz=quiz, now=start + timedelta(minutes=6))
    assert again.timed_out and again.attempt.pk == first.pk  # its result first, nothing new
    first.refresh_from_db()
    assert first.status == "submitted" and first.timed_out
    assert first.submitted_at == start + timedelta(minutes=5)  # graded as at the limit
    with pytest.raises(QuizUnavailable):  # that was the only attempt
        attempt_start(user=enrolled, quiz=quiz, now=start + timedelta(minutes=7))


def test_a_final_passed_at_the_time_limit_completes_the_course(course, enrolled):
    complete_lessons(enrolled, course)
    quiz = build_quiz(course, time_limit_minutes=5)
    start = timezone.now()
    attempt = attempt_start(user=enrolled, quiz=quiz, now=start).attempt
    attempt_answers_save(user=enrolled, attempt_id=attempt.pk, answers=right_answers(attempt), now=start)
    late = attempt_answers_save(user=enrolled, attempt_id=attempt.pk, answers={}, now=start + timedelta(minutes=6))
    assert late.passed and late.timed_out
    assert Enrollment.objects.get().status == "completed"


def test_editing_and_deleting_questions_never_changes_a_past_result(course, enrolled):
    complete_lessons(enrolled, course)
    quiz = build_quiz(course)
    attempt = attempt_start(user=enrolled, quiz=quiz).attempt
    answers = right_answers(attempt)
    attempt_submit(user=enrolled, attempt_id=attempt.pk, answers=answers)

    # The author makes the second option correct everywhere, then deletes the last question.
    raw = list(quiz.questions.raw_data)
    for block in raw:
        for option in block["value"]["options"]:
            option["value"]["correct"] = option["id"].endswith("-o2")
    quiz.questions = raw[:-1]
    quiz.pass_mark = 100
    quiz.save_revision().publish()

    attempt.refresh_from_db()
    assert attempt.percent == 100 and attempt.passed
    assert len(attempt.snapshot["questions"]) == 3
    assert attempt.snapshot["pass_mark"] == 80
    from quizzes.grading import grade_attempt

    assert grade_attempt(attempt.snapshot, attempt.answers).percent == 100  # re-graded from what it kept


def test_drawing_questions_per_topic(course, enrolled):
    complete_lessons(enrolled, course)
    questions = [choice_question(f"Signs {n}", topic="signs") for n in range(4)] + [
        choice_question(f"Reporting {n}", topic="reporting") for n in range(3)
    ]
    quiz = build_quiz(course, questions=questions, questions_to_draw=2, draw_per_topic=True)
    attempt = attempt_start(user=enrolled, quiz=quiz, rng=random.Random(4)).attempt
    topics = [question["topic"] for question in attempt.snapshot["questions"]]
    assert sorted(topics) == ["reporting", "reporting", "signs", "signs"]


def test_knowledge_gain_means_pre_final_and_post_scores_of_a_set_of_learners(course):
    pre = build_quiz(course, role="pre", slug="pre")
    final = build_quiz(course, role="final", slug="final", attempts_allowed=None)
    people = [UserFactory() for _ in range(3)]
    for person, (pre_right, final_tries) in zip(people, [(1, [3]), (2, [1, 3]), (0, [2])], strict=True):
        enrollment_create(user=person, course=course)
        attempt = attempt_start(user=person, quiz=pre).attempt
        keys = [question["key"] for question in attempt.snapshot["questions"]]
        answers = {key: value for key, value in right_answers(attempt).items() if key in keys[:pre_right]}
        attempt_submit(user=person, attempt_id=attempt.pk, answers=answers)
        complete_lessons(person, course)
        for right in final_tries:
            attempt = attempt_start(user=person, quiz=final).attempt
            keys = [question["key"] for question in attempt.snapshot["questions"]]
            answers = {key: value for key, value in right_answers(attempt).items() if key in keys[:right]}
            attempt_submit(user=person, attempt_id=attempt.pk, answers=answers)

    figures = knowledge_gain(users=people, course_key=course.translation_key)
    assert figures["pre"].mean == 33.3 and figures["pre"].learners == 3  # (1 + 2 + 0) / 9
    assert figures["final"].mean == pytest.approx(88.9, abs=0.05)  # best attempts: 3, 3, 2 of 3
    assert figures["post"].mean is None and figures["post"].learners == 0
    only_first = knowledge_gain(users=people[:1])
    assert (only_first["pre"].mean, only_first["final"].mean) == (33.3, 100)
