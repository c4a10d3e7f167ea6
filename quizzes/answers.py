"""Checking a learner's answers against the attempt's snapshot, from JSON or from the HTML form.

Anything that does not name this attempt's questions and options is refused with a message
in the learner's language; nothing is saved from a refused request.
"""

from django.utils.translation import gettext as _

from lms.errors import Refused
from quizzes.snapshot import CHOICE_TYPES

MAX_BODY_BYTES = 64 * 1024  # thirty answered questions take about 6 KB
# The field of an ordering question that says "I don't know the order" (q-<key>-unknown); step
# keys are drawn per attempt (quizzes/snapshot.py) and never take this name.
UNKNOWN = "unknown"


class AnswerError(Refused):
    """An answer the attempt cannot take; `question` is its question's key when known."""

    def __init__(self, message: str, question: str | None = None) -> None:
        super().__init__(message)
        self.question = question


def _keys(entries):
    return {entry["key"] for entry in entries}


def _not_an_option(question):
    return AnswerError(_("One of the answers is not an option of this question."), question["key"])


def clean_response(question, response):
    """A response in the shape grading expects, or None when the learner cleared the answer."""
    if response in (None, "", [], {}):
        return None
    kind = question["type"]
    if kind in ("single", "true_false"):
        if not isinstance(response, str) or response not in _keys(question["options"]):
            raise _not_an_option(question)
        return response
    if kind == "multiple":
        if not isinstance(response, list) or not all(isinstance(key, str) for key in response):
            raise AnswerError(_("Give the chosen options of this question as a list."), question["key"])
        if not set(response) <= _keys(question["options"]):
            raise _not_an_option(question)
        return sorted(set(response))
    if kind == "matching":
        if not isinstance(response, dict):
            raise AnswerError(_("Give the matches of this question as pairs."), question["key"])
        items, choices = _keys(question["items"]), _keys(question["choices"])
        if not set(response) <= items or not all(
            isinstance(value, str) and value in choices for value in response.values()
        ):
            raise _not_an_option(question)
        return {item: choice for item, choice in response.items() if choice}
    if kind == "ordering":
        steps = _keys(question["steps"])
        if (
            not isinstance(response, list)
            or not all(isinstance(step, str) for step in response)
            or len(response) != len(steps)
            or set(response) != steps
        ):
            raise AnswerError(_("Put every step in the list exactly once."), question["key"])
        return list(response)
    raise AnswerError(_("This question cannot be answered."), question["key"])


def clean_answers(snapshot, raw):
    """{question key: response} checked against the snapshot; None values clear an answer."""
    if not isinstance(raw, dict):
        raise AnswerError(_("The answers must be an object with a question's key for each answer."))
    questions = {question["key"]: question for question in snapshot["questions"]}
    cleaned = {}
    for key, response in raw.items():
        question = questions.get(key)
        if question is None:
            raise AnswerError(_("This attempt has no such question."), key)
        cleaned[key] = clean_response(question, response)
    return cleaned


def answers_merge(current, cleaned):
    """The attempt's answers with the cleaned ones applied: None removes an answer."""
    merged = dict(current)
    for key, response in cleaned.items():
        if response is None:
            merged.pop(key, None)
        else:
            merged[key] = response
    return merged


def answers_from_form(snapshot, data, *, pre_test=False, order_unknown_allowed=False):
    """Every question's answer as the attempt form sent it. Raises AnswerError naming the first
    question that cannot be taken (for example two steps given the same position).

    On a pre-test (`pre_test`, the only quiz whose form offers it) an ordering question marked
    "I don't know" is unanswered (scored as wrong); elsewhere that field is not honoured. With
    `order_unknown_allowed` (a pre-test being submitted: it measures what the learner knew, and
    must not stop them) an order that cannot be taken counts as not known instead of refusing."""
    raw = {}
    for question in snapshot["questions"]:
        key, kind = question["key"], question["type"]
        name = f"q-{key}"
        if kind in CHOICE_TYPES - {"multiple"}:
            raw[key] = data.get(name) or None
        elif kind == "multiple":
            raw[key] = data.getlist(name)
        elif kind == "matching":
            raw[key] = {item["key"]: data.get(f"{name}-{item['key']}") or "" for item in question["items"]}
            raw[key] = {item: choice for item, choice in raw[key].items() if choice} or None
        elif kind == "ordering":
            unknown = pre_test and bool(data.get(f"{name}-{UNKNOWN}"))
            raw[key] = None if unknown else _order_or_unknown(question, data, name, order_unknown_allowed)
    return clean_answers(snapshot, raw)


def _order_or_unknown(question, data, name, unknown_allowed):
    try:
        return _order_from_positions(question, data, name)
    except AnswerError:
        if unknown_allowed:
            return None
        raise


def _order_from_positions(question, data, name):
    positions = {step["key"]: (data.get(f"{name}-{step['key']}") or "").strip() for step in question["steps"]}
    if not any(positions.values()):
        return None
    try:
        numbers = {step: int(value) for step, value in positions.items()}
    except ValueError:
        raise AnswerError(_("Give every step a position."), question["key"]) from None
    if sorted(numbers.values()) != list(range(1, len(numbers) + 1)):
        raise AnswerError(
            _("Give every step a different position, from 1 to %(count)d.") % {"count": len(numbers)}, question["key"]
        )
    return sorted(numbers, key=numbers.get)


def form_values(snapshot, answers):
    """What each form field shows: the saved answer, per question, in the form's own terms."""
    values = {}
    for question in snapshot["questions"]:
        response = answers.get(question["key"])
        if question["type"] == "ordering" and isinstance(response, list):
            values[question["key"]] = {step: str(position) for position, step in enumerate(response, start=1)}
        elif question["type"] == "multiple":
            values[question["key"]] = set(response or [])
        else:
            values[question["key"]] = response
    return values


def form_values_from_post(snapshot, data):
    """What the learner sent, as typed, to show again next to a message about it."""
    values = {}
    for question in snapshot["questions"]:
        name = f"q-{question['key']}"
        if question["type"] == "multiple":
            values[question["key"]] = set(data.getlist(name))
        elif question["type"] == "matching":
            values[question["key"]] = {item["key"]: data.get(f"{name}-{item['key']}", "") for item in question["items"]}
        elif question["type"] == "ordering":
            values[question["key"]] = {step["key"]: data.get(f"{name}-{step['key']}", "") for step in question["steps"]}
            values[question["key"]][UNKNOWN] = bool(data.get(f"{name}-{UNKNOWN}"))
        else:
            values[question["key"]] = data.get(name)
    return values
