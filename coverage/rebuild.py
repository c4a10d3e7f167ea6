"""Every summary recomputed from the raw rows: after the national data set is generated, every
night, and in tests as the answer the incrementally kept summaries must equal."""

from collections import defaultdict

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from cascade.models import CohortMember
from certificates.models import Certificate
from courses.models import Enrollment
from courses.selectors import trainer_course_keys
from coverage.facts import TALLIED, CertificateRow, contribution, fact_values, lineage_of, tally_keys
from coverage.models import FollowUp, IssueTally, LearnerFact, LearnerTally, MasterTally, TrainerTally
from coverage.services import CERTIFICATE_FIELDS, TALLY_KEY_FIELDS, TALLY_MODELS
from lms.models import User
from quizzes.models import QuizResult

BATCH = 5000
COMPLETED = Enrollment.Status.COMPLETED


def facts_computed(today=None):
    """Every learner fact, as {(user_id, course_key): fields}, from the raw rows (six queries,
    each read once in a stream)."""
    today = today or timezone.localdate()
    enrollments = {
        (user_id, course_key): (
            region_id,
            timezone.localtime(enrolled_at).date(),
            status == Enrollment.Status.COMPLETED,
        )
        for user_id, course_key, region_id, enrolled_at, status in Enrollment.objects.values_list(
            "user_id", "course_key", "region_id", "enrolled_at", "status"
        ).iterator(chunk_size=BATCH)
    }
    certificates = defaultdict(list)
    for user_id, course_key, *row in Certificate.objects.values_list(
        "user_id", "course_key", *CERTIFICATE_FIELDS
    ).iterator(chunk_size=BATCH):
        certificates[user_id, course_key].append(CertificateRow(*row))
    results = defaultdict(dict)
    for user_id, course_key, role, first, passed in QuizResult.objects.values_list(
        "user_id", "course_key", "role", "first_percent", "passed"
    ).iterator(chunk_size=BATCH):
        results[user_id, course_key][role] = (first, passed)
    memberships = {
        (user_id, course_key): (trainer_id, generation)
        for user_id, course_key, trainer_id, generation in CohortMember.objects.values_list(
            "user_id", "course_key", "cohort__trainer_id", "cohort__trainer_generation"
        ).iterator(chunk_size=BATCH)
    }
    districts = dict(User.objects.filter(district__isnull=False).values_list("pk", "district_id").iterator(BATCH))
    trainer_courses = trainer_course_keys()

    # A fact's master trainer is read from its trainer's own trainer-course fact, one generation
    # up: compute the facts generation by generation, highest trainers first.
    masters = {}  # trainer id -> ((lowest trainer-course generation, course), their master)

    def master_of(trainer_id):
        rank, master = masters.get(trainer_id, (None, 0))
        if rank is None:
            return 0
        return trainer_id if rank[0] == 0 else master

    pending = []
    for key in enrollments.keys() | certificates.keys():
        rows = certificates.get(key, [])
        lineage_known = any(row.status != "revoked" and row.generation is not None for row in rows)
        membership = None if lineage_known else memberships.get(key)
        pending.append((key, rows, membership))
    facts = {}
    by_generation = defaultdict(list)
    for item in pending:
        _key, rows, membership = item
        by_generation[lineage_of(rows, membership)[0]].append(item)
    for generation in sorted(by_generation):
        computed = []
        for key, rows, membership in by_generation[generation]:
            fact = fact_values(
                enrollment=enrollments.get(key),
                district_id=districts.get(key[0]),
                certificates=rows,
                results=results.get(key, {}),
                membership=membership,
                master_of=master_of,
                today=today,
            )
            facts[key] = fact
            computed.append((key, fact))
        for (user_id, course_key), fact in computed:
            if course_key in trainer_courses and fact["certified"] and fact["generation_key"] >= 0:
                known = masters.get(user_id)
                rank = (fact["generation_key"], course_key)
                if known is None or rank < known[0]:
                    masters[user_id] = (rank, fact["master_key"])
    return facts


def tallies_computed(facts):
    """Every learner, trainer and master tally, as {name: {key: sums}}, summed from the facts."""
    tallies = {name: defaultdict(lambda: dict.fromkeys(TALLIED, 0)) for name in TALLY_MODELS}
    for (_user_id, course_key), fact in facts.items():
        values = contribution(fact)
        for name, key in tally_keys(course_key, fact).items():
            sums = tallies[name][key]
            for field, value in values.items():
                sums[field] += value
    return tallies


def issues_computed():
    """Certificates issued per course, region, district (0: the whole region) and day; a revoked
    certificate was issued in error and is not counted."""
    counts = {}
    rows = (
        Certificate.objects.filter(region__isnull=False)
        .not_revoked()
        .values("course_key", "region_id", "user__district_id", "issued_on")
        .annotate(issued=Count("pk"), first_issued=Count("pk", filter=Q(number=1)))
    )
    for row in rows.iterator(chunk_size=BATCH):
        for district_key in {0, row["user__district_id"] or 0}:
            key = (row["course_key"], row["region_id"], district_key, row["issued_on"])
            issued, first = counts.get(key, (0, 0))
            counts[key] = (issued + row["issued"], first + row["first_issued"])
    return counts


def summaries_rebuild(today=None, progress=None):
    """Replace every fact and tally with a recomputation from the raw rows, in one transaction.
    The follow-ups queued before the raw rows were read have nothing left to do (their queued
    task, if it still runs, changes nothing): their markers go, and with them the markers a
    failed or lost follow-up would leave on the dashboards for ever."""
    say = progress or (lambda message: None)
    began = timezone.now()
    facts = facts_computed(today)
    say(f"{len(facts)} learner facts computed")
    tallies = tallies_computed(facts)
    issues = issues_computed()
    with transaction.atomic():
        for model in (LearnerFact, LearnerTally, TrainerTally, MasterTally, IssueTally):
            model.objects.all().delete()
        FollowUp.objects.filter(queued_at__lt=began).delete()
        _bulk(
            LearnerFact,
            (
                LearnerFact(user_id=user_id, course_key=course_key, **fact)
                for (user_id, course_key), fact in facts.items()
            ),
        )
        for name, model in TALLY_MODELS.items():
            fields = TALLY_KEY_FIELDS[name]
            _bulk(model, (model(**dict(zip(fields, key, strict=True)), **sums) for key, sums in tallies[name].items()))
        _bulk(
            IssueTally,
            (
                IssueTally(
                    course_key=course_key,
                    region_id=region_id,
                    district_key=district_key,
                    day=day,
                    issued=issued,
                    first_issued=first,
                )
                for (course_key, region_id, district_key, day), (issued, first) in issues.items()
            ),
        )
    say("summaries written")
    return len(facts)


def _bulk(model, objects):
    batch = []
    for item in objects:
        batch.append(item)
        if len(batch) == BATCH:
            model.objects.bulk_create(batch)
            batch = []
    if batch:
        model.objects.bulk_create(batch)
