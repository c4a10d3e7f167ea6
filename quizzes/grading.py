"""Grading: a pure function of an attempt's snapshot and its answers.

No database, no clock, no randomness: the same snapshot and answers always give the same
grade, so a result can be re-checked years later from what the attempt kept.

Answers, by question type (see quizzes/snapshot.py for the snapshot):
- single, true_false: the chosen option's key;
- multiple: a list of chosen option keys;
- matching: {item key: choice key};
- ordering: the step keys in the order the learner put them.
Every question is worth one point; multiple choice with partial credit may give a fraction.
"""

from dataclasses import dataclass, field

ALL_OR_NOTHING = "all_or_nothing"
PARTIAL = "partial"
ANSWER_KEY_MAX = 300  # how much of a response the statistics keep to find the most common wrong answer


@dataclass(frozen=True)
class QuestionGrade:
    key: str
    points: float
    answered: bool
    correct: bool
    answer_key: str  # the response in one canonical string, "" when unanswered


@dataclass(frozen=True)
class Grade:
    points: float
    max_points: float
    percent: float
    passed: bool
    questions: list = field(default_factory=list)

    def by_key(self):
        return {question.key: question for question in self.questions}


def _choice(question, response):
    if not isinstance(response, str) or not response:
        return 0.0, False, ""
    correct = any(option["key"] == response and option["correct"] for option in question["options"])
    return (1.0 if correct else 0.0), correct, response


def _multiple(question, response):
    if not isinstance(response, (list, tuple)) or not response:
        return 0.0, False, ""
    chosen = {str(key) for key in response}
    right = {option["key"] for option in question["options"] if option["correct"]}
    correct = chosen == right
    if correct:
        points = 1.0
    elif question.get("scoring") == PARTIAL and right:
        # Each right option chosen earns a share; each wrong one chosen takes a share back.
        points = max(0.0, (len(chosen & right) - len(chosen - right)) / len(right))
    else:
        points = 0.0
    return points, correct, ",".join(sorted(chosen))


def _matching(question, response):
    if not isinstance(response, dict) or not response:
        return 0.0, False, ""
    pairs = question["pairs"]
    correct = len(response) == len(pairs) and all(response.get(item) == choice for item, choice in pairs.items())
    return (
        (1.0 if correct else 0.0),
        correct,
        ",".join(f"{item}:{response[item]}" for item in sorted(map(str, response))),
    )


def _ordering(question, response):
    if not isinstance(response, (list, tuple)) or not response:
        return 0.0, False, ""
    response = [str(key) for key in response]
    correct = response == question["order"]
    return (1.0 if correct else 0.0), correct, ",".join(response)


GRADERS = {
    "single": _choice,
    "true_false": _choice,
    "multiple": _multiple,
    "matching": _matching,
    "ordering": _ordering,
}


def grade_question(question, response):
    """The grade of one question for one response (None or empty when unanswered)."""
    points, correct, answer_key = GRADERS[question["type"]](question, response)
    return QuestionGrade(
        key=question["key"],
        points=points,
        answered=bool(answer_key),
        correct=correct,
        answer_key=answer_key[:ANSWER_KEY_MAX],
    )


def grade_attempt(snapshot, answers):
    """The grade of an attempt: points, percent (0-100) and whether it reaches the snapshot's pass mark."""
    questions = [grade_question(question, answers.get(question["key"])) for question in snapshot["questions"]]
    max_points = float(len(questions))
    points = sum(question.points for question in questions)
    percent = round(100 * points / max_points, 2) if max_points else 0.0
    return Grade(
        points=round(points, 4),
        max_points=max_points,
        percent=percent,
        # Compared before rounding: 79.996 % does not reach a pass mark of 80 (the tolerance only
        # absorbs float error, as in 3 × 1/3).
        passed=bool(max_points) and 100 * points >= snapshot["pass_mark"] * max_points - 1e-9,
        questions=questions,
    )
