"""Reads of the quizzes app for learners: quiz pages, attempts, results and the course page.

Each runs a fixed number of queries, whatever the number of questions or past attempts.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from django.contrib.auth.models import AnonymousUser
from django.db.models import Case, Count, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Page

from courses.hooks import course_certificate
from courses.models import CoursePage, Enrollment
from courses.selectors import CoursePageState, course_lessons, learner_progress
from lms.models import User
from quizzes.answers import UNKNOWN, form_values
from quizzes.availability import LearnerCourse, start_refusal
from quizzes.blocks import TOPIC_LABELS
from quizzes.grading import QuestionGrade, grade_attempt
from quizzes.models import QuizAttempt, QuizResult
from quizzes.pages import QuizPage
from quizzes.snapshot import bank_questions, public_questions


def course_of_quiz(quiz: QuizPage) -> CoursePage:
    return CoursePage.objects.select_related("locale").get(path=quiz.path[: -Page.steplen])


def learner_course_for(*, user: User, quiz: QuizPage, course: CoursePage | None = None) -> LearnerCourse:
    """The course of a quiz with the learner's enrolment and lessons done (and, for a final
    assessment, the lessons it requires)."""
    course = course or course_of_quiz(quiz)
    enrollment, done_keys = learner_progress(user=user, course_key=course.translation_key)
    learner_course = LearnerCourse(course=course, enrollment=enrollment, done_keys=done_keys)
    if quiz.role == QuizPage.Role.FINAL and enrollment is not None:
        lessons = course_lessons(course)
        learner_course.required_keys = {item.key for item in lessons if item.required} or {item.key for item in lessons}
        learner_course.attempts_before_round = attempts_before_round(
            user=user, quiz_key=quiz.translation_key, enrollment=enrollment
        )
    return learner_course


def attempts_before_round(*, user: User | int, quiz_key: UUID, enrollment: Enrollment | None) -> int:
    """Attempts at a quiz started before the learner's current round of its course: none in the
    first round (no query), else one query."""
    if enrollment is None or enrollment.cycle <= 1 or enrollment.cycle_started_at is None:
        return 0
    return QuizAttempt.objects.filter(user=user, quiz_key=quiz_key, started_at__lt=enrollment.cycle_started_at).count()


def attempts_before_round_of(attempt: QuizAttempt) -> int:
    """attempts_before_round for the quiz of an attempt; only final assessments start again."""
    if attempt.role != QuizPage.Role.FINAL:
        return 0
    enrollment = Enrollment.objects.filter(user_id=attempt.user_id, course_key=attempt.course_key).first()
    return attempts_before_round(user=attempt.user_id, quiz_key=attempt.quiz_key, enrollment=enrollment)


@dataclass
class QuizPageState:
    course: CoursePage
    enrollment: Enrollment | None
    result: QuizResult | None
    attempts: list[QuizAttempt] = field(default_factory=list)  # submitted, newest first
    open_attempt: QuizAttempt | None = None
    refusal: str | None = None
    question_count: int = 0
    attempts_left: int | None = None  # None: unlimited

    @property
    def renewing(self) -> bool:
        """The learner is going through the course again (a renewal): a pass before counts no more."""
        return self.enrollment is not None and self.enrollment.cycle > 1 and not self.enrollment.is_completed


def questions_per_attempt(quiz: QuizPage) -> int:
    """How many questions an attempt asks: the whole bank, N, or N from each topic."""
    bank = bank_questions(quiz)
    if not quiz.questions_to_draw:
        return len(bank)
    if not quiz.draw_per_topic:
        return min(quiz.questions_to_draw, len(bank))
    topics = Counter(question["topic"] for question in bank)
    return sum(min(quiz.questions_to_draw, count) for count in topics.values())


def quiz_page_state(*, user: User | AnonymousUser, quiz: QuizPage) -> QuizPageState:
    """What a quiz page shows a learner: past attempts, the open one, and whether they may start."""
    course = course_of_quiz(quiz)
    count = questions_per_attempt(quiz)
    if not user.is_authenticated:
        return QuizPageState(course=course, enrollment=None, result=None, question_count=count)
    learner_course = learner_course_for(user=user, quiz=quiz, course=course)
    result = QuizResult.objects.filter(user=user, quiz_key=quiz.translation_key).first()
    attempts = list(
        QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key)
        .defer("snapshot", "answers")
        .order_by("-number")
    )
    open_attempt = next((attempt for attempt in attempts if attempt.is_open), None)
    return QuizPageState(
        course=course,
        enrollment=learner_course.enrollment,
        result=result,
        attempts=[attempt for attempt in attempts if not attempt.is_open],
        open_attempt=open_attempt,
        refusal=None
        if open_attempt
        else start_refusal(quiz=quiz, learner_course=learner_course, result=result, now=timezone.now()),
        question_count=count,
        attempts_left=max(0, quiz.attempts_allowed - len(attempts) + learner_course.attempts_before_round)
        if quiz.attempts_allowed
        else None,
    )


def attempt_for(*, user: User, attempt_id: int) -> QuizAttempt | None:
    """A learner's own attempt, or None: another user's attempt is not found either."""
    return QuizAttempt.objects.filter(pk=attempt_id, user=user).first()


def attempt_form_context(
    *,
    snapshot: dict[str, Any],
    answers: dict[str, Any],
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The attempt page's questions with what each field shows (`values`, else the saved answers)."""
    values = values if values is not None else form_values(snapshot, answers)
    questions = public_questions(snapshot)
    for question in questions:
        value = question["value"] = values.get(question["key"])
        for item in question.get("items", ()):
            item["selected"] = (value or {}).get(item["key"], "")
        for step in question.get("steps", ()):
            step["position"] = (value or {}).get(step["key"], "")
        if question["type"] == "ordering":
            question["unknown"] = bool((value or {}).get(UNKNOWN))
        question["error"] = (errors or {}).get(question["key"])
        question["answered"] = question["key"] in answers
    return {
        "questions": questions,
        "answered": sum(1 for question in questions if question["answered"]),
        "total": len(questions),
        "errors": errors or {},
    }


