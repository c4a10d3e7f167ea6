"""Cascade analytics: generations, reach per master trainer, trainer utilisation, and knowledge
by generation with the trainers whose trainees score far below their region."""

import collections
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from cascade.models import Cohort
from courses.selectors import trainer_course_keys_among
from coverage.facts import TALLIED
from coverage.filters import Filters
from coverage.models import NO_GENERATION, LearnerFact, LearnerTally, MasterTally, TrainerTally
from coverage.tables import Column, Row, Table, mean, percent
from lms.models import Region, User

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

OUTLIER_POINTS = 15  # a trainer's trainees this far below their region's mean final score are listed
OUTLIER_MIN_SCORED = 5  # ... when at least this many of them took the final
MASTERS_LISTED = 25
BUCKETS = [(0, 0), (1, 5), (6, 15), (16, 30), (31, 60), (61, None)]

GENERATION_COLUMNS = [
    Column("generation", _("Generation"), "text"),
    Column("learners", _("Learners enrolled")),
    Column("certified", _("Certified")),
    Column("valid", _("Holding a valid certificate")),
    Column("pre_mean", _("Mean pre-test score (%)"), "percent"),
    Column("final_mean", _("Mean final score (%)"), "percent"),
    Column("post_mean", _("Mean post-test score (%)"), "percent"),
    Column("pass_rate", _("Passed the final (%)"), "percent"),
]
MASTER_COLUMNS = [
    Column("name", _("Master trainer"), "text"),
    Column("region", _("Region"), "text"),
    Column("learners", _("People reached")),
    Column("certified", _("Certified")),
    Column("regions", _("Regions reached")),
]
OUTLIER_COLUMNS = [
    Column("name", _("Trainer"), "text"),
    Column("region", _("Region"), "text"),
    Column("scored", _("Trainees who took the final")),
    Column("final_mean", _("Their mean final score (%)"), "percent"),
    Column("region_mean", _("Region's mean final score (%)"), "percent"),
    Column("gap", _("Points below"), "percent"),
]


def generation_label(generation: int) -> "StrOrPromise":
    if generation == NO_GENERATION:
        return _("Outside the cascade")
    return str(generation)


def _scope(filters: Filters, **where: Any) -> dict[str, Any]:
    if filters.region is not None:
        where["region"] = filters.region
    return where


def generations_table(filters: Filters) -> Table:
    """Learners of the course by generation, enrolled in the period: how many, certified, their
    mean scores and pass rate (one query)."""
    rows = (
        LearnerTally.objects.filter(
            course_key=filters.course_key,
            month__gte=filters.date_from.replace(day=1),
            month__lte=filters.date_to,
            **_scope(filters),
        )
        .values("generation_key")
        .annotate(**{name: Sum(name) for name in TALLIED})
        .order_by("generation_key")
    )
    table_rows = [_knowledge_row(generation_label(row["generation_key"]), row) for row in rows]
    table_rows.sort(key=lambda row: row["generation"] == generation_label(NO_GENERATION))
    return Table(slug="generations", title=_("Generations"), columns=GENERATION_COLUMNS, rows=table_rows)


def _knowledge_row(label: "StrOrPromise", row: Row) -> Row:
    return {
        "generation": label,
        "learners": row["learners"],
        "certified": row["certified"],
        "valid": row["valid"],
        "pre_mean": mean(row["pre_sum"], row["pre_n"]),
        "final_mean": mean(row["final_sum"], row["final_n"]),
        "post_mean": mean(row["post_sum"], row["post_n"]),
        "pass_rate": percent(row["final_passed"], row["final_n"]),
    }


def region_generations_table(filters: Filters) -> Table:
    """Mean final score by region and generation, enrolled in the period (two queries)."""
    rows = (
        LearnerTally.objects.filter(
            course_key=filters.course_key,
            month__gte=filters.date_from.replace(day=1),
            month__lte=filters.date_to,
            generation_key__gte=0,
            **_scope(filters),
        )
        .values("region_id", "generation_key")
        .annotate(final_sum=Sum("final_sum"), final_n=Sum("final_n"))
    )
    cells = {(row["region_id"], row["generation_key"]): mean(row["final_sum"], row["final_n"]) for row in rows}
    generations = sorted({generation for _region, generation in cells})
    regions = Region.objects.order_by("code")
    if filters.region is not None:
        regions = regions.filter(pk=filters.region.pk)
    columns = [Column("name", _("Region"), "text")] + [
        Column(f"g{generation}", _("Generation %(number)s") % {"number": generation}, "percent")
        for generation in generations
    ]
    table_rows = [
        {"name": region.name, **{f"g{generation}": cells.get((region.pk, generation)) for generation in generations}}
        for region in regions
    ]
    return Table(
        slug="knowledge", title=_("Mean final score by region and generation"), columns=columns, rows=table_rows
    )


