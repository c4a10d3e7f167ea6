"""The list of certificate holders, for download: every certificate of the course that is valid
today, in the country or one region. Read as a stream, so 400,000 rows take flat memory."""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _

from certificates.models import Certificate, valid_on
from coverage.filters import Filters
from coverage.tables import Column, Row, Table

HOLDER_COLUMNS = [
    Column("name", _("Holder"), "text"),
    Column("region", _("Region"), "text"),
    Column("district", _("District"), "text"),
    Column("school", _("School"), "text"),
    Column("generation", _("Generation")),
    Column("trainer", _("Trainer"), "text"),
    Column("issued_on", _("Issued on"), "date"),
    Column("expires_on", _("Expires on"), "date"),
    Column("code", _("Certificate"), "text"),
]
CHUNK = 2000


def holders_table(filters: Filters) -> Table:
    """One row per holder: a certificate already renewed by a valid one is left out (the old one
    stays valid until it expires), as the dashboards count people, not certificates."""
    certificates = (
        Certificate.objects.valid(filters.today)
        .filter(course_key=filters.course_key)
        .exclude(valid_on(filters.today, through="renewed_by__"))
    )
    if filters.region is not None:
        certificates = certificates.filter(region=filters.region)
    rows = certificates.order_by("region__code", "holder_name", "pk").values_list(
        "holder_name",
        "region__code",
        "user__district__name_kk",
        "user__district__name_ru",
        "user__district__name_en",
        "user__school",
        "generation",
        "trainer_name",
        "issued_on",
        "expires_on",
        "short_code",
    )

    def stream() -> Iterator[Row]:
        from django.utils.translation import get_language

        language = (get_language() or "kk")[:2]
        column = {"kk": 2, "ru": 3, "en": 4}.get(language, 2)
        for row in rows.iterator(chunk_size=CHUNK):
            yield {
                "name": row[0],
                "region": row[1],
                "district": row[column] or row[2] or "",
                "school": row[5],
                "generation": row[6],
                "trainer": row[7],
                "issued_on": row[8],
                "expires_on": row[9],
                "code": row[10],
            }

    return Table(slug="holders", title=_("Holders of a valid certificate"), columns=HOLDER_COLUMNS, rows=stream())
