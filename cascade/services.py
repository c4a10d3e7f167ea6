"""Writes of the cascade: opening a cohort and joining one, each exactly once."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from cascade.codes import new_join_code
from cascade.models import Cohort, CohortMember
from cascade.selectors import trainer_generation
from courses.models import CoursePage
from courses.services import enrollment_create

CODE_ATTEMPTS = 5


class CascadeRefusal(Exception):
    """Something the user asked cannot be done; the message says why, in their language."""


def cohort_open(
    *,
    trainer,
    course,
    name,
    region,
    starts_on,
    ends_on,
    capacity,
    district=None,
    delivery=Cohort.Delivery.IN_PERSON,
    venue="",
    attendance_required=False,
    attendance_percent=80,
):
    """Open a cohort for a course. Only a trainer (a valid trainer-level certificate with a
    generation) may; the cohort keeps their generation, so their trainees are the next one."""
    generation = trainer_generation(trainer)
    if generation is None:
        raise CascadeRefusal(_("Only trainers open cohorts: you need a valid trainer certificate."))
    for attempt in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                return Cohort.objects.create(
                    trainer=trainer,
                    trainer_generation=generation,
                    course_key=course.translation_key,
                    name=name,
                    region=region,
                    district=district,
                    delivery=delivery,
                    venue=venue,
                    starts_on=starts_on,
                    ends_on=ends_on,
                    capacity=capacity,
                    attendance_required=attendance_required,
                    attendance_percent=attendance_percent,
                    join_code=new_join_code(),
                )
        except IntegrityError:
            if attempt == CODE_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def cohort_join(*, user, cohort, today=None):
    """Join a cohort and its course. Joining again returns the same membership; a learner already
    in another cohort of the course, or a cohort that is closed, ended or full, is refused. A
    learner who enrolled alone keeps their progress. The cohort row is locked, so concurrent
    joins fill it one at a time and never past its capacity (also a database constraint)."""
    today = today or timezone.localdate()
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        existing = CohortMember.objects.filter(user=user, course_key=cohort.course_key).first()
        if existing is not None:
            if existing.cohort_id == cohort.pk:
                return existing
            raise CascadeRefusal(_("You are already in another group for this course."))
        if cohort.trainer_id == user.pk:
            raise CascadeRefusal(_("This is your own group: trainees join it, not its trainer."))
        if cohort.is_closed:
            raise CascadeRefusal(_("This group is closed to new trainees. Ask the trainer."))
        if cohort.ends_on < today:
            raise CascadeRefusal(_("This group has ended. Ask the trainer about a new one."))
        if cohort.member_count >= cohort.capacity:
            raise CascadeRefusal(_("This group is full. Ask the trainer about another one."))
        course = CoursePage.objects.filter(translation_key=cohort.course_key).first()
        if course is None:
            raise CascadeRefusal(_("The course of this group is no longer offered."))
        try:
            with transaction.atomic():
                membership = CohortMember.objects.create(cohort=cohort, user=user, course_key=cohort.course_key)
        except IntegrityError:  # joined another cohort of the course at the same moment
            raise CascadeRefusal(_("You are already in another group for this course.")) from None
        Cohort.objects.filter(pk=cohort.pk).update(member_count=F("member_count") + 1)
        enrollment_create(user=user, course=course)
    return membership
