"""Writes of the courses app: enrolling and completing lessons, each exactly once."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Page

from courses.h5p.selectors import pending_activities
from courses.hooks import completion_rules_hold, course_completed
from courses.models import Enrollment, LessonCompletion
from courses.pages import CoursePage
from courses.selectors import LessonRow, LessonRule, course_lessons, lesson_rules_of
from lms.errors import Refused
from lms.hooks import learner_changed
from lms.models import User


class NotEnrolled(Refused):
    """The learner is not enrolled in the course of the lesson."""

    default_message = gettext_lazy("Enrol in the course to open its lessons.")


class ActivitiesPending(Refused):
    """The lesson has required H5P activities the learner has not finished; `titles` names them."""

    def __init__(self, titles: list[str]) -> None:
        self.titles = titles
        message = ngettext(
            "Finish the interactive activity first: %(titles)s.",
            "Finish the interactive activities first: %(titles)s.",
            len(titles),
        )
        super().__init__(message % {"titles": ", ".join(f"«{title}»" for title in titles)})


def enrollment_create(*, user: User, course: CoursePage) -> Enrollment:
    """Enrol a learner in a course; enrolling again, even concurrently, returns the same enrolment."""
    with transaction.atomic():
        enrollment, created = Enrollment.objects.get_or_create(
            user=user, course_key=course.translation_key, defaults={"region_id": user.region_id}
        )
        if created:
            learner_changed(user_id=user.pk, course_key=enrollment.course_key)
    return enrollment


@dataclass
class LessonCompletionResult:
    enrollment: Enrollment
    lessons: list[LessonRow]
    course_completed_now: bool


def lesson_complete(*, user: User, lesson: Page, course: CoursePage) -> LessonCompletionResult:
    """Record a lesson as done once and update the course summary in the same transaction.

    The enrolment row is locked, so concurrent completions of one course apply one after
    the other; the unique constraint keeps a lesson from being counted twice. A lesson whose
    required H5P activities are not all finished is not completed (ActivitiesPending), unless it
    was completed before they were added.
    """
    with transaction.atomic():
        enrollment = Enrollment.objects.select_for_update().filter(user=user, course_key=course.translation_key).first()
        if enrollment is None:
            raise NotEnrolled
        enrollment.user = user  # courses.hooks.COURSE_COMPLETED hands its actions the learner loaded
        # Read under the row lock, so concurrent completions of this course cannot change it meanwhile.
        done_before = set(enrollment.completions.filter(cycle=enrollment.cycle).values_list("lesson_key", flat=True))
        if lesson.translation_key not in done_before:
            pending = pending_activities(user=user, lesson=lesson.specific, since=enrollment.round_started_at)
            if pending:
                raise ActivitiesPending(pending)
        LessonCompletion.objects.bulk_create(
            [LessonCompletion(enrollment=enrollment, cycle=enrollment.cycle, lesson_key=lesson.translation_key)],
            ignore_conflicts=True,
        )
        lessons = course_lessons(course)
        completed_now = _summary_update(
            enrollment=enrollment, lessons=lessons, done_keys=done_before | {lesson.translation_key}
        )
    return LessonCompletionResult(enrollment=enrollment, lessons=lessons, course_completed_now=completed_now)


def _summary_update(
    *, enrollment: Enrollment, lessons: Sequence[LessonRow | LessonRule], done_keys: Iterable[UUID]
) -> bool:
    """Bring a locked enrolment's summary up to date; True when this completes the course.

    A completion runs the COURSE_COMPLETED actions (courses/hooks.py) in this transaction, then
    saves the enrolment and announces it as changed (lms.hooks.LEARNER_CHANGED).
    """
    lesson_keys = {item.key for item in lessons}
    done_keys = set(done_keys) & lesson_keys
    required_keys = {item.key for item in lessons if item.required}
    now = timezone.now()
    completed_now = False
    enrollment.lessons_done = len(done_keys)
    enrollment.lessons_total = len(lesson_keys)
    enrollment.percent = round(100 * len(done_keys) / len(lesson_keys)) if lesson_keys else 0
    enrollment.started_at = enrollment.started_at or now
    if not enrollment.is_completed:
        if completion_rules_hold(
            enrollment=enrollment, required_keys=required_keys, done_keys=done_keys, lesson_keys=lesson_keys
        ):
            enrollment.status = Enrollment.Status.COMPLETED
            enrollment.completed_at = now
            completed_now = True
            course_completed(enrollment=enrollment)
        elif done_keys:
            enrollment.status = Enrollment.Status.IN_PROGRESS
    enrollment.save(
        update_fields=["lessons_done", "lessons_total", "percent", "started_at", "status", "completed_at", "updated_at"]
    )
    if completed_now:  # announced once saved, as LEARNER_CHANGED asks
        learner_changed(user_id=enrollment.user_id, course_key=enrollment.course_key)
    return completed_now


def course_completion_refresh(*, user: User, course_key: UUID) -> bool:
    """Check again whether a learner's course is complete, after something a completion rule
    reads has changed (a final assessment passed, for example). Returns True when this
    completes the course; does nothing for a learner not enrolled or already complete.

    Call it inside the transaction that made the change: the enrolment row is locked, like
    lesson_complete does, so the two cannot complete a course twice.
    """
    # No savepoint of its own inside the caller's transaction: it is one change with the caller's.
    with transaction.atomic(savepoint=False):
        enrollment = Enrollment.objects.select_for_update().filter(user=user, course_key=course_key).first()
        if enrollment is None or enrollment.is_completed:
            return False
        enrollment.user = user  # courses.hooks.COURSE_COMPLETED hands its actions the learner loaded
        done_keys = set(enrollment.completions.filter(cycle=enrollment.cycle).values_list("lesson_key", flat=True))
        return _summary_update(enrollment=enrollment, lessons=lesson_rules_of(course_key), done_keys=done_keys)


class RoundNotOpen(Exception):
    """The course is not complete in its current round, so no new round can start."""


def enrollment_round_start(*, user: User, course_key: UUID, now: datetime | None = None) -> Enrollment:
    """Start the next round of a completed course (a renewal): the learner goes through the lessons
    and the final assessment again. The rounds before are kept; progress counts from zero.

    The enrolment row is locked, so two requests start one round. Completion rules that read
    something done before (a final assessment passed) count it only from `cycle_started_at` on.
    """
    now = now or timezone.now()
    with transaction.atomic():
        enrollment = Enrollment.objects.select_for_update().filter(user=user, course_key=course_key).first()
        if enrollment is None or not enrollment.is_completed:
            raise RoundNotOpen
        enrollment.cycle += 1
        enrollment.cycle_started_at = now
        enrollment.status = Enrollment.Status.ENROLLED
        enrollment.completed_at = None
        enrollment.lessons_done = 0
        enrollment.percent = 0
        enrollment.save(
            update_fields=[
                "cycle",
                "cycle_started_at",
                "status",
                "completed_at",
                "lessons_done",
                "percent",
                "updated_at",
            ]
        )
        learner_changed(user_id=user.pk, course_key=course_key)
    return enrollment


def course_summaries_refresh(*, course_key: UUID, batch_size: int = 1000) -> dict[str, int]:
    """Bring the stored progress of a course's learners in progress up to date after its lessons
    changed (courses/publishing.py has the rules): lessons done and in the course, and the percent,
    which the catalogue and the trainers' rosters read. A completed round is left as it was
    completed. A learner who has now done every required lesson (one was removed or made optional)
    is completed, with the certificate the completion issues, each under their row lock.

    Runs in a background task (courses/tasks.py): its cost grows with the number of learners.
    Returns how many enrolments were updated and completed."""
    rules = lesson_rules_of(course_key)
    if not rules:
        # The course's lessons are all down (the course unpublished with them): nothing to count
        # against; progress is kept as it was until lessons are live again.
        return {"updated": 0, "completed": 0}
    lesson_keys = {rule.key for rule in rules}
    required_keys = {rule.key for rule in rules if rule.required} or lesson_keys
    total = len(lesson_keys)
    updated = completed = 0
    may_complete: list[int] = []
    last_pk = 0
    while True:
        # Each batch under its rows' locks, read again: a learner completing a lesson meanwhile waits,
        # and a round completed since is left alone. Batches go by key, so none is skipped.
        with transaction.atomic():
            batch = list(
                Enrollment.objects.select_for_update()
                .filter(course_key=course_key, pk__gt=last_pk)
                .exclude(status=Enrollment.Status.COMPLETED)
                .order_by("pk")[:batch_size]
            )
            if not batch:
                break
            last_pk = batch[-1].pk
            done: dict[int, set[UUID]] = {}
            for enrollment_id, lesson_key in LessonCompletion.objects.filter(
                enrollment__in=batch, cycle=F("enrollment__cycle"), lesson_key__in=lesson_keys
            ).values_list("enrollment_id", "lesson_key"):
                done.setdefault(enrollment_id, set()).add(lesson_key)
            changed = []
            for enrollment in batch:
                keys = done.get(enrollment.pk, set())
                figures = (len(keys), total, round(100 * len(keys) / total) if total else 0)
                if figures != (enrollment.lessons_done, enrollment.lessons_total, enrollment.percent):
                    enrollment.lessons_done, enrollment.lessons_total, enrollment.percent = figures
                    changed.append(enrollment)
                if required_keys <= keys:
                    may_complete.append(enrollment.pk)
            # The time a learner last worked (updated_at) is not touched: nothing was done by them.
            Enrollment.objects.bulk_update(changed, ["lessons_done", "lessons_total", "percent"])
            updated += len(changed)
    for enrollment in Enrollment.objects.filter(pk__in=may_complete).select_related("user"):
        with transaction.atomic():
            if course_completion_refresh(user=enrollment.user, course_key=course_key):
                completed += 1
    return {"updated": updated, "completed": completed}
