"""A region's page: its districts, trainers and groups, and the certificates that expire."""

from collections.abc import Iterable, Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from cascade.models import Cohort
from certificates.models import Certificate, not_revoked, status_on, valid_on
from coverage.filters import Filters
from coverage.models import TrainerTally
from coverage.selectors.common import groups_by, groups_total, holders_by, issued_by
from coverage.selectors.national import region_row
from coverage.tables import Column, Row, Table, mean
from lms.models import District, Region, User

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

EXPIRY_DAYS = 90
# Not renewed, or renewed by a certificate revoked since: the holder still has this one to renew.
NOT_RENEWED = Q(renewed_by__isnull=True) | Q(renewed_by__status=Certificate.Status.REVOKED)
LISTED = 50

DISTRICT_COLUMNS = [
    Column("name", _("District"), "text"),
    Column("valid", _("Teachers holding a valid certificate")),
    Column("learners", _("Learners enrolled")),
    Column("certified", _("Certified")),
    Column("recent", _("Certificates in the last 30 days")),
    Column("period", _("Certificates in the period")),
    Column("active_trainers", _("Active trainers")),
    Column("open_groups", _("Open groups")),
]
TRAINER_COLUMNS = [
    Column("name", _("Trainer"), "text"),
    Column("groups", _("Groups")),
    Column("trainees", _("Trainees")),
    Column("certified", _("Certified")),
    Column("final_mean", _("Mean final score (%)"), "percent"),
]
EXPIRING_COLUMNS = [
    Column("name", _("Holder"), "text"),
    Column("school", _("School"), "text"),
    Column("trainer", _("Trainer"), "text"),
    Column("expires_on", _("Expires on"), "date"),
    Column("status", _("Status"), "text"),
]


def region_figures(filters: Filters, region: Region) -> Row:
    """The region's own row of the national table (four queries)."""
    where = {"region": region}
    return region_row(
        filters,
        region,
        holders_by(filters, "region", **where),
        issued_by(filters, "region", district_key=0, **where),
        groups_by(filters, "region", **where),
    )


def districts_table(filters: Filters, region: Region) -> Table:
    """One row per district of the region, and one for people with no district (six queries)."""
    districts = sorted(District.objects.filter(region=region), key=lambda district: district.name)
    holders = holders_by(filters, "district_key", region=region)
    issued = issued_by(filters, "district_key", region=region)
    groups = groups_by(filters, "district", region=region)
    rows = []
    for district in districts:
        rows.append(
            _district_row(district.name, holders.get(district.pk), issued.get(district.pk), groups.get(district.pk))
        )
    whole = issued.get(0) or {}
    rest = {key: (whole.get(key) or 0) - sum(row[key] for row in rows) for key in ("recent", "period")}
    unplaced = _district_row(_("No district given"), holders.get(0), rest, groups.get(None))
    if any(unplaced[key] for key in ("valid", "learners", "recent", "period", "open_groups")):
        rows.append(unplaced)
    footer: Row = {"name": _("Whole region")}
    for column in DISTRICT_COLUMNS[1:]:
        footer[column.key] = sum(row[column.key] for row in rows)
    # A trainer with groups in two districts is one of the region's active trainers.
    footer["active_trainers"] = groups_total(filters, region=region)["active_trainers"]
    return Table(slug="districts", title=_("Districts"), columns=DISTRICT_COLUMNS, rows=rows, footer=footer)


def _district_row(
    name: "StrOrPromise",
    holders: dict[str, Any] | None,
    issued: dict[str, Any] | None,
    groups: dict[str, Any] | None,
) -> Row:
    holders, issued, groups = holders or {}, issued or {}, groups or {}
    return {
        "name": name,
        "valid": holders.get("valid") or 0,
        "learners": holders.get("learners") or 0,
        "certified": holders.get("certified") or 0,
        "recent": issued.get("recent") or 0,
        "period": issued.get("period") or 0,
        "active_trainers": groups.get("active_trainers") or 0,
        "open_groups": groups.get("open_groups") or 0,
    }


