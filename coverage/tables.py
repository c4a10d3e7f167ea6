"""A table of figures as every output shows it: the page, the CSV and XLSX exports and the API
all read the same `Table`, so they cannot disagree."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    """`kind` says how a cell is shown: number, percent, text, date, yearmonth (a date shown as
    its month), or month (a column of one month's figures, its key the month's first day)."""

    key: str
    label: str
    kind: str = "number"

    @property
    def numeric(self):
        return self.kind in ("number", "percent")


@dataclass
class Table:
    slug: str
    title: str
    columns: list
    rows: object  # a list of dicts, or for the long person lists an iterator read once
    caption: str = ""
    footer: dict | None = None
    extra: dict = field(default_factory=dict)

    def cells(self, row):
        return [row.get(column.key) for column in self.columns]


def percent(part, whole, digits=1):
    """part of whole in per cent, or None where there is no whole."""
    if not whole:
        return None
    return round(100 * part / whole, digits)


def mean(total, count, digits=1):
    if not count:
        return None
    return round(total / count, digits)
