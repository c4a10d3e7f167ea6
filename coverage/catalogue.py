"""Every table the coverage pages show, by the name exports and the API use, with its scope:
national tables (a region narrows them to its row), region tables (a region is required) and
tables for the country or one region."""

from dataclasses import dataclass

from coverage.selectors.cascade import (
    generations_table,
    masters_table,
    outliers_table,
    region_generations_table,
    utilisation,
)
from coverage.selectors.national import months_table, regions_table
from coverage.selectors.people import holders_table
from coverage.selectors.region import districts_table, expiring_table, trainers_table

NATIONAL, REGION, EITHER = "national", "region", "either"


@dataclass(frozen=True)
class Entry:
    scope: str
    build: object
    in_api: bool = True


def _months(filters):
    return months_table(filters, regions_table(filters).rows)


TABLES = {
    "regions": Entry(NATIONAL, regions_table),
    "months": Entry(NATIONAL, _months),
    "districts": Entry(REGION, lambda filters: districts_table(filters, filters.region)),
    "trainers": Entry(REGION, lambda filters: trainers_table(filters, filters.region, limit=None)),
    # People's names and schools: a coordinator's working list, not a figure for other systems.
    "expiring": Entry(REGION, lambda filters: expiring_table(filters, filters.region, limit=None), in_api=False),
    "generations": Entry(EITHER, generations_table),
    "knowledge": Entry(EITHER, region_generations_table),
    "masters": Entry(EITHER, lambda filters: masters_table(filters, limit=None)),
    "trainees-per-trainer": Entry(EITHER, lambda filters: utilisation(filters)["distribution"]),
    "outliers": Entry(EITHER, outliers_table),
    # Every holder by name: 400,000 rows for the country, for download only.
    "holders": Entry(EITHER, holders_table, in_api=False),
}


def table_for(slug, filters):
    """Build a table for the filters; a national table asked for one region keeps that region's row."""
    entry = TABLES[slug]
    table = entry.build(filters)
    if entry.scope == NATIONAL and filters.region is not None:
        table.rows = [row for row in table.rows if row.get("code") == filters.region.code]
        table.footer = None
    return table
