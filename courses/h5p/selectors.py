"""Reads of H5P: the activities of a lesson, and what a learner has done of them."""

import functools
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from wagtail.models import Page

from courses.h5p.origins import h5p_origin
from courses.h5p.requirement import AUTOMATIC, is_required
from courses.models import CoursePage, H5PAttempt, H5PPackage, LessonPage
from lms.models import User

BLOCK_TYPE = "h5p_activity"
# What the player page loads before any file of the package: H5P core, its styles and ours.
PLAYER_FILES = (
    "h5p-standalone/dist/main.bundle.js",
    "h5p-standalone/dist/frame.bundle.js",
    "h5p-standalone/dist/styles/h5p.css",
    "courses/h5p/player.js",
    "courses/h5p/player.css",
    "courses/h5p/memory-storage.js",
)


@functools.cache
def player_core_bytes() -> int:
    """Bytes of the player's own files, counted once per process (they change only with a release)."""
    from django.contrib.staticfiles import finders
    from django.contrib.staticfiles.storage import staticfiles_storage

    total = 0
    for name in PLAYER_FILES:
        try:
            total += staticfiles_storage.size(name)  # collected, as served in production
        except (OSError, NotImplementedError, ValueError):
            path = finders.find(name)  # before collectstatic (development, tests)
            total += os.path.getsize(path) if path else 0
    return total


@dataclass
class LessonActivity:
    """One H5P block of a lesson, as the lesson's published body names it."""

    block_id: str
    title: str
    requirement: object  # the editor's choice (courses/h5p/requirement.py)
    package_id: int
    lesson_key: UUID
    course_key: UUID | None = None  # known once lesson_activity has found the course
    content_hash: str = ""
    reports_results: bool = True  # False: the content type sends no result, so opening it counts
    required: bool = True  # what the choice means for this package's content type
    done: bool = False
    score_raw: float | None = None
    score_max: float | None = None
    score_scaled: float | None = None  # the best attempt's

    @property
    def percent(self) -> int | None:
        return round(100 * self.score_scaled) if self.score_scaled is not None else None


def activities_in(lesson: LessonPage) -> list[LessonActivity]:
    """The H5P blocks of a lesson page that name a package, read from the raw stream: no package is fetched."""
    activities = []
    for item in lesson.body.raw_data:
        value = item.get("value") or {}
        if item.get("type") != BLOCK_TYPE or not item.get("id") or not value.get("package"):
            continue
        activities.append(
            LessonActivity(
                block_id=str(item["id"]),
                title=value.get("title") or "",
                requirement=value.get("required", AUTOMATIC),
                package_id=value["package"],
                lesson_key=lesson.translation_key,
            )
        )
    return activities


def activities_progress(
    *, user: User | AnonymousUser, lesson: LessonPage, since: datetime | None = None
) -> list[LessonActivity]:
    """The lesson's playable activities, each marked done when the learner has completed it once
    (since `since`, the start of their current round of the course, when given).

    Two queries when the lesson has activities: which packages still exist, and the learner's attempts.
    An activity whose package was deleted, or any when no H5P origin is set, cannot be played and is left out.
    """
    activities = activities_in(lesson)
    if not activities or not user.is_authenticated or not h5p_origin():
        return []
    existing = {
        pk: (content_hash, reports)
        for pk, content_hash, reports in H5PPackage.objects.filter(
            pk__in={a.package_id for a in activities}
        ).values_list("pk", "content_hash", "reports_results")
    }
    activities = [activity for activity in activities if activity.package_id in existing]
    for activity in activities:
        activity.content_hash, activity.reports_results = existing[activity.package_id]
        activity.required = is_required(activity.requirement, activity.reports_results)
    if not activities:
        return []
    by_key = {activity.block_id: activity for activity in activities}
    attempts = H5PAttempt.objects.filter(
        user=user, lesson_key=lesson.translation_key, activity_key__in=[activity.block_id for activity in activities]
    )
    if since is not None:
        attempts = attempts.filter(created_at__gte=since)
    rows = attempts.values_list("activity_key", "completion", "score_raw", "score_max", "score_scaled")
    for key, completion, raw, maximum, scaled in rows:
        activity = by_key[key]
        activity.done = activity.done or bool(completion)
        if scaled is not None and (activity.score_scaled is None or scaled > activity.score_scaled):
            activity.score_scaled, activity.score_raw, activity.score_max = scaled, raw, maximum
    return activities


def activities_version(activities: Iterable[LessonActivity]) -> str:
    """Part of the key of a cached lesson body: it changes when a package of the lesson is replaced
    or deleted, so the lesson never frames files that are gone, or when what its type reports is
    read again (the status text under the activity depends on it)."""
    return "-".join(sorted(f"{a.package_id}:{a.content_hash[:16]}:{int(a.reports_results)}" for a in activities))


def pending_activities(*, user: User | AnonymousUser, lesson: LessonPage, since: datetime | None = None) -> list[str]:
    """Titles of the required activities the learner has not completed yet (since `since`)."""
    activities = activities_progress(user=user, lesson=lesson, since=since)
    return [activity.title for activity in activities if activity.required and not activity.done]


def recent_attempts(*, user: User, minutes: int = 10) -> int:
    """How many results a learner has sent in the last minutes: a flood is refused before it is stored."""
    since = timezone.now() - timedelta(minutes=minutes)
    return H5PAttempt.objects.filter(user=user, created_at__gte=since).count()


class ActivityNotFound(Exception):
    """No such activity with that package in a live lesson."""


def lesson_activity(*, lesson_id: int, block_id: str, package_id: int) -> LessonActivity:
    """The live lesson's H5P block with this id and package, with its course and package; or ActivityNotFound."""
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        raise ActivityNotFound
    activity = next(
        (item for item in activities_in(lesson) if item.block_id == block_id and item.package_id == package_id), None
    )
    if activity is None:
        raise ActivityNotFound
    course = Page.objects.live().filter(path=lesson.path[: -Page.steplen]).type(CoursePage).first()
    package = H5PPackage.objects.filter(pk=package_id).only("content_hash", "reports_results").first()
    if course is None or package is None:
        raise ActivityNotFound
    activity.course_key = course.translation_key
    activity.content_hash = package.content_hash
    activity.reports_results = package.reports_results
    activity.required = is_required(activity.requirement, package.reports_results)
    return activity


def player_config(*, user: User, lesson: LessonPage, activities: Iterable[LessonActivity]) -> dict[str, Any]:
    """What the lesson page's script needs to pass results on: where from, where to, and the words to show."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    return {
        "origin": h5p_origin(),
        "endpoint": reverse("courses:h5p_result"),
        "learner": str(user.pk),
        "lesson": lesson.pk,
        "done": [activity.block_id for activity in activities if activity.done],
        "text": {
            "done": _("Done."),
            "done_state": _("Done:"),
            "score": _("Your score: %(raw)s of %(max)s."),
            "saving": _("Saving your result…"),
            "failed": _("Your result was not saved: %(reason)s"),
            "offline": _("Your result was not saved: the connection was lost. Try the activity again."),
            "reload": _("reload the page and try the activity again."),
            "slow": _("Your connection is slow: loading may take about %(minutes)s min."),
        },
    }