def masters_table(filters: Filters, limit: int | None = MASTERS_LISTED) -> Table:
    """Master trainers (generation 0 of a trainer course) by the people below them in the
    course: how many, certified, and in how many regions; those who reached nobody too (three
    queries). `limit` None lists them all."""
    reach = (
        MasterTally.objects.filter(course_key=filters.course_key, learners__gt=0, **_scope(filters))
        .values("master_key")
        .annotate(learners=Sum("learners"), certified=Sum("certified"), regions=Count("region", distinct=True))
    )
    reached = {row["master_key"]: row for row in reach}
    masters = LearnerFact.objects.filter(
        course_key__in=trainer_course_keys_among(filters.courses), generation_key=0, certified=True
    )
    if filters.region is not None:
        masters = masters.filter(Q(region=filters.region) | Q(user_id__in=list(reached)))
    people = {
        row["user_id"]: row
        for row in masters.values("user_id", "user__full_name", "region__name_kk", "region__name_ru", "region__name_en")
    }
    rows = []
    for user_id in people.keys() | reached.keys():
        person: Mapping[str, Any] = people.get(user_id, {})
        counts: Row = reached.get(user_id, {})
        rows.append(
            {
                "name": person.get("user__full_name", ""),
                "region": _region_name(person),
                "learners": counts.get("learners", 0),
                "certified": counts.get("certified", 0),
                "regions": counts.get("regions", 0),
            }
        )
    rows.sort(key=lambda row: (-row["learners"], row["name"]))
    return Table(
        slug="masters",
        title=_("Reach per master trainer"),
        columns=MASTER_COLUMNS,
        rows=rows[:limit] if limit else rows,
        extra={"total": len(rows), "reached": sum(1 for row in rows if row["learners"])},
    )


def _region_name(row: Mapping[str, Any]) -> str:
    from django.utils.translation import get_language

    language = (get_language() or "kk")[:2]
    return row.get(f"region__name_{language}") or row.get("region__name_kk") or ""


def utilisation(filters: Filters) -> dict[str, Any]:
    """Certified trainers (people holding a trainer-course certificate that is not revoked, in
    the region their certificate counts in), how many of them ran at least one group, and how
    many trainees of the course each of them trained, anywhere (three queries)."""
    # The keys as a list (the filters read every course already), not a subquery: the planner
    # then reads the few trainer-course facts through their index instead of scanning them all.
    trainer_courses = trainer_course_keys_among(filters.courses)
    certified_people = set(
        LearnerFact.objects.filter(course_key__in=trainer_courses, certified=True, **_scope(filters)).values_list(
            "user_id", flat=True
        )
    )
    certified = len(certified_people)
    ran = len(certified_people.intersection(Cohort.objects.order_by().values_list("trainer_id", flat=True).distinct()))
    trainees_of: collections.Counter[int] = collections.Counter()
    for trainer_key, learners in TrainerTally.objects.filter(course_key=filters.course_key, learners__gt=0).values_list(
        "trainer_key", "learners"
    ):
        if trainer_key in certified_people:
            trainees_of[trainer_key] += learners
    per_trainer = trainees_of.values()
    counts = [0] * len(BUCKETS)
    trained = 0
    for trainees in per_trainer:
        trained += 1
        for index, (low, high) in enumerate(BUCKETS):
            if trainees >= low and (high is None or trainees <= high):
                counts[index] += 1
                break
    counts[0] = max(certified - trained, 0)
    labels = [_bucket_label(low, high) for low, high in BUCKETS]
    distribution = Table(
        slug="trainees-per-trainer",
        title=_("Trainees per certified trainer"),
        columns=[Column("bucket", _("Trainees"), "text"), Column("trainers", _("Trainers"))],
        rows=[{"bucket": label, "trainers": count} for label, count in zip(labels, counts, strict=True)],
    )
    return {
        "certified": certified,
        "ran": ran,
        "share": percent(ran, certified),
        "trained": trained,
        "distribution": distribution,
        "peak": max(counts) if counts else 0,
    }


def _bucket_label(low: int, high: int | None) -> str:
    if high is None:
        return _("%(low)s or more") % {"low": low}
    if low == high:
        return str(low)
    return f"{low}–{high}"


def outliers_table(filters: Filters) -> Table:
    """Trainers whose trainees (at least five who took the final) score 15 points or more below
    their region's mean final score, furthest below first (three queries)."""
    means = {
        row["region_id"]: mean(row["final_sum"], row["final_n"], digits=6)
        for row in LearnerTally.objects.filter(course_key=filters.course_key, **_scope(filters))
        .values("region_id")
        .annotate(final_sum=Sum("final_sum"), final_n=Sum("final_n"))
    }
    candidates = TrainerTally.objects.filter(
        course_key=filters.course_key, final_n__gte=OUTLIER_MIN_SCORED, **_scope(filters)
    ).values("trainer_key", "region_id", "final_n", "final_sum")
    found = []
    for row in candidates:
        region_mean = means.get(row["region_id"])
        trainer_mean = row["final_sum"] / row["final_n"]
        if region_mean is not None and region_mean - trainer_mean >= OUTLIER_POINTS:
            found.append((region_mean - trainer_mean, row, region_mean, trainer_mean))
    found.sort(key=lambda item: -item[0])
    names = dict(
        User.objects.filter(pk__in=[row["trainer_key"] for _gap, row, _r, _t in found]).values_list("pk", "full_name")
    )
    regions = {region.pk: region.name for region in Region.objects.all()} if found else {}
    rows = [
        {
            "name": names.get(row["trainer_key"], ""),
            "region": regions.get(row["region_id"], ""),
            "scored": row["final_n"],
            "final_mean": round(trainer_mean, 1),
            "region_mean": round(region_mean, 1),
            "gap": round(gap, 1),
        }
        for gap, row, region_mean, trainer_mean in found
    ]
    return Table(slug="outliers", title=_("Trainers to follow up"), columns=OUTLIER_COLUMNS, rows=rows)


def cascade_summary(filters: Filters) -> dict[str, Any]:
    return {
        "generations": generations_table(filters),
        "knowledge": region_generations_table(filters),
        "masters": masters_table(filters),
        "utilisation": utilisation(filters),
        "outliers": outliers_table(filters),
    }
