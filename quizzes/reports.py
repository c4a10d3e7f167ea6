"""Reads across learners: knowledge gain and per-question statistics.

Both read summary rows (QuizResult, QuestionResponse) in a fixed number of queries, so the
cascade and coverage dashboards can call them for a trainer's cohort or a whole region.
"""

from dataclasses import dataclass, field

from django.db.models import Avg, Case, Count, F, FloatField, Q, When

from quizzes.blocks import TOPIC_LABELS
from quizzes.models import QuestionResponse, QuizAttempt, QuizResult
from quizzes.pages import QuizPage
from quizzes.snapshot import bank_questions

HARD_AFTER = 5  # answers before a question can be flagged as hard
ROLES = (QuizPage.Role.PRE_TEST, QuizPage.Role.FINAL, QuizPage.Role.POST_TEST)


@dataclass
class RoleMean:
    role: str
    mean: float | None
    learners: int


def knowledge_gain(*, users, course_key=None):
    """Mean pre-test, final and post-test scores (%) of a set of learners (a queryset or ids),
    for one course or all. The pre-test and post-test count their first attempt, which is what
    the learner knew; the final counts its best, the grade that counts. One query.
    """
    score = Case(
        When(role=QuizPage.Role.FINAL, then=F("best_percent")),
        default=F("first_percent"),
        output_field=FloatField(),
    )
    rows = QuizResult.objects.filter(user__in=users, attempts_submitted__gt=0)
    if course_key is not None:
        rows = rows.filter(course_key=course_key)
    figures = {
        row["role"]: row
        for row in rows.values("role").annotate(mean=Avg(score), learners=Count("user", distinct=True)).order_by()
    }
    return {
        role: RoleMean(
            role=role,
            mean=round(figures[role]["mean"], 1) if role in figures else None,
            learners=figures[role]["learners"] if role in figures else 0,
        )
        for role in ROLES
    }


@dataclass
class QuestionFigures:
    key: str
    number: int | None
    topic: str
    prompt: str
    answered: int = 0
    correct: int = 0
    mean_points: float | None = None
    common_wrong: list = field(default_factory=list)
    common_wrong_count: int = 0
    removed: bool = False
    ordered: bool = False

    @property
    def correct_share(self):
        return round(100 * self.correct / self.answered) if self.answered else None

    @property
    def is_hard(self):
        """Fewer than half right, once enough learners have answered for that to mean something."""
        return self.answered >= HARD_AFTER and self.correct_share < 50


@dataclass
class QuizFigures:
    attempts: int = 0
    passed: int = 0
    mean_percent: float | None = None
    questions: list = field(default_factory=list)

    @property
    def pass_share(self):
        return round(100 * self.passed / self.attempts) if self.attempts else None


def describe_answer(question, answer_key):
    """A stored answer (grading's canonical string) in the words of the question's current texts:
    a list of the options chosen, of the pairs matched, or of the steps in the order given."""
    if not answer_key or question is None:
        return [answer_key] if answer_key else []
    kind = question["type"]
    if kind in ("single", "true_false", "multiple"):
        texts = {option["key"]: option["text"] for option in question["options"]}
        return [texts.get(key, "?") for key in answer_key.split(",")]
    if kind == "matching":
        items = {item["key"]: item["text"] for item in question["items"]}
        choices = {choice["key"]: choice["text"] for choice in question["choices"]}
        pairs = (pair.split(":", 1) for pair in answer_key.split(",") if ":" in pair)
        return [f"{items.get(item, '?')} → {choices.get(choice, '?')}" for item, choice in pairs]
    if kind == "ordering":
        steps = {step["key"]: step["text"] for step in question["steps"]}
        return [steps.get(key, "?") for key in answer_key.split(",")]
    return [answer_key]


def question_statistics(*, quiz):
    """For each question of a quiz (in every language): how many answered it, the share who
    got it right, the mean points, and the most common wrong answer; questions removed from
    the bank since are listed last. Three queries, whatever the number of attempts."""
    quiz_key = quiz.translation_key
    totals = QuizAttempt.objects.filter(quiz_key=quiz_key, status=QuizAttempt.Status.SUBMITTED).aggregate(
        attempts=Count("id"), passed=Count("id", filter=Q(passed=True)), mean=Avg("percent")
    )
    figures = QuizFigures(
        attempts=totals["attempts"],
        passed=totals["passed"],
        mean_percent=round(totals["mean"], 1) if totals["mean"] is not None else None,
    )
    rows = {
        row["question_key"]: row
        for row in QuestionResponse.objects.filter(quiz_key=quiz_key)
        .values("question_key", "topic")
        .annotate(
            answered=Count("id", filter=Q(answered=True)),
            correct=Count("id", filter=Q(correct=True)),
            mean_points=Avg("points"),
        )
        .order_by()
    }
    wrong = {}
    for row in (
        QuestionResponse.objects.filter(quiz_key=quiz_key, answered=True, correct=False)
        .values("question_key", "answer_key")
        .annotate(count=Count("id"))
        .order_by("question_key", "-count", "answer_key")
    ):
        wrong.setdefault(row["question_key"], row)
    bank = {question["key"]: question for question in bank_questions(quiz)}
    keys = list(bank) + [key for key in rows if key not in bank]
    for number, key in enumerate(keys, start=1):
        question, row, common = bank.get(key), rows.get(key, {}), wrong.get(key)
        figures.questions.append(
            QuestionFigures(
                key=key,
                number=number if question else None,
                topic=TOPIC_LABELS.get((question or row).get("topic", ""), ""),
                prompt=question["prompt"] if question else "",
                answered=row.get("answered", 0),
                correct=row.get("correct", 0),
                mean_points=round(row["mean_points"], 2) if row.get("mean_points") is not None else None,
                common_wrong=describe_answer(question, common["answer_key"]) if common else [],
                ordered=bool(question) and question["type"] == "ordering",
                common_wrong_count=common["count"] if common else 0,
                removed=question is None,
            )
        )
    return figures