def answers_visible(*, attempt: QuizAttempt, result: QuizResult | None) -> bool:
    """Whether the learner may see the correct answers of a submitted attempt (the quiz's rule,
    as it stood when the attempt started)."""
    rule = attempt.snapshot.get("show_answers", QuizPage.ShowAnswers.NEVER)
    passed = bool(result and result.passed) or bool(attempt.passed)
    if rule == QuizPage.ShowAnswers.AFTER_PASSING:
        return passed
    if rule == QuizPage.ShowAnswers.AFTER_LAST_ATTEMPT:
        allowed = attempt.snapshot.get("attempts_allowed")
        used_up = bool(allowed) and result is not None and result.attempts_submitted >= allowed
        return passed or used_up
    return False


def _texts(entries: Iterable[dict[str, str]]) -> dict[str, str]:
    return {entry["key"]: entry["text"] for entry in entries}


def review_question(question: dict[str, Any], response: Any, graded: QuestionGrade) -> dict[str, Any]:
    """One question of a submitted attempt with the learner's answer and the correct one, in words."""
    kind = question["type"]
    review: dict[str, Any] = {
        "key": question["key"],
        "scenario": question["scenario"],
        "prompt": question["prompt"],
        "feedback": question["feedback"],
        "correct": graded.correct,
        "points": graded.points,
        "answered": graded.answered,
        "given": [],
        "expected": [],
        "option_feedback": [],
    }
    if kind in ("single", "true_false", "multiple"):
        chosen = {response} if isinstance(response, str) else set(response or [])
        for option in question["options"]:
            if option["key"] in chosen:
                review["given"].append(option["text"])
                if option["feedback"]:
                    review["option_feedback"].append(option["feedback"])
            if option["correct"]:
                review["expected"].append(option["text"])
    elif kind == "matching":
        items, choices = _texts(question["items"]), _texts(question["choices"])
        for item, choice in (response or {}).items():
            review["given"].append(f"{items.get(item, '')} → {choices.get(choice, '')}")
        review["expected"] = [f"{items[item]} → {choices[choice]}" for item, choice in question["pairs"].items()]
    elif kind == "ordering":
        steps = _texts(question["steps"])
        review["given"] = [steps.get(step, "") for step in response or []]
        review["expected"] = [steps[step] for step in question["order"]]
        review["ordered"] = True
    return review


