"""How coverage figures are written on the page: numbers grouped, shares with one decimal,
months by name, and a dash where there is nothing to show."""

from datetime import date

from django import template
from django.utils import formats

register = template.Library()


@register.filter
def cell(value, column=None):
    kind = getattr(column, "kind", "number")
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return formats.date_format(value, "YEAR_MONTH_FORMAT" if kind in ("month", "yearmonth") else "d.m.Y")
    if isinstance(value, float):
        return formats.number_format(value, decimal_pos=1, use_l10n=True)
    if isinstance(value, int):
        return formats.number_format(value, use_l10n=True, force_grouping=True)
    return value


@register.filter
def get(row, key):
    return row.get(key) if row else None
