"""The writes of the coverage app: its own summary rows, nothing else.

`learner_fact_refresh` and `certificate_count` are called by the other apps' services (through
`lms.hooks`) inside the transaction that changed a learner, so the tallies change with the
raw rows or not at all. What grows with the data is queued instead: when a trainer's master
trainer changes, their trainees' facts follow in a task (`follow_up_queue`, `trainees_follow`),
and a `FollowUp` row marks the trainer until it has run. `summaries_rebuild` recomputes
everything from the raw rows (after the national data set is generated, and every night to
settle what no service saw: a certificate expired by the calendar, a district deleted from
under its people).
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any
from uuid import UUID, uuid4

from django.db import IntegrityError, OperationalError, transaction
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from cascade.models import CohortMember
from certificates.models import Certificate
from courses.models import Enrollment
from courses.selectors import trainer_course_keys_query
from coverage.facts import FACT_FIELDS, CertificateRow, contribution, fact_values, tally_keys
from coverage.models import FollowUp, IssueTally, LearnerFact, LearnerTally, MasterTally, TrainerTally
from lms.models import User
from quizzes.models import QuizResult

TALLY_MODELS: dict[str, type[LearnerTally] | type[TrainerTally] | type[MasterTally]] = {
    "learner": LearnerTally,
    "trainer": TrainerTally,
    "master": MasterTally,
}
TALLY_KEY_FIELDS = {
    "learner": ("course_key", "region_id", "district_key", "generation_key", "month"),
    "trainer": ("trainer_key", "course_key", "region_id"),
    "master": ("master_key", "course_key", "region_id"),
}
CERTIFICATE_FIELDS = ("number", "status", "issued_on", "expires_on", "region_id", "generation", "trainer_id")


def master_of_trainer(trainer_id: int) -> int:
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


def _add(
    model: type[LearnerTally] | type[TrainerTally] | type[MasterTally] | type[IssueTally],
    key: dict[str, Any],
    delta: Mapping[str, float],
) -> None:
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


TallyModel = type[LearnerTally] | type[TrainerTally] | type[MasterTally]
TallyAdd = Callable[[str, tuple[Any, ...], Mapping[str, float]], None]


def _add_now(name: str, key: tuple[Any, ...], delta: Mapping[str, float]) -> None:
    _add(TALLY_MODELS[name], dict(zip(TALLY_KEY_FIELDS[name], key, strict=True)), delta)


class _TallyDeltas:
    """The tally changes of many refreshes, added up in memory and written at the end, in one
    order (model, then key) that every batch follows. A follow-up batch locks its tally rows only
    after all its facts, for a handful of statements, instead of interleaving tally locks with
    ~1,000 statements of reads, where a learner's request locking the same rows in its own order
    could deadlock with it (and could be the one PostgreSQL aborts)."""

    def __init__(self) -> None:
        self.deltas: defaultdict[tuple[str, tuple[Any, ...]], Counter[str]] = defaultdict(Counter)

    def add(self, name: str, key: tuple[Any, ...], delta: Mapping[str, float]) -> None:
        self.deltas[name, key].update(delta)

    def write(self) -> None:
        for (name, key), delta in sorted(self.deltas.items(), key=lambda item: (item[0][0], str(item[0][1]))):
            _add_now(name, key, delta)
        self.deltas.clear()


def _apply(course_key: UUID, old: dict[str, Any] | None, new: dict[str, Any] | None, add: TallyAdd = _add_now) -> None:
    old_keys, new_keys = tally_keys(course_key, old), tally_keys(course_key, new)
    # Read only where the fact has tally keys, which only a fact that exists has.
    old_values: dict[str, float] = contribution(old) if old else {}
    new_values: dict[str, float] = contribution(new) if new else {}
    for name in sorted(TALLY_MODELS):  # one order everywhere, so concurrent writers do not deadlock
        before, after = old_keys.get(name), new_keys.get(name)
        if before is not None and before == after:
            add(name, after, {field: new_values[field] - old_values[field] for field in new_values})
            continue
        if before is not None:
            add(name, before, {field: -value for field, value in old_values.items()})
        if after is not None:
            add(name, after, new_values)


def learner_fact_read(*, user_id: int, course_key: UUID, today: date) -> dict[str, Any] | None:
    """The learner's fact as it should be now, computed from their raw rows (four to six queries)."""
    enrolled = (
        Enrollment.objects.filter(user_id=user_id, course_key=course_key)
        .values_list("region_id", "enrolled_at", "status", "user__district_id")
        .first()
    )
    certificates = [
        CertificateRow(*row)
        for row in Certificate.objects.filter(user_id=user_id, course_key=course_key).values_list(*CERTIFICATE_FIELDS)
    ]
    if enrolled is None and not certificates:
        return None
    if enrolled is not None:
        district_id: int | None = enrolled[3]
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
    enrollment = None
    if enrolled is not None:
        region_id, enrolled_at, status, _district_id = enrolled
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


