"""Figures more than one page reads: holders, certificates by day, groups and the projection."""

from datetime import date, timedelta
from typing import Any, Literal

from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth

from cascade.models import Cohort
from coverage.filters import Filters
from coverage.models import FollowUp, IssueTally, LearnerTally

RECENT_DAYS = 30
PACE_DAYS = 90
ACTIVE_DAYS = 90
HORIZON_YEARS = 25


def summaries_updating() -> bool:
    """Whether a change is still being carried through the summaries: a trainer's subtree is
    queued to follow a change of their master trainer (coverage.services.follow_up_queue). One
    query, on a table that is empty whenever the worker has caught up."""
    return FollowUp.objects.exists()


def holders_by(filters: Filters, group: str, **where: Any) -> dict[Any, dict[str, Any]]:
    """Learners, certified and valid certificate holders of the course, summed by `group`
    ("region" or "district_key"), as of today: the period does not apply to a stock."""
    rows = (
        LearnerTally.objects.filter(course_key=filters.course_key, **where)
        .values(group)
        .annotate(learners=Sum("learners"), certified=Sum("certified"), valid=Sum("valid"))
    )
    return {row[group]: row for row in rows}


def issued_by(filters: Filters, group: str, **where: Any) -> dict[Any, dict[str, Any]]:
    """Certificates of the course issued in the last 30 days, in the last 90 days (first
    certificates only: new people, the pace) and in the period, summed by `group`."""
    today = filters.today
    recent = today - timedelta(days=RECENT_DAYS - 1)
    pace = today - timedelta(days=PACE_DAYS - 1)
    rows = (
        IssueTally.objects.filter(course_key=filters.course_key, **where)
        .filter(Q(day__gte=min(pace, filters.date_from)) & Q(day__lte=max(today, filters.date_to)))
        .values(group)
        .annotate(
            recent=Sum("issued", filter=Q(day__gte=recent, day__lte=today)),
            pace=Sum("first_issued", filter=Q(day__gte=pace, day__lte=today)),
            period=Sum("issued", filter=Q(day__gte=filters.date_from, day__lte=filters.date_to)),
        )
    )
    return {row[group]: row for row in rows}


def issued_per_month(filters: Filters, **where: Any) -> dict[tuple[int, date], int]:
    """Certificates of the course issued per month of the period, as {(region id, month): n}."""
    rows = (
        IssueTally.objects.filter(
            course_key=filters.course_key, day__gte=filters.date_from, day__lte=filters.date_to, **where
        )
        .annotate(month=TruncMonth("day"))
        .values("region_id", "month")
        .annotate(issued=Sum("issued"))
    )
    return {(row["region_id"], row["month"]): row["issued"] for row in rows}


def groups_by(filters: Filters, group: str, **where: Any) -> dict[Any, dict[str, Any]]:
    """Open groups of the course (not closed, not ended, started or not) and active trainers (who
    lead a group of it that runs now or ended in the last 90 days), by `group` of the group."""
    today = filters.today
    rows = (
        Cohort.objects.filter(
            course_key=filters.course_key,
            ends_on__gte=today - timedelta(days=ACTIVE_DAYS),
            **where,
        )
        .values(group)
        .annotate(
            active_trainers=Count("trainer", distinct=True, filter=Q(starts_on__lte=today)),
            open_groups=Count("pk", filter=Q(is_closed=False, ends_on__gte=today)),
        )
    )
    return {row[group]: row for row in rows}


def groups_total(filters: Filters, **where: Any) -> dict[str, int]:
    """The same two figures for all the groups at once: a trainer with groups in two places
    counts once (one query)."""
    today = filters.today
    return Cohort.objects.filter(
        course_key=filters.course_key, ends_on__gte=today - timedelta(days=ACTIVE_DAYS), **where
    ).aggregate(
        active_trainers=Count("trainer", distinct=True, filter=Q(starts_on__lte=today)),
        open_groups=Count("pk", filter=Q(is_closed=False, ends_on__gte=today)),
    )


def projection(
    *, target: int | None, valid: int, pace: int, today: date
) -> tuple[Literal["none", "reached", "stalled", "month"], date | None]:
    """The month the target is reached at the pace of the last 90 days (first certificates per
    day), as ("reached" | "month" | "stalled", first day of that month or None)."""
    if not target:
        return "none", None
    remaining = target - valid
    if remaining <= 0:
        return "reached", None
    if not pace:
        return "stalled", None
    days = -(-remaining * PACE_DAYS // pace)  # whole days, rounded up, without a float's error
    if days > 366 * HORIZON_YEARS:
        return "stalled", None
    return "month", (today + timedelta(days=days)).replace(day=1)


def months_of(filters: Filters) -> list[date]:
    """The first day of every month of the period, in order."""
    months, day = [], filters.date_from.replace(day=1)
    while day <= filters.date_to:
        months.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return months
