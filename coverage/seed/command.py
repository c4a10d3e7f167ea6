"""Run the generator: refuse a database with real people, do nothing when the same data set is
there already, and otherwise replace any earlier synthetic programme with this one."""

import time

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from cascade.models import Cohort, CohortMember
from certificates.models import Certificate, CertificateEvent
from courses.models import Enrollment, LessonCompletion
from coverage.models import LearnerFact
from coverage.rebuild import summaries_rebuild
from coverage.seed.plan import programme_plan
from coverage.seed.write import DEMO_DOMAIN, courses_for_seed, plan_write, seed_domain
from lms.models import District, User
from quizzes.models import QuizAttempt, QuizResult


class SeedRefused(Exception):
    """The generator will not run here; the message says why and what to do."""


def seeded_people():
    return User.objects.filter(email__regex=r"@seed[0-9]+\.invalid$")


def real_people():
    """People who are neither demo accounts nor synthetic: a database someone uses."""
    return (
        User.objects.exclude(email__iendswith="@" + DEMO_DOMAIN)
        .exclude(pk__in=seeded_people().values("pk"))
        .exclude(is_superuser=True, email__iendswith=".invalid")
    )


def seed_remove(say):
    """Delete every synthetic person and what they did, table by table (no cascade collector)."""
    people = seeded_people().values("pk")
    with transaction.atomic():
        LearnerFact.objects.filter(user__in=people).delete()  # the summaries are rebuilt afterwards
        CertificateEvent.objects.filter(certificate__user__in=people).delete()
        Certificate.objects.filter(trainer__in=people).exclude(user__in=people).update(trainer=None)
        Certificate.objects.filter(user__in=people).delete()
        QuizAttempt.objects.filter(user__in=people).delete()
        QuizResult.objects.filter(user__in=people).delete()
        LessonCompletion.objects.filter(enrollment__user__in=people).delete()
        Enrollment.objects.filter(user__in=people).delete()
        CohortMember.objects.filter(Q(user__in=people) | Q(cohort__trainer__in=people)).delete()
        Cohort.objects.filter(trainer__in=people).delete()
        User.groups.through.objects.filter(user__in=people).delete()
        count = seeded_people()._raw_delete(seeded_people().db)
    say(f"removed {count} synthetic people")


def generated_on(domain):
    """The day a synthetic programme was generated for: its latest enrolment (None if it has none)."""
    latest = Enrollment.objects.filter(user__email__endswith="@" + domain).aggregate(latest=Max("enrolled_at"))
    return timezone.localtime(latest["latest"]).date() if latest["latest"] else None


def seed_national(*, teachers, seed, force=False, say=print, today=None, renew_after_days=None):
    """Generate the programme; returns a summary line. Raises SeedRefused. With
    `renew_after_days`, a programme generated longer ago than that is generated afresh for today
    (the demo: its groups, recent certificates and pace would otherwise age out of view)."""
    if teachers < 100 or teachers > 1_000_000:
        raise SeedRefused("Choose between 100 and 1,000,000 teachers.")
    real = real_people().exists()
    if real and not force:
        raise SeedRefused(
            "This database holds real people (accounts that are neither demo nor synthetic). "
            "Run with --force to add synthetic data anyway."
        )
    courses = courses_for_seed()
    if courses is None:
        raise SeedRefused(
            "A teacher course and a trainer course are needed first: run `make run` (the demo) or add them."
        )
    domain = seed_domain(seed)
    today = today or timezone.localdate()
    if User.objects.filter(email__endswith="@" + domain).count() == teachers:
        made_on = generated_on(domain)
        fresh = renew_after_days is None or (made_on is not None and (today - made_on).days <= renew_after_days)
        if fresh:
            return f"The synthetic programme of seed {seed} with {teachers} teachers is already there."
        say(f"the synthetic programme was generated for {made_on}: generating it again for {today}")
    started = time.monotonic()
    if seeded_people().exists():
        seed_remove(say)
    districts = {}
    for district_id, code in District.objects.values_list("pk", "region__code").order_by("pk"):
        districts.setdefault(code, []).append(district_id)
    plan = programme_plan(teachers=teachers, seed=seed, today=today, districts=districts)
    say(f"planned: {len(plan.cohorts)} groups, {len(plan.learnings)} enrolments ({time.monotonic() - started:.0f} s)")
    written = plan_write(plan, seed=seed, courses=courses, say=say, keep_targets=real)
    say(f"written ({time.monotonic() - started:.0f} s); rebuilding the summaries")
    summaries_rebuild(today=today, progress=say)
    counts = ", ".join(f"{number} {name}" for name, number in written.items())
    return f"Synthetic programme of seed {seed}: {counts} in {time.monotonic() - started:.0f} s."
