"""The snapshot an attempt keeps: its questions, options, correct answers and settings.

Built once when the attempt starts, from the quiz page in the learner's language; grading and
the result page read only the snapshot, so editing or deleting questions later changes no
past result. `public_questions` is the part a learner's browser may see: no correct answers,
no feedback.
"""

import hashlib
import hmac

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

SNAPSHOT_VERSION = 1
CHOICE_TYPES = {"single", "multiple", "true_false"}
BLOCK_TYPES = {
    "single_choice": "single",
    "multiple_choice": "multiple",
    "true_false": "true_false",
    "matching": "matching",
    "ordering": "ordering",
}


def _items(list_value, parent_key):
    """The (id, value) pairs of a ListBlock's raw value, in either of Wagtail's stored forms."""
    items = []
    for number, item in enumerate(list_value or []):
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            items.append((item.get("id") or f"{parent_key}-{number}", item["value"]))
        else:
            items.append((f"{parent_key}-{number}", item))
    return items


def opaque_key(prefix, question_key, item_key):
    """The key an option, step, item or match gets on the page: the same in every attempt and
    language (statistics group by it), but not the bank's id, whose order would give the answer
    away, and not guessable without the secret key."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{question_key}:{prefix}:{item_key}".encode(), hashlib.sha256)
    return prefix + digest.hexdigest()[:15]


def question_from_block(block_type, value, key, scenario=""):
    """One question of the bank as the snapshot keeps it; None for a block it cannot use."""
    if block_type == "case_scenario":
        inner = (value.get("question") or [None])[0]
        if not inner:
            return None
        return question_from_block(inner["type"], inner["value"], key, scenario=value.get("scenario") or "")
    kind = BLOCK_TYPES.get(block_type)
    if kind is None:
        return None
    question = {
        "key": key,
        "type": kind,
        "topic": value.get("topic") or "",
        "scenario": scenario,
        "prompt": value.get("prompt") or "",
        "feedback": value.get("feedback") or "",
    }
    if kind in ("single", "multiple"):
        question["options"] = [
            {
                "key": opaque_key("o", key, option_key),
                "text": option.get("text") or "",
                "correct": bool(option.get("correct")),
                "feedback": option.get("feedback") or "",
            }
            for option_key, option in _items(value.get("options"), key)
        ]
        if kind == "multiple":
            question["scoring"] = value.get("scoring") or "all_or_nothing"
    elif kind == "true_false":
        answer = value.get("answer", "true")
        question["options"] = [
            {
                "key": "true",
                "text": gettext("True"),
                "correct": answer == "true",
                "feedback": value.get("true_feedback") or "",
            },
            {
                "key": "false",
                "text": gettext("False"),
                "correct": answer == "false",
                "feedback": value.get("false_feedback") or "",
            },
        ]
    elif kind == "matching":
        pairs = _items(value.get("pairs"), key)
        question["items"] = [
            {"key": opaque_key("i", key, pair_key), "text": pair.get("item") or ""} for pair_key, pair in pairs
        ]
        question["choices"] = [
            {"key": opaque_key("m", key, pair_key), "text": pair.get("match") or ""} for pair_key, pair in pairs
        ]
        question["pairs"] = {
            opaque_key("i", key, pair_key): opaque_key("m", key, pair_key) for pair_key, _pair in pairs
        }
    elif kind == "ordering":
        steps = _items(value.get("steps"), key)
        question["steps"] = [{"key": opaque_key("s", key, step_key), "text": text or ""} for step_key, text in steps]
        question["order"] = [opaque_key("s", key, step_key) for step_key, _text in steps]
    return question


def bank_questions(quiz):
    """Every usable question of a quiz page's bank, in the bank's order (texts in the page's language)."""
    with translation.override(quiz.locale.language_code):
        questions = [
            question_from_block(block["type"], block["value"], block.get("id") or f"q{number}")
            for number, block in enumerate(quiz.questions.raw_data)
        ]
    return [question for question in questions if question is not None]


def draw(questions, *, count, per_topic, rng):
    """`count` questions at random (from each topic when `per_topic`), kept in the bank's order."""
    if not count:
        return list(questions)
    if per_topic:
        chosen = set()
        for topic in dict.fromkeys(question["topic"] for question in questions):
            keys = [question["key"] for question in questions if question["topic"] == topic]
            chosen.update(rng.sample(keys, min(count, len(keys))))
    else:
        chosen = set(rng.sample([question["key"] for question in questions], min(count, len(questions))))
    return [question for question in questions if question["key"] in chosen]


def _shuffled(items, rng, *, differ=False):
    items = list(items)
    original = list(items)
    rng.shuffle(items)
    # Three or more steps are never shown in the right order; two are left to chance, since
    # always swapping them would give the answer away just the same.
    if differ and len(items) > 2 and items == original:
        items.reverse()
    return items


def snapshot_build(*, quiz, rng):
    """The snapshot of a new attempt at `quiz`: drawn questions, shuffled where the settings
    say (the steps of an ordering question and the matches of a matching one always are)."""
    questions = draw(bank_questions(quiz), count=quiz.questions_to_draw, per_topic=quiz.draw_per_topic, rng=rng)
    for question in questions:
        if question["type"] in ("single", "multiple") and quiz.shuffle_options:
            question["options"] = _shuffled(question["options"], rng)
        elif question["type"] == "matching":
            question["choices"] = _shuffled(question["choices"], rng, differ=True)
        elif question["type"] == "ordering":
            question["steps"] = _shuffled(question["steps"], rng, differ=True)
    return {
        "version": SNAPSHOT_VERSION,
        "title": quiz.title,
        "language": quiz.locale.language_code,
        "role": quiz.role,
        "pass_mark": quiz.pass_mark,
        "show_answers": quiz.show_answers,
        "attempts_allowed": quiz.attempts_allowed,
        "time_limit_minutes": quiz.time_limit_minutes,
        "questions": questions,
    }


def public_questions(snapshot):
    """The questions as the attempt page shows them: texts and keys, nothing that tells the answer."""
    shown = []
    for number, question in enumerate(snapshot["questions"], start=1):
        item = {
            "number": number,
            "key": question["key"],
            "type": question["type"],
            "scenario": question["scenario"],
            "prompt": question["prompt"],
        }
        if question["type"] in CHOICE_TYPES:
            item["options"] = [{"key": option["key"], "text": option["text"]} for option in question["options"]]
        elif question["type"] == "matching":
            item["items"] = [dict(entry) for entry in question["items"]]
            item["choices"] = [dict(entry) for entry in question["choices"]]
        elif question["type"] == "ordering":
            item["steps"] = [dict(entry) for entry in question["steps"]]
        shown.append(item)
    return shown