def attempt_result_context(
    *, attempt: QuizAttempt, result: QuizResult | None, attempts_before: int = 0
) -> dict[str, Any]:
    """The result page: score and pass, a summary by topic, and the review when allowed.
    `attempts_before`: attempts of earlier rounds of the course, which the limit does not count."""
    grade = grade_attempt(attempt.snapshot, attempt.answers)
    by_key = grade.by_key()
    totals: Counter[str] = Counter()
    rights: Counter[str] = Counter()
    for question in attempt.snapshot["questions"]:
        totals[question["topic"]] += 1
        rights[question["topic"]] += by_key[question["key"]].points
    topics = [
        {"label": TOPIC_LABELS.get(topic, topic), "points": round(rights[topic], 2), "total": total}
        for topic, total in totals.items()
    ]
    visible = answers_visible(attempt=attempt, result=result)
    allowed = attempt.snapshot.get("attempts_allowed")
    return {
        "attempt": attempt,
        "result": result,
        "pass_mark": attempt.snapshot["pass_mark"],
        "topics": topics,
        "answers_visible": visible,
        "review": [
            review_question(question, attempt.answers.get(question["key"]), by_key[question["key"]])
            for question in attempt.snapshot["questions"]
        ]
        if visible
        else [],
        "attempts_left": None
        if not allowed or result is None
        else max(0, allowed - result.attempts_started + attempts_before),
        "unlimited": not allowed,
    }


def course_quizzes(course: CoursePage) -> list[QuizPage]:
    """The live quizzes of a course page, in page-tree order (one query)."""
    return list(QuizPage.objects.child_of(course).live().order_by("path").defer_streamfields())


def final_assessments_passed(*, enrollment: Enrollment) -> bool:
    """The completion rule of the quizzes app: every live final assessment of the course passed
    (one query: the finals, and how many of them the learner has passed)."""
    course_paths = CoursePage.objects.filter(translation_key=enrollment.course_key).values("path")
    if enrollment.cycle > 1 and enrollment.cycle_started_at is not None:
        # A renewal: only a pass in this round counts.
        # Started in this round: an attempt left open from before does not count, even if submitted now.
        passed_keys: QuerySet[QuizAttempt, Any] | QuerySet[QuizResult, Any] = QuizAttempt.objects.filter(
            user_id=enrollment.user_id, passed=True, started_at__gte=enrollment.cycle_started_at
        ).values("quiz_key")
    else:
        passed_keys = QuizResult.objects.filter(user_id=enrollment.user_id, passed=True).values("quiz_key")
    figures = (
        QuizPage.objects.live()
        .filter(role=QuizPage.Role.FINAL)
        .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        .filter(parent_path__in=course_paths)
        .aggregate(
            finals=Count("translation_key", distinct=True),
            passed=Count("translation_key", distinct=True, filter=Q(translation_key__in=passed_keys)),
        )
    )
    return figures["finals"] == figures["passed"]


@dataclass
class QuizEntry:
    quiz: QuizPage
    result: QuizResult | None
    # A final assessment passed in the learner's current round of the course (a renewal asks again).
    passed: bool = False

    @property
    def score(self) -> float | None:
        """The score that counts for knowledge gain: the first for tests of what one knows, the best
        for the final assessment."""
        if self.result is None:
            return None
        if self.quiz.role == QuizPage.Role.FINAL:
            return self.result.best_percent
        return self.result.first_percent


