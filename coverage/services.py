"""The writes of the coverage app: its own summary rows, nothing else.

`learner_fact_refresh` and `certificate_count` are called by the other apps' services (through
`lms.changes`) inside the transaction that changed a learner, so the tallies change with the
raw rows or not at all. `summaries_rebuild` recomputes everything from the raw rows (after the
national data set is generated, and every night to settle what no service saw: a certificate
expired by the calendar, a district deleted from under its people).
"""

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from cascade.models import CohortMember
from certificates.models import Certificate
from courses.models import CoursePage, Enrollment
from coverage.facts import FACT_FIELDS, CertificateRow, contribution, fact_values, tally_keys
from coverage.models import IssueTally, LearnerFact, LearnerTally, MasterTally, TrainerTally
from lms.models import User
from quizzes.models import QuizResult

TALLY_MODELS = {"learner": LearnerTally, "trainer": TrainerTally, "master": MasterTally}
TALLY_KEY_FIELDS = {
    "learner": ("course_key", "region_id", "district_key", "generation_key", "month"),
    "trainer": ("trainer_key", "course_key", "region_id"),
    "master": ("master_key", "course_key", "region_id"),
}
CERTIFICATE_FIELDS = ("number", "status", "issued_on", "expires_on", "region_id", "generation", "trainer_id")


def trainer_course_keys():
    return set(
        CoursePage.objects.filter(audience=CoursePage.Audience.TRAINER).values_list("translation_key", flat=True)
    )


def master_of_trainer(trainer_id):
    """A trainer's master trainer: themself at generation 0, else the master trainer above the
    trainer-course certificate that made them a trainer (its lowest generation, then the course
    key, so the rebuild picks the same one). 0 if unknown."""
    fact = (
        LearnerFact.objects.filter(
            user_id=trainer_id, course_key__in=trainer_course_keys_query(), generation_key__gte=0, certified=True
        )
        .order_by("generation_key", "course_key")
        .values("generation_key", "master_key")
        .first()
    )
    if fact is None:
        return 0
    return trainer_id if fact["generation_key"] == 0 else fact["master_key"]


def trainer_course_keys_query():
    return CoursePage.objects.filter(audience=CoursePage.Audience.TRAINER).values("translation_key")


def _add(model, key, delta):
    """Add `delta` to the tally row at `key`, creating it the first time. The update is one
    statement, so concurrent writers add up; a row created at the same moment is added to."""
    changes = {name: value for name, value in delta.items() if value}
    if not changes:
        return
    increments = {name: F(name) + value for name, value in changes.items()}
    if model.objects.filter(**key).update(**increments):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, **changes)
    except IntegrityError:
        model.objects.filter(**key).update(**increments)


def _apply(course_key, old, new):
    old_keys, new_keys = tally_keys(course_key, old), tally_keys(course_key, new)
    old_values = contribution(old) if old else None
    new_values = contribution(new) if new else None
    for name in sorted(TALLY_MODELS):  # one order everywhere, so concurrent writers do not deadlock
        model, fields = TALLY_MODELS[name], TALLY_KEY_FIELDS[name]
        before, after = old_keys.get(name), new_keys.get(name)
        if before is not None and before == after:
            delta = {field: new_values[field] - old_values[field] for field in new_values}
            _add(model, dict(zip(fields, after, strict=True)), delta)
            continue
        if before is not None:
            _add(model, dict(zip(fields, before, strict=True)), {field: -value for field, value in old_values.items()})
        if after is not None:
            _add(model, dict(zip(fields, after, strict=True)), new_values)


def learner_fact_read(*, user_id, course_key, today):
    """The learner's fact as it should be now, computed from their raw rows (four to six queries)."""
    enrollment = (
        Enrollment.objects.filter(user_id=user_id, course_key=course_key)
        .values_list("region_id", "enrolled_at", "status", "user__district_id")
        .first()
    )
    certificates = [
        CertificateRow(*row)
        for row in Certificate.objects.filter(user_id=user_id, course_key=course_key).values_list(*CERTIFICATE_FIELDS)
    ]
    if enrollment is None and not certificates:
        return None
    if enrollment is not None:
        *enrollment, district_id = enrollment
    else:
        district_id = User.objects.filter(pk=user_id).values_list("district_id", flat=True).first()
    results = {
        role: (first, passed)
        for role, first, passed in QuizResult.objects.filter(user_id=user_id, course_key=course_key).values_list(
            "role", "first_percent", "passed"
        )
    }
    membership = None
    if not any(row.status != "revoked" and row.generation is not None for row in certificates):
        membership = (
            CohortMember.objects.filter(user_id=user_id, course_key=course_key)
            .values_list("cohort__trainer_id", "cohort__trainer_generation")
            .first()
        )
    if enrollment is not None:
        region_id, enrolled_at, status = enrollment
        enrollment = (region_id, timezone.localtime(enrolled_at).date(), status == Enrollment.Status.COMPLETED)
    return fact_values(
        enrollment=enrollment,
        district_id=district_id,
        certificates=certificates,
        results=results,
        membership=membership,
        master_of=master_of_trainer,
        today=today,
    )