def learner_fact_refresh(*, user_id: int, course_key: UUID, today: date | None = None) -> None:
    """Bring one learner's fact for a course up to date, and move what it counts in every tally
    from its old place to its new one, in the caller's transaction. The fact row is locked, so two
    writers refresh in turn. When a trainer's master trainer changes (their trainer certificate is
    issued or revoked), their trainees' facts must follow, generation by generation: that work
    grows with the trainer's subtree, so it is queued (`follow_up_queue`) instead of done here,
    and the caller's transaction stays at a fixed number of queries (docs/architecture.md §5)."""
    if _fact_refresh(user_id=user_id, course_key=course_key, today=today or timezone.localdate()):
        follow_up_queue(follow=[(user_id, [])])


def _fact_refresh(*, user_id: int, course_key: UUID, today: date, add: TallyAdd = _add_now) -> bool:
    """Refresh one fact and its tallies (written at once, or handed to `add`); True when the
    learner, as a trainer, now leads back to another master trainer and has trainees whose facts
    must follow."""
    with transaction.atomic(savepoint=False):
        new = learner_fact_read(user_id=user_id, course_key=course_key, today=today)
        stored = LearnerFact.objects.select_for_update().filter(user_id=user_id, course_key=course_key).first()
        old = {field: getattr(stored, field) for field in FACT_FIELDS} if stored else None
        if old == new:
            return False
        # Whether this learner leads back to a master trainer as a trainer can change only with a
        # trainer-course fact's lineage; their trainees' facts follow that, one generation down.
        master_before = None
        if _trainer_lineage(old) != _trainer_lineage(new) and _is_trainer_course(course_key):
            master_before = master_of_trainer(user_id)
        if stored is None:
            assert new is not None  # for mypy: with no row, old is None, and old == new returned above
            try:
                with transaction.atomic():
                    LearnerFact.objects.create(user_id=user_id, course_key=course_key, **new)
            except IntegrityError:  # created by a concurrent refresh: take the row and start again
                return _fact_refresh(user_id=user_id, course_key=course_key, today=today, add=add)
        elif new is None:
            stored.delete()
        else:
            LearnerFact.objects.filter(pk=stored.pk).update(**new)
        _apply(course_key, old, new, add)
        return (
            master_before is not None
            and master_of_trainer(user_id) != master_before
            and _trainees(user_id).exists()  # most new trainers have nobody to follow yet: no task
        )


def _trainees(trainer_id: int) -> "QuerySet[LearnerFact]":
    """The facts of the people who name `trainer_id` as their trainer (one index: trainer_key)."""
    return LearnerFact.objects.filter(trainer_key=trainer_id).exclude(user_id=trainer_id)


# Trainees refreshed in one transaction by a follow-up: about ten queries each, so a batch holds
# its row locks for a fraction of a second, whatever the size of the trainer's subtree. The
# trainers of the next generation found in one batch are queued together, as one task. A batch
# writes its tallies last, in one order (_TallyDeltas); should it still deadlock with a learner's
# request, it is undone and tried again.
FOLLOW_UP_BATCH = 100
FOLLOW_UP_ATTEMPTS = 3


def follow_up_queue(*, follow: list[tuple[int, list[int]]]) -> None:
    """Queue the refresh of the trainees of each trainer in `follow`, given with the trainers
    followed on the way down to them (the task `coverage.tasks.trainees_follow`), and mark each
    trainer as being followed, so the dashboards say their figures are being updated. Two
    queries, whatever the number of trainers (at most FOLLOW_UP_BATCH).

    Both happen in the caller's transaction, not through `transaction.on_commit`: with the
    database backend the task's row commits with the change that needs it or not at all (a worker
    cannot claim it before the commit, and no crash between a commit and an on_commit callback
    can lose it), and the markers commit with it. The immediate backend of the tests runs the
    task at once, inside the caller's transaction, as the refresh ran before it was a task.

    The path travels with each trainer as a JSON list of ids: a trainee on it is not followed
    again, so records that loop (A trained B, B trained A) end; it is as long as the chain of
    trainers above, not as the subtree. The marker is one row per trainer; a new follow-up of the
    same trainer takes it over with a new token, so the earlier run, finishing, leaves it to the
    later one."""
    from coverage.tasks import trainees_follow  # the task module imports this one

    token, now = uuid4(), timezone.now()
    trainer_ids = [trainer_id for trainer_id, _path in follow]
    # One upsert: a marker made at the same moment by another writer is taken over too (an update
    # then an insert ignoring conflicts would leave that writer's token, and its run would clear
    # the marker while this follow-up still waits).
    FollowUp.objects.bulk_create(
        [FollowUp(trainer_key=trainer_id, token=token, queued_at=now) for trainer_id in trainer_ids],
        update_conflicts=True,
        unique_fields=["trainer_key"],
        update_fields=["token", "queued_at"],
    )
    trainees_follow.enqueue(follow=[[trainer_id, list(path)] for trainer_id, path in follow], token=str(token))


