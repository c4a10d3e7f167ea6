"""Reads of the cascade: a trainer's generation, and the lineage a completing trainee's
certificate records."""

from dataclasses import dataclass

from django.db.models import Min
from django.utils import timezone

from cascade.models import Cohort, CohortMember
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


def course_titles(course_keys, language):
    """Title and URL of each course in the given language, else in any (one query)."""
    found = {}
    pages = CoursePage.objects.live().filter(translation_key__in=set(course_keys)).select_related("locale")
    for page in sorted(pages, key=lambda page: page.locale.language_code == language):
        found[page.translation_key] = (page.title, page.url)  # the page in the language is written last
    return found


@dataclass
class CohortSummary:
    cohort: Cohort
    trainer_name: str
    course_title: str
    course_url: str | None
    places_left: int
    ended: bool


def cohort_summary(*, code, language, today=None):
    """What a teacher with the code sees of a group before joining (two queries), or None."""
    today = today or timezone.localdate()
    cohort = Cohort.objects.select_related("trainer").filter(join_code=code).first() if code else None
    if cohort is None:
        return None
    title, url = course_titles([cohort.course_key], language).get(cohort.course_key, ("", None))
    return CohortSummary(
        cohort=cohort,
        trainer_name=cohort.trainer.full_name,
        course_title=title,
        course_url=url,
        places_left=max(0, cohort.capacity - cohort.member_count),
        ended=cohort.ends_on < today,
    )


def cohorts_led_by(*, user, language):
    """A trainer's groups, newest first, each with its course title (two queries)."""
    cohorts = list(Cohort.objects.filter(trainer=user).order_by("-starts_on", "-pk"))
    titles = course_titles([cohort.course_key for cohort in cohorts], language)
    for cohort in cohorts:
        cohort.course_title = titles.get(cohort.course_key, ("", None))[0]
    return cohorts
