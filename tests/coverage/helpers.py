"""Hand-made data sets for the coverage tests: people, certificates, scores and groups.

Certificates and scores made here bypass the services, so call `summaries_rebuild()` once the
data set is complete; groups and joins go through the cascade's services.
"""

import uuid
from datetime import timedelta

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import override

from cascade.models import Cohort
from cascade.services import cohort_join, cohort_open
from coverage.catalogue import table_for
from coverage.filters import filters_from
from lms import roles
from lms.models import Region
from quizzes.models import QuizResult
from tests.factories import CertificateFactory, UserFactory


def today():
    return timezone.localdate()


def days_ago(days):
    return today() - timedelta(days=days)


def region(code):
    return Region.objects.get(code=code)


def target(code, number):
    Region.objects.filter(code=code).update(teacher_target=number)


def person(code="KZ-35", **fields):
    return UserFactory(region=region(code) if code else None, **fields)


def certificate(course, user, *, issued_on=None, expires_on=None, **fields):
    """A certificate of the course for `user`, issued 200 days ago and valid for two years unless told."""
    issued_on = issued_on or days_ago(200)
    return CertificateFactory(
        user=user,
        course_key=course.translation_key,
        issued_on=issued_on,
        expires_on=expires_on or issued_on + timedelta(days=730),
        **fields,
    )


def holder(course, code="KZ-35", *, district=None, full_name=None, **fields):
    """A new person of the region holding a certificate of the course."""
    extra = {"full_name": full_name} if full_name else {}
    return certificate(course, person(code, district=district, **extra), **fields)


def revoked(course, code="KZ-35", **fields):
    return holder(
        course,
        code,
        status="revoked",
        revoked_at=timezone.now(),
        revoked_reason="Issued in error",
        **fields,
    )


def trainer(programme, master, code="KZ-35", **fields):
    """A first-generation trainer: trained by the master trainer in the trainer course."""
    user = person(code, roles=[roles.TRAINERS], **fields)
    certificate(programme[1], user, trainer=master, generation=1)
    return user


def group(trainer_user, course, code="KZ-35", *, starts_on=None, ends_on=None, district=None, closed=False):
    """A group the trainer opened through the service, running from yesterday for 30 days unless told."""
    starts_on = starts_on or days_ago(1)
    cohort = cohort_open(
        trainer=trainer_user,
        course=course,
        name=f"Group of {trainer_user.full_name}",
        region=region(code),
        district=district,
        starts_on=starts_on,
        ends_on=ends_on or starts_on + timedelta(days=30),
        capacity=60,
    )
    if closed:
        Cohort.objects.filter(pk=cohort.pk).update(is_closed=True)
        cohort.refresh_from_db()
    return cohort


def trainee(cohort, code="KZ-35", **scores_given):
    """A new person who joined the group (through the service), with first-attempt scores."""
    user = person(code)
    cohort_join(user=user, cohort=cohort)
    scores(cohort.course_key, user, **scores_given)
    return user


def scores(course_key, user, *, pre=None, final=None, passed=None):
    """The learner's first-attempt results: a final passes at 70% unless told."""
    for role, percent in (("pre", pre), ("final", final)):
        if percent is None:
            continue
        QuizResult.objects.create(
            user=user,
            quiz_key=uuid.uuid4(),
            course_key=course_key,
            role=role,
            region=user.region,
            attempts_started=1,
            attempts_submitted=1,
            first_percent=percent,
            best_percent=percent,
            passed=role == "final" and (percent >= 70 if passed is None else passed),
        )


def trained(trainer_user, course, finals, code="KZ-35"):
    """People of the region the trainer trained (generation 2), certified 10 days ago, with
    these first final scores."""
    for final in finals:
        user = certificate(course, person(code), trainer=trainer_user, generation=2, issued_on=days_ago(10)).user
        scores(course.translation_key, user, final=final)


def filters(course, **params):
    query = {"course": str(course.translation_key), **params}
    return filters_from(query)


def table(slug, course, **params):
    """A table as the English page shows it, its translated words resolved to text."""
    with override("en"):
        built = table_for(slug, filters(course, **params))
        built.rows = [_resolved(row) for row in built.rows]
        built.footer = _resolved(built.footer) if built.footer else None
        return built


def _resolved(row):
    return {key: str(value) if isinstance(value, Promise) else value for key, value in row.items()}


def by_name(rows, key="name"):
    return {str(row[key]): row for row in rows}


def answers(attempt, right):
    """Every question of the attempt answered rightly or wrongly."""
    return {
        question["key"]: next(option["key"] for option in question["options"] if option["correct"] is right)
        for question in attempt.snapshot["questions"]
    }
