"""Reading the xAPI statements the H5P player reports.

Only top-level `completed` and `answered` statements are results: a statement with a parent
activity is a sub-question of a larger activity. Scores come from the browser and can be
forged, so they serve practice and lesson completion only, never a certificate.
"""

import math
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from lms.errors import Refused

VERBS = {
    "http://adlnet.gov/expapi/verbs/completed": "completed",
    "http://adlnet.gov/expapi/verbs/answered": "answered",
}
MAX_BODY_BYTES = 32 * 1024  # the request body; statements of H5P activities are a few kilobytes
DURATION = re.compile(
    r"^P(?:(?P<days>\d+(?:\.\d+)?)D)?(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)


class StatementRejected(Refused):
    """The statement cannot be a result of this learner's activity; the message says why."""


@dataclass(frozen=True)
class StatementResult:
    verb: str
    score_raw: float | None
    score_max: float | None
    score_scaled: float | None
    completion: bool | None
    success: bool | None
    duration_seconds: int | None

    @property
    def completed(self):
        return self.verb == "completed" or self.completion is True


# What the platform records when a learner has looked through content that sends no result.
VIEWED = StatementResult(
    verb="viewed",
    score_raw=None,
    score_max=None,
    score_scaled=None,
    completion=True,
    success=None,
    duration_seconds=None,
)

MAX_SCORE = 1e9  # no activity scores more; anything larger is not a score (and may not fit a float)


def _number(value, name):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not abs(value) <= MAX_SCORE:
        raise StatementRejected(_("The score “%(name)s” is not a number.") % {"name": name})
    return float(value)


def _duration_seconds(value):
    match = DURATION.match(value) if isinstance(value, str) else None
    if not match or value in ("P", "PT"):
        return None
    parts = {key: float(number) for key, number in match.groupdict().items() if number}
    seconds = (
        parts.get("days", 0) * 86400
        + parts.get("hours", 0) * 3600
        + parts.get("minutes", 0) * 60
        + parts.get("seconds", 0)
    )
    # A forged duration can be absurdly long (even infinite as a float); the field holds 32-bit seconds.
    return round(seconds) if math.isfinite(seconds) and seconds < 2**31 else 2**31 - 1


def is_result(statement):
    """A top-level completed/answered statement: the only kind that records an attempt."""
    if not isinstance(statement, dict):
        return False
    verb = statement.get("verb")
    if not isinstance(verb, dict) or not isinstance(verb.get("id"), str) or verb["id"] not in VERBS:
        return False
    context = statement.get("context")
    activities = context.get("contextActivities") if isinstance(context, dict) else None
    return not (isinstance(activities, dict) and activities.get("parent"))


def statement_result(statement):
    """The result of a top-level statement, with the score checked: 0 ≤ raw ≤ max, scaled within 0..1."""
    result = statement.get("result") or {}
    if not isinstance(result, dict):
        raise StatementRejected(_("The statement's result is malformed."))
    score = result.get("score") or {}
    if not isinstance(score, dict):
        raise StatementRejected(_("The statement's score is malformed."))
    raw, maximum = _number(score.get("raw"), "raw"), _number(score.get("max"), "max")
    scaled = _number(score.get("scaled"), "scaled")
    if (raw is not None and raw < 0) or (maximum is not None and maximum < 0):
        raise StatementRejected(_("A score cannot be negative."))
    if raw is not None and maximum is not None and raw > maximum:
        raise StatementRejected(_("The score is higher than the maximum."))
    if raw is not None and maximum:
        scaled = raw / maximum
    if scaled is not None:
        scaled = min(max(scaled, 0.0), 1.0)
    completion, success = result.get("completion"), result.get("success")
    return StatementResult(
        verb=VERBS[statement["verb"]["id"]],
        score_raw=raw,
        score_max=maximum,
        score_scaled=scaled,
        completion=completion if isinstance(completion, bool) else None,
        success=success if isinstance(success, bool) else None,
        duration_seconds=_duration_seconds(result.get("duration")),
    )


def actor_account_name(statement):
    """The account name the platform page wrote into the statement's actor, if any."""
    actor = statement.get("actor")
    account = actor.get("account") if isinstance(actor, dict) else None
    name = account.get("name") if isinstance(account, dict) else None
    return name if isinstance(name, str) else None
