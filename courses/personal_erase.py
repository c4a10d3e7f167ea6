"""Erasing a person's personal data from this app's rows (lms.hooks.PERSONAL_DATA_ERASE).

Enrolments, lesson completions and H5P scores stay: they hold ids, dates and scores, which the
statistics count, and no name. What an H5P player sent along with a result is reduced to the
result itself: the actor (whoever the content said played it), free-text responses and any
extension a content type added may carry a name, an address or words the person typed.
"""

from typing import Any

from courses.models import H5PAttempt

BATCH = 500


def _number_or_none(value: Any) -> float | int | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _flag_or_none(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def statement_anonymous(statement: Any) -> dict[str, Any]:
    """The statement as the platform needs it to read the result again: the verb's and the
    activity's ids, the score, completion, success and duration; nothing else."""
    statement = statement if isinstance(statement, dict) else {}
    kept: dict[str, Any] = {}
    verb = statement.get("verb")
    if isinstance(verb, dict) and isinstance(verb.get("id"), str):
        kept["verb"] = {"id": verb["id"]}
    activity = statement.get("object")
    if isinstance(activity, dict) and isinstance(activity.get("id"), str):
        kept["object"] = {"id": activity["id"]}
    result = statement.get("result")
    if isinstance(result, dict):
        score = result.get("score")
        score = score if isinstance(score, dict) else {}
        kept_score = {key: _number_or_none(score.get(key)) for key in ("raw", "min", "max", "scaled")}
        kept_result: dict[str, Any] = {"score": {key: value for key, value in kept_score.items() if value is not None}}
        for key in ("completion", "success"):
            if _flag_or_none(result.get(key)) is not None:
                kept_result[key] = result[key]
        if isinstance(result.get("duration"), str) and len(result["duration"]) <= 40:
            kept_result["duration"] = result["duration"]
        kept["result"] = kept_result
    return kept


def personal_data_erase(*, user) -> dict[str, int]:
    changed = []
    for attempt in H5PAttempt.objects.filter(user=user).only("pk", "statement").order_by("pk").iterator(BATCH):
        kept = statement_anonymous(attempt.statement)
        if kept != attempt.statement:
            attempt.statement = kept
            changed.append(attempt)
    H5PAttempt.objects.bulk_update(changed, ["statement"], batch_size=BATCH)
    return {"h5p_statements": len(changed)}