def trainees_follow(*, follow: list[list], token: str) -> dict[str, int]:
    """Refresh the facts of everyone the trainers in `follow` ([trainer id, path] pairs) trained,
    FOLLOW_UP_BATCH at a time, each batch in a transaction of its own; queue the same for the
    trainees whose master trainer changed with it (the next generation), one task per batch; then
    clear the trainers' markers that are still this run's. Returns how many trainees' facts it
    read and how many trainers it queued in turn.

    Idempotent: a fact moves its tallies by the difference between its stored and its recomputed
    values, under its row lock, so a second or concurrent run of the same follow-up finds
    nothing left to change and counts nothing twice."""
    followed = {trainer_id: [*path, trainer_id] for trainer_id, path in follow}
    today = timezone.localdate()
    done, after = {"trainees": 0, "queued": 0}, 0
    while True:
        for attempt in range(1, FOLLOW_UP_ATTEMPTS + 1):
            try:
                read, last, queued = _follow_batch(followed, after=after, today=today)
                break
            except OperationalError:  # a deadlock with a learner's request: the batch is undone
                if attempt == FOLLOW_UP_ATTEMPTS:
                    raise
        done["trainees"] += read
        done["queued"] += queued
        if read < FOLLOW_UP_BATCH:
            break
        after = last
    FollowUp.objects.filter(trainer_key__in=list(followed), token=token).delete()
    return done


def _follow_batch(followed: dict[int, list[int]], *, after: int, today: date) -> tuple[int, int, int]:
    """One batch of a follow-up, in one transaction: the next FOLLOW_UP_BATCH trainee facts after
    the fact id `after`, then one task for the trainees to follow in turn. Returns how many facts
    it read, the last one's id and how many trainees it queued."""
    with transaction.atomic():
        batch = list(
            LearnerFact.objects.filter(trainer_key__in=list(followed), pk__gt=after)
            .order_by("pk")
            .values_list("pk", "user_id", "course_key", "trainer_key")[:FOLLOW_UP_BATCH]
        )
        following: dict[int, list[int]] = {}
        tallies = _TallyDeltas()
        for _pk, trainee_id, trainee_course, trainer_id in batch:
            if trainee_id == trainer_id:  # their own training, as their own trainer
                continue
            path = followed[trainer_id]
            if _fact_refresh(user_id=trainee_id, course_key=trainee_course, today=today, add=tallies.add):
                if trainee_id not in path:
                    following.setdefault(trainee_id, path)
        tallies.write()
        if following:
            follow_up_queue(follow=list(following.items()))
    return len(batch), batch[-1][0] if batch else after, len(following)


def _trainer_lineage(fact: dict[str, Any] | None) -> tuple[int, int] | None:
    """What `master_of_trainer` reads of a fact: only a certified one in the cascade counts."""
    if fact is None or not fact["certified"] or fact["generation_key"] < 0:
        return None
    return fact["generation_key"], fact["master_key"]


def _is_trainer_course(course_key: UUID) -> bool:
    return trainer_course_keys_query().filter(translation_key=course_key).exists()


def certificate_count(*, certificate: Certificate, sign: int = 1) -> None:
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


def certificate_uncount(*, certificate: Certificate) -> None:
    """A revoked certificate was issued in error: take it out of the counts of its day (and so
    of the 30 days, the period, the months and the pace)."""
    certificate_count(certificate=certificate, sign=-1)


def district_move(*, user_id: int, district_before: int | None) -> None:
    """A person moved to another district (or into one, or out of all): their facts follow, each
    moving its learner counts, and the certificates issued to them move from the old district's
    issue counts to the new one's, as the recount would place them."""
    district_after = User.objects.filter(pk=user_id).values_list("district_id", flat=True).first()
    courses = LearnerFact.objects.filter(user_id=user_id).order_by("course_key").values_list("course_key", flat=True)
    for course_key in list(courses):
        learner_fact_refresh(user_id=user_id, course_key=course_key)
    issued = (
        Certificate.objects.not_revoked()
        .filter(user_id=user_id, region__isnull=False)
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
