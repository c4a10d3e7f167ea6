"""What this app holds about a person, for "My data" (lms.hooks.PERSONAL_DATA): enrolments, lesson
completions and H5P results, in four queries whatever their number.

The helpers `page_titles` and `iso` serve the other apps' providers too (they may import courses)."""

from collections.abc import Iterable
from datetime import date, datetime
from uuid import UUID

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses.models import Enrollment, H5PAttempt, LessonCompletion
from lms.hooks import PersonalSection


def iso(value: date | datetime | None) -> str | None:
    """A date or time as ISO text (times in the platform's time zone), None for none."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat()


def page_titles(keys: Iterable[UUID]) -> dict[UUID, str]:
    """The title of each page (course, lesson, quiz) by translation key, in the interface language
    where the page has it, else in the default language, else in any: one query, none without keys.
    Drafts count: a course taken off the site still has a name in one's record."""
    keys = set(keys)
    if not keys:
        return {}
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    rank = {language: 0, settings.LANGUAGE_CODE: 1}
    chosen: dict[UUID, tuple[int, str]] = {}
    rows = Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "title"
    )
    for key, code, title in rows:
        place = rank.get(code, 2)
        if key not in chosen or place < chosen[key][0]:
            chosen[key] = (place, title)
    return {key: title for key, (_place, title) in chosen.items()}


def personal_data(*, user) -> list[PersonalSection]:
    """Enrolments, lesson completions and H5P results (the statement the player sent, as kept):
    four queries (the three kinds and the pages' titles)."""
    enrollments = list(Enrollment.objects.filter(user=user).order_by("enrolled_at", "pk"))
    completions = list(
        LessonCompletion.objects.filter(enrollment__user=user)
        .values_list("enrollment__course_key", "lesson_key", "cycle", "completed_at")
        .order_by("completed_at", "pk")
    )
    attempts = list(H5PAttempt.objects.filter(user=user).select_related("package").order_by("created_at", "pk"))
    keys = {enrollment.course_key for enrollment in enrollments}
    keys |= {course for course, lesson, _cycle, _at in completions} | {
        lesson for _course, lesson, *_rest in completions
    }
    keys |= {attempt.course_key for attempt in attempts} | {attempt.lesson_key for attempt in attempts}
    titles = page_titles(keys)
    return [
        PersonalSection(
            key="enrolments",
            title=_("Courses you are enrolled in"),
            columns=[
                ("course", _("Course")),
                ("status", _("Status")),
                ("percent", _("Percent done")),
                ("round", _("Round")),
                ("enrolled_at", _("Enrolled")),
                ("started_at", _("Started")),
                ("completed_at", _("Completed")),
            ],
            rows=[
                {
                    "course": titles.get(enrollment.course_key, ""),
                    "status": enrollment.get_status_display(),
                    "percent": enrollment.percent,
                    "round": enrollment.cycle,
                    "enrolled_at": iso(enrollment.enrolled_at),
                    "started_at": iso(enrollment.started_at),
                    "completed_at": iso(enrollment.completed_at),
                }
                for enrollment in enrollments
            ],
        ),
        PersonalSection(
            key="lesson_completions",
            title=_("Lessons you completed"),
            columns=[("course", _("Course")), ("lesson", _("Lesson")), ("round", _("Round")), ("at", _("When"))],
            rows=[
                {"course": titles.get(course, ""), "lesson": titles.get(lesson, ""), "round": cycle, "at": iso(at)}
                for course, lesson, cycle, at in completions
            ],
        ),
        PersonalSection(
            key="h5p_results",
            title=_("Results of interactive activities"),
            columns=[
                ("course", _("Course")),
                ("lesson", _("Lesson")),
                ("activity", _("Activity")),
                ("outcome", _("Outcome")),
                ("score", _("Score")),
                ("max_score", _("Maximum score")),
                ("seconds", _("Time spent (seconds)")),
                ("at", _("When")),
                ("statement", _("What the activity sent")),
            ],
            rows=[
                {
                    "course": titles.get(attempt.course_key, ""),
                    "lesson": titles.get(attempt.lesson_key, ""),
                    "activity": attempt.package.title if attempt.package else "",
                    "outcome": attempt.get_verb_display(),
                    "score": attempt.score_raw,
                    "max_score": attempt.score_max,
                    "seconds": attempt.duration_seconds,
                    "at": iso(attempt.created_at),
                    "statement": attempt.statement,
                }
                for attempt in attempts
            ],
        ),
    ]
