"""The national dashboard: every region against its target, the months, and the map."""

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from coverage.filters import Filters
from coverage.selectors.common import (
    groups_by,
    groups_total,
    holders_by,
    issued_by,
    issued_per_month,
    months_of,
    projection,
)
from coverage.tables import Column, Row, Table, percent
from lms.models import Region

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

REGION_COLUMNS = [
    Column("code", _("Code"), "text"),
    Column("name", _("Region"), "text"),
    Column("valid", _("Teachers holding a valid certificate")),
    Column("target", _("Target")),
    Column("coverage", _("Coverage (%)"), "percent"),
    Column("recent", _("Certificates in the last 30 days")),
    Column("period", _("Certificates in the period")),
    Column("active_trainers", _("Active trainers")),
    Column("open_groups", _("Open groups")),
    Column("reaches", _("Target reached at the 90-day pace"), "yearmonth"),
]


def reaches_label(state: str, month: date | None) -> "StrOrPromise | date | None":
    if state == "reached":
        return _("Reached")
    if state == "stalled":
        return _("Not at this pace")
    if state == "none":
        return _("No target")
    return month


def region_row(
    filters: Filters,
    region: Region,
    holders: dict[Any, dict[str, Any]],
    issued: dict[Any, dict[str, Any]],
    groups: dict[Any, dict[str, Any]],
) -> Row:
    valid = (holders.get(region.pk) or {}).get("valid") or 0
    counts = issued.get(region.pk) or {}
    pace = counts.get("pace") or 0
    state, month = projection(target=region.teacher_target, valid=valid, pace=pace, today=filters.today)
    return {
        "code": region.code,
        "name": region.name,
        "region_id": region.pk,
        "valid": valid,
        "target": region.teacher_target,
        "coverage": percent(valid, region.teacher_target),
        "recent": counts.get("recent") or 0,
        "period": counts.get("period") or 0,
        "pace": pace,
        "active_trainers": (groups.get(region.pk) or {}).get("active_trainers") or 0,
        "open_groups": (groups.get(region.pk) or {}).get("open_groups") or 0,
        "reaches": reaches_label(state, month),
        "reaches_state": state,
    }


def regions_table(filters: Filters) -> Table:
    """One row per region and a national total (six queries)."""
    regions = list(Region.objects.order_by("code"))
    holders = holders_by(filters, "region")
    issued = issued_by(filters, "region", district_key=0)
    groups = groups_by(filters, "region")
    rows = [region_row(filters, region, holders, issued, groups) for region in regions]
    total = {key: sum(row[key] for row in rows) for key in ("valid", "target", "recent", "period", "pace")}
    total["active_trainers"] = groups_total(filters)["active_trainers"]
    total["open_groups"] = sum(row["open_groups"] for row in rows)
    state, month = projection(target=total["target"], valid=total["valid"], pace=total["pace"], today=filters.today)
    total.update(
        code="KZ",
        name=_("Kazakhstan"),
        coverage=percent(total["valid"], total["target"]),
        reaches=reaches_label(state, month),
    )
    return Table(
        slug="regions",
        title=_("Regions against their targets"),
        columns=REGION_COLUMNS,
        rows=rows,
        footer=total,
    )


def months_table(filters: Filters, regions: Iterable[Row]) -> Table:
    """Certificates issued per month of the period, one row per region (one query)."""
    counts = issued_per_month(filters, district_key=0)
    months = months_of(filters)
    columns = (
        [Column("name", _("Region"), "text")]
        + [Column(month.isoformat(), month, "month") for month in months]
        + [Column("total", _("Total"))]
    )
    rows = []
    for region in regions:
        row = {"name": region["name"], "code": region["code"]}
        for month in months:
            row[month.isoformat()] = counts.get((region["region_id"], month), 0)
        row["total"] = sum(row[month.isoformat()] for month in months)
        rows.append(row)
    footer = {"name": _("Kazakhstan")}
    for column in columns[1:]:
        footer[column.key] = sum(row[column.key] for row in rows)
    return Table(slug="months", title=_("Certificates per month"), columns=columns, rows=rows, footer=footer)


def national_summary(filters: Filters) -> dict[str, Any]:
    """Everything the national dashboard shows (six queries)."""
    regions = regions_table(filters)
    months = months_table(filters, regions.rows)
    return {"regions": regions, "months": months, "peak": max((row["total"] for row in months.rows), default=0)}