def trainers_table(filters: Filters, region: Region, limit: int | None = LISTED) -> Table:
    """The trainers of the course's trainees in the region, most trainees first (three queries;
    `limit` None lists them all, for the exports)."""
    tallies = (
        TrainerTally.objects.filter(course_key=filters.course_key, region=region, learners__gt=0)
        .values("trainer_key", "learners", "certified", "final_n", "final_sum")
        .order_by("-learners", "trainer_key")
    )
    total = tallies.count() if limit else None
    chosen = list(tallies[:limit] if limit else tallies)
    keys = [row["trainer_key"] for row in chosen]
    names = dict(User.objects.filter(pk__in=keys).values_list("pk", "full_name"))
    groups = dict(
        Cohort.objects.filter(course_key=filters.course_key, region=region, trainer_id__in=keys)
        .values("trainer_id")
        .annotate(count=Count("pk"))
        .values_list("trainer_id", "count")
    )
    rows = [
        {
            "trainer_id": row["trainer_key"],
            "name": names.get(row["trainer_key"], ""),
            "groups": groups.get(row["trainer_key"], 0),
            "trainees": row["learners"],
            "certified": row["certified"],
            "final_mean": mean(row["final_sum"], row["final_n"]),
        }
        for row in chosen
    ]
    return Table(
        slug="trainers",
        title=_("Trainers"),
        columns=TRAINER_COLUMNS,
        rows=rows,
        extra={"total": total if total is not None else len(rows)},
    )


def expiry_counts(filters: Filters, region: Region) -> dict[str, int]:
    """Certificates of the course in the region that expired in the last 90 days, and valid ones
    that expire in the next 90, not counting those renewed already, as the list below (one query)."""
    today = filters.today
    return Certificate.objects.filter(
        NOT_RENEWED,
        course_key=filters.course_key,
        region=region,
        expires_on__gte=today - timedelta(days=EXPIRY_DAYS),
        expires_on__lt=today + timedelta(days=EXPIRY_DAYS),
    ).aggregate(
        # Within the 90 days either side filtered above: expired before today, or valid today.
        expired=Count("pk", filter=Q(expires_on__lt=today) & not_revoked()),
        expiring=Count("pk", filter=valid_on(today)),
    )


def expiring_table(filters: Filters, region: Region, limit: int | None = LISTED) -> Table:
    """Certificates of the course in the region that expired in the last 90 days or expire in
    the next 90, soonest first; not those renewed already by a certificate in force (one query).
    `limit` None: all, read as a stream for the exports."""
    today = filters.today
    certificates = (
        Certificate.objects.filter(
            NOT_RENEWED,
            course_key=filters.course_key,
            region=region,
            expires_on__gte=today - timedelta(days=EXPIRY_DAYS),
            expires_on__lt=today + timedelta(days=EXPIRY_DAYS),
        )
        .not_revoked()
        .order_by("expires_on", "pk")
        .values("holder_name", "user__school", "trainer_name", "expires_on", "status")
    )
    statuses = dict(Certificate.Status.choices)

    def rows(source: Iterable[dict[str, Any]]) -> Iterator[Row]:
        for row in source:
            state = status_on(row["status"], row["expires_on"], today)
            yield {
                "name": row["holder_name"],
                "school": row["user__school"],
                "trainer": row["trainer_name"],
                "expires_on": row["expires_on"],
                "status": statuses.get(state, state),
            }

    source = list(rows(certificates[:limit])) if limit else rows(certificates.iterator(chunk_size=2000))
    return Table(
        slug="expiring", title=_("Expired and soon-expiring certificates"), columns=EXPIRING_COLUMNS, rows=source
    )


def recent_groups(filters: Filters, region: Region, limit: int = 10) -> list[Cohort]:
    """The region's latest groups of the course, with their trainers (one query)."""
    return list(
        Cohort.objects.filter(course_key=filters.course_key, region=region)
        .select_related("trainer", "district")
        .order_by("-starts_on", "-pk")[:limit]
    )


def region_summary(filters: Filters, region: Region) -> dict[str, Any]:
    return {
        "figures": region_figures(filters, region),
        "districts": districts_table(filters, region),
        "trainers": trainers_table(filters, region),
        "expiry": expiry_counts(filters, region),
        "expiring": expiring_table(filters, region),
        "groups": recent_groups(filters, region),
    }
