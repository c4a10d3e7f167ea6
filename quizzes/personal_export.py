"""What this app holds about a person, for "My data" (lms.hooks.PERSONAL_DATA): each quiz's result,
every attempt, and each question of an attempt as it was asked (from the attempt's snapshot) with
the person's answer and its mark. Four queries whatever the number of attempts.

The correct answers are not part of it: they are the quiz's, not the person's, and a quiz that
does not show them after an attempt must not hand them out here."""

from django.utils.translation import gettext as _

from courses.personal_export import iso, page_titles
from lms.hooks import PersonalSection
from quizzes.models import QuestionResponse, QuizAttempt, QuizResult
from quizzes.pages import QuizPage


def _texts(entries, keys):
    by_key = {entry["key"]: entry["text"] for entry in entries}
    return [by_key.get(key, "") for key in keys]


def answer_text(question: dict, response) -> str:
    """The person's answer in the words they chose it by ("" when unanswered)."""
    if response in (None, "", [], {}):
        return ""
    kind = question.get("type")
    if kind in ("single", "true_false"):
        return "".join(_texts(question.get("options", []), [response]))
    if kind == "multiple":
        return "; ".join(_texts(question.get("options", []), response))
    if kind == "ordering":
        return " → ".join(_texts(question.get("steps", []), response))
    if kind == "matching" and isinstance(response, dict):
        items = {entry["key"]: entry["text"] for entry in question.get("items", [])}
        choices = {entry["key"]: entry["text"] for entry in question.get("choices", [])}
        return "; ".join(f"{items.get(item, '')} — {choices.get(choice, '')}" for item, choice in response.items())
    return str(response)


def personal_data(*, user) -> list[PersonalSection]:
    """Results, attempts and answers: four queries (results, attempts, marks, titles)."""
    results = list(QuizResult.objects.filter(user=user).order_by("pk"))
    attempts = list(QuizAttempt.objects.filter(user=user).order_by("started_at", "pk"))
    marks = {
        (attempt_id, question_key): (correct, points)
        for attempt_id, question_key, correct, points in QuestionResponse.objects.filter(
            attempt__user=user
        ).values_list("attempt_id", "question_key", "correct", "points")
    }
    titles = page_titles(
        {result.quiz_key for result in results}
        | {result.course_key for result in results}
        | {attempt.course_key for attempt in attempts}
    )
    roles = dict(QuizPage.Role.choices)
    answers = []
    for attempt in attempts:
        for number, question in enumerate(attempt.snapshot.get("questions", []), start=1):
            correct, points = marks.get((attempt.pk, question.get("key")), (None, None))
            answers.append(
                {
                    "quiz": attempt.snapshot.get("title", ""),
                    "attempt": attempt.number,
                    "question": number,
                    "prompt": question.get("prompt", ""),
                    "answer": answer_text(question, attempt.answers.get(question.get("key"))),
                    "correct": correct,
                    "points": points,
                }
            )
    return [
        PersonalSection(
            key="quiz_results",
            title=_("Quiz results"),
            columns=[
                ("course", _("Course")),
                ("quiz", _("Quiz")),
                ("role", _("Kind")),
                ("attempts", _("Attempts submitted")),
                ("first_percent", _("First score (%)")),
                ("best_percent", _("Best score (%)")),
                ("passed", _("Passed")),
                ("passed_at", _("Passed on")),
            ],
            rows=[
                {
                    "course": titles.get(result.course_key, ""),
                    "quiz": titles.get(result.quiz_key, ""),
                    "role": str(roles.get(result.role, result.role)),
                    "attempts": result.attempts_submitted,
                    "first_percent": result.first_percent,
                    "best_percent": result.best_percent,
                    "passed": result.passed,
                    "passed_at": iso(result.passed_at),
                }
                for result in results
            ],
        ),
        PersonalSection(
            key="quiz_attempts",
            title=_("Quiz attempts"),
            columns=[
                ("course", _("Course")),
                ("quiz", _("Quiz")),
                ("attempt", _("Attempt")),
                ("status", _("Status")),
                ("started_at", _("Started")),
                ("submitted_at", _("Submitted")),
                ("points", _("Points")),
                ("max_points", _("Maximum points")),
                ("percent", _("Score (%)")),
                ("passed", _("Passed")),
            ],
            rows=[
                {
                    "course": titles.get(attempt.course_key, ""),
                    "quiz": attempt.snapshot.get("title", ""),
                    "attempt": attempt.number,
                    "status": attempt.get_status_display(),
                    "started_at": iso(attempt.started_at),
                    "submitted_at": iso(attempt.submitted_at),
                    "points": attempt.points,
                    "max_points": attempt.max_points,
                    "percent": attempt.percent,
                    "passed": attempt.passed,
                }
                for attempt in attempts
            ],
        ),
        PersonalSection(
            key="quiz_answers",
            title=_("Your answers in quiz attempts"),
            columns=[
                ("quiz", _("Quiz")),
                ("attempt", _("Attempt")),
                ("question", _("Question")),
                ("prompt", _("Question text")),
                ("answer", _("Your answer")),
                ("correct", _("Correct")),
                ("points", _("Points")),
            ],
            rows=answers,
        ),
    ]
