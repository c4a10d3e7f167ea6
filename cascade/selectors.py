"""Reads of the cascade: a trainer's generation, and the lineage a completing trainee's
certificate records."""

from django.db.models import Min
from django.utils import timezone

from cascade.models import CohortMember
from certificates.lineage import Lineage
from certificates.models import Certificate
from courses.models import CoursePage


def trainer_course_keys():
    return CoursePage.objects.filter(audience=CoursePage.Audience.TRAINER).values("translation_key")


def trainer_generation(user, today=None):
    """The user's generation as a trainer, or None when they are not one: the lowest generation on
    their valid certificates of trainer-level courses (0 for an imported master trainer). A
    trainer certificate earned outside any cohort has no generation and makes no trainer. One query."""
    today = today or timezone.localdate()
    return Certificate.objects.filter(
        user=user,
        status=Certificate.Status.VALID,
        expires_on__gte=today,
        generation__isnull=False,
        course_key__in=trainer_course_keys(),
    ).aggregate(generation=Min("generation"))["generation"]


def cohort_lineage(*, enrollment):
    """The lineage provider of the certificates app: the trainee's cohort for the course, its
    trainer, and generation = the trainer's generation + 1. None for a learner in no cohort."""
    membership = (
        CohortMember.objects.filter(user_id=enrollment.user_id, course_key=enrollment.course_key)
        .select_related("cohort__trainer")
        .first()
    )
    if membership is None:
        return None
    cohort = membership.cohort
    return Lineage(
        trainer_id=cohort.trainer_id,
        trainer_name=cohort.trainer.full_name,
        cohort_id=cohort.pk,
        generation=cohort.trainer_generation + 1,
    )