def course_section(*, user: User | AnonymousUser, course: CoursePage, state: CoursePageState) -> dict[str, Any] | None:
    """The course page's assessments: each quiz with the learner's result, and their knowledge
    before, at the end of, and after the course side by side."""
    quizzes = course_quizzes(course)
    if not quizzes:
        return None
    results: dict[UUID, QuizResult] = {}
    if state.enrollment is not None:
        results = {
            result.quiz_key: result
            for result in QuizResult.objects.filter(
                user_id=state.enrollment.user_id, quiz_key__in=[quiz.translation_key for quiz in quizzes]
            )
        }
    # In a renewal round the course is complete exactly when its final has been passed again.
    renewing = state.enrollment is not None and state.enrollment.cycle > 1 and not state.enrollment.is_completed
    entries = [
        QuizEntry(
            quiz=quiz,
            result=results.get(quiz.translation_key),
            passed=bool(results.get(quiz.translation_key) and results[quiz.translation_key].passed) and not renewing,
        )
        for quiz in quizzes
    ]
    by_role: dict[str, QuizEntry] = {}
    for entry in entries:
        by_role.setdefault(entry.quiz.role, entry)
    final = by_role.get(QuizPage.Role.FINAL)
    suggest_final = (
        final is not None
        and state.enrollment is not None
        and not state.enrollment.is_completed
        and state.next_lesson is None
        and not final.passed
    )
    return {
        "suggest_final": final if suggest_final else None,
        "template": "quizzes/includes/course_section.html",
        "entries": entries,
        "knowledge": [
            by_role.get(role) for role in (QuizPage.Role.PRE_TEST, QuizPage.Role.FINAL, QuizPage.Role.POST_TEST)
        ],
        "show_knowledge": state.enrollment is not None and any(entry.result for entry in entries),
    }


def course_start(*, user: User, course: CoursePage) -> str | None:
    """A newly enrolled learner who has not taken the course's pre-test starts there."""
    pre_test = QuizPage.objects.child_of(course).live().filter(role=QuizPage.Role.PRE_TEST).first()
    if pre_test is None:
        return None
    taken = QuizResult.objects.filter(user=user, quiz_key=pre_test.translation_key, attempts_submitted__gt=0)
    return None if taken.exists() else pre_test.url


def pre_test_step(
    *, user: User, course: Page, enrollment: Enrollment | None, done_keys: set[UUID]
) -> dict[str, Any] | None:
    """The course's pre-test as the step before the lessons, while the learner may still take it
    (quizzes/availability.py start_refusal) or has an attempt open, and has not submitted it.
    `closes`: no attempt started yet, so completing a lesson would close it for good.
    A pre-test published only in another language of the course is the step too: a quiz is one in
    every language, so a lesson in this one closes it all the same (the course's language first).
    Once a lesson is done it is no first step, even with an attempt left open: the lessons come
    first then, and the pre-test stays in the course page's tests.
    No query for a learner past their first round or with a lesson done, else one."""
    if enrollment is None or enrollment.cycle > 1 or enrollment.is_completed or done_keys:
        return None
    mine = QuizResult.objects.filter(user=user, quiz_key=OuterRef("translation_key"))
    # Under a published version of the course: a quiz stays live when its course is unpublished.
    course_paths = CoursePage.objects.live().filter(translation_key=course.translation_key).values("path")
    pre_test = (
        QuizPage.objects.live()
        .filter(role=QuizPage.Role.PRE_TEST)
        .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        .filter(parent_path__in=course_paths)
        .order_by(Case(When(locale_id=course.locale_id, then=Value(0)), default=Value(1)), "path")
        .defer_streamfields()
        .annotate(
            started=Subquery(mine.values("attempts_started")[:1]),
            submitted=Subquery(mine.values("attempts_submitted")[:1]),
        )
        .first()
    )
    if pre_test is None or pre_test.submitted:
        return None
    started = pre_test.started or 0
    result = QuizResult(attempts_started=started) if started else None
    learner_course = LearnerCourse(course=course, enrollment=enrollment, done_keys=done_keys)
    if not started and start_refusal(quiz=pre_test, learner_course=learner_course, result=result, now=timezone.now()):
        return None
    return {"url": pre_test.url, "title": pre_test.title, "closes": not started, "continuing": bool(started)}


def certificate_after(attempt: QuizAttempt) -> dict[str, Any] | None:
    """The certificate a passed final assessment led to (courses/hooks.py COURSE_CERTIFICATE), for
    its result page; None for any other attempt or while the course is not complete (one query,
    and the provider's)."""
    if attempt.role != QuizPage.Role.FINAL or not attempt.passed:
        return None
    enrollment = Enrollment.objects.filter(user_id=attempt.user_id, course_key=attempt.course_key).first()
    if enrollment is None or not enrollment.is_completed:
        return None
    return course_certificate(enrollment=enrollment)