def learner_fact_refresh(*, user_id, course_key, today=None, _followed=None):
    """Bring one learner's fact for a course up to date, and move what it counts in every tally
    from its old place to its new one. The fact row is locked, so two writers refresh in turn.
    When a trainer's master trainer changes (their trainer certificate is issued or revoked),
    their trainees' facts follow, generation by generation; `_followed` holds the trainers
    followed already, so records that loop (A trained B, B trained A) end after one turn."""
    today = today or timezone.localdate()
    followed = _followed if _followed is not None else set()
    with transaction.atomic(savepoint=False):
        new = learner_fact_read(user_id=user_id, course_key=course_key, today=today)
        stored = LearnerFact.objects.select_for_update().filter(user_id=user_id, course_key=course_key).first()
        old = {field: getattr(stored, field) for field in FACT_FIELDS} if stored else None
        if old == new:
            return
        # Whether this learner leads back to a master trainer as a trainer can change only with a
        # trainer-course fact's lineage; their trainees' facts follow that, one generation down.
        master_before = None
        if _trainer_lineage(old) != _trainer_lineage(new) and _is_trainer_course(course_key):
            master_before = master_of_trainer(user_id)
        if stored is None:
            try:
                with transaction.atomic():
                    LearnerFact.objects.create(user_id=user_id, course_key=course_key, **new)
            except IntegrityError:  # created by a concurrent refresh: take the row and start again
                return learner_fact_refresh(user_id=user_id, course_key=course_key, today=today, _followed=followed)
        elif new is None:
            stored.delete()
        else:
            LearnerFact.objects.filter(pk=stored.pk).update(**new)
        _apply(course_key, old, new)
        if master_before is not None and user_id not in followed and master_of_trainer(user_id) != master_before:
            followed.add(user_id)
            trainees = LearnerFact.objects.filter(trainer_key=user_id).exclude(user_id=user_id)
            for trainee_id, trainee_course in trainees.values_list("user_id", "course_key").order_by("pk"):
                learner_fact_refresh(user_id=trainee_id, course_key=trainee_course, today=today, _followed=followed)


def _trainer_lineage(fact):
    """What `master_of_trainer` reads of a fact: only a certified one in the cascade counts."""
    if fact is None or not fact["certified"] or fact["generation_key"] < 0:
        return None
    return fact["generation_key"], fact["master_key"]


def _is_trainer_course(course_key):
    return trainer_course_keys_query().filter(translation_key=course_key).exists()


def certificate_count(*, certificate, sign=1):
    """Count a new certificate on its day, in its region and in its holder's district."""
    if certificate.region_id is None:
        return
    delta = {"issued": sign, "first_issued": sign * int(certificate.number == 1)}
    districts = [0]
    district_id = certificate.user.district_id
    if district_id:
        districts.append(district_id)
    for district_key in districts:
        _add(
            IssueTally,
            {
                "course_key": certificate.course_key,
                "region_id": certificate.region_id,
                "district_key": district_key,
                "day": certificate.issued_on,
            },
            delta,
        )


def certificate_uncount(*, certificate):
    """A revoked certificate was issued in error: take it out of the counts of its day (and so
    of the 30 days, the period, the months and the pace)."""
    certificate_count(certificate=certificate, sign=-1)


def district_move(*, user_id, district_before):
    """A person moved to another district (or into one, or out of all): their facts follow, each
    moving its learner counts, and the certificates issued to them move from the old district's
    issue counts to the new one's, as the recount would place them."""
    district_after = User.objects.filter(pk=user_id).values_list("district_id", flat=True).first()
    courses = LearnerFact.objects.filter(user_id=user_id).order_by("course_key").values_list("course_key", flat=True)
    for course_key in list(courses):
        learner_fact_refresh(user_id=user_id, course_key=course_key)
    issued = (
        Certificate.objects.filter(user_id=user_id, region__isnull=False)
        .exclude(status=Certificate.Status.REVOKED)
        .values("course_key", "region_id", "issued_on")
        .annotate(issued=Count("pk"), first_issued=Count("pk", filter=Q(number=1)))
        .order_by("course_key", "region_id", "issued_on")
    )
    for row in issued:
        for district_key, sign in ((district_before, -1), (district_after, 1)):
            if district_key:
                _add(
                    IssueTally,
                    {
                        "course_key": row["course_key"],
                        "region_id": row["region_id"],
                        "district_key": district_key,
                        "day": row["issued_on"],
                    },
                    {"issued": sign * row["issued"], "first_issued": sign * row["first_issued"]},
                )
