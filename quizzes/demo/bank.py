"""Question banks from plain data, as the raw StreamField JSON of QuizPage.questions.

A question is a dict like those in quizzes/demo/content: a type, a topic, texts (a string, or
a dict by language), options / answer / pairs / steps. Block and item ids are derived from
`prefix` and positions, so every language of a quiz gets the same ids: one question, one set
of statistics, in every language.
"""

from django.utils.html import escape


def _text(value, language):
    if isinstance(value, dict):
        return value.get(language) or value.get("en") or ""
    return value or ""


def _item(item_id, value):
    return {"type": "item", "value": value, "id": item_id}


BLOCK_TYPES = {
    "single": "single_choice",
    "multiple": "multiple_choice",
    "true_false": "true_false",
    "matching": "matching",
    "ordering": "ordering",
}


def question_value(question, language, key):
    """The value of one question block (without the case scenario around it)."""
    kind = question["type"]
    value = {
        "topic": question.get("topic", "signs"),
        "prompt": _text(question["prompt"], language),
        "feedback": _text(question.get("feedback"), language),
    }
    if kind in ("single", "multiple"):
        value["options"] = [
            _item(
                f"{key}-o{number}",
                {
                    "text": _text(option["text"], language),
                    "correct": bool(option.get("correct")),
                    "feedback": _text(option.get("feedback"), language),
                },
            )
            for number, option in enumerate(question["options"], start=1)
        ]
        if kind == "multiple":
            value["scoring"] = question.get("scoring", "all_or_nothing")
    elif kind == "true_false":
        value["answer"] = "true" if question["answer"] else "false"
        value["true_feedback"] = _text(question.get("true_feedback"), language)
        value["false_feedback"] = _text(question.get("false_feedback"), language)
    elif kind == "matching":
        value["pairs"] = [
            _item(f"{key}-p{number}", {"item": _text(pair["left"], language), "match": _text(pair["right"], language)})
            for number, pair in enumerate(question["pairs"], start=1)
        ]
    elif kind == "ordering":
        value["steps"] = [
            _item(f"{key}-s{number}", _text(step, language)) for number, step in enumerate(question["steps"], start=1)
        ]
    return value


def bank_raw(questions, language, prefix):
    """The raw StreamField data of a question bank in one language."""
    blocks = []
    for number, question in enumerate(questions, start=1):
        key = f"{prefix}-{number}"
        block_type = BLOCK_TYPES[question["type"]]
        value = question_value(question, language, key)
        if question.get("scenario"):
            scenario = "".join(
                f"<p>{escape(paragraph)}</p>" for paragraph in _text(question["scenario"], language).split("\n\n")
            )
            blocks.append(
                {
                    "type": "case_scenario",
                    "id": key,
                    "value": {
                        "scenario": scenario,
                        "question": [{"type": block_type, "value": value, "id": f"{key}-q"}],
                    },
                }
            )
        else:
            blocks.append({"type": block_type, "id": key, "value": value})
    return blocks
