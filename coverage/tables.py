"""A table of figures as every output shows it: the page, the CSV and XLSX exports and the API
all read the same `Table`, so they cannot disagree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

Row = dict[str, Any]
"""One row of a table: a cell per column key, and sometimes more keys the pages read."""


@dataclass(frozen=True)
class Column:
    """`kind` says how a cell is shown: number, percent, text, date, yearmonth (a date shown as
    its month), or month (a column of one month's figures, its key the month's first day)."""

    key: str
    label: StrOrPromise | date  # a month column is labelled with its first day
    kind: str = "number"

    @property
    def numeric(self) -> bool:
        return self.kind in ("number", "percent")


@dataclass
class Table:
    slug: str
    title: StrOrPromise
    columns: list[Column]
    rows: Iterable[Row]  # a list, or for the long person lists an iterator read once
    caption: StrOrPromise = ""
    footer: Row | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def cells(self, row: Row) -> list[Any]:
        return [row.get(column.key) for column in self.columns]


def percent(part: float, whole: float | None, digits: int = 1) -> float | None:
    """part of whole in per cent, or None where there is no whole."""
    if not whole:
        return None
    return round(100 * part / whole, digits)


def mean(total: float, count: int | None, digits: int = 1) -> float | None:
    if not count:
        return None
    return round(total / count, digits)
