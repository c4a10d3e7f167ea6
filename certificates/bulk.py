"""Many certificates as one zip that is generated while it is sent.

One PDF is in memory at a time: the certificates are read in batches, each PDF is taken from
storage (or rendered and stored, like a download) and written to the stream before the next.
The zip stores the PDFs as they are (they are compressed already) and starts with a list of
the certificates as CSV, for a spreadsheet.
"""

import gc
import re

from django.utils import timezone
from zipstream import ZIP_STORED, ZipStream

from certificates.links import verify_url
from certificates.models import Certificate
from certificates.services import certificate_pdf
from lms.tabular import BOM, csv_line

BATCH = 200
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def entry_name(certificate):
    """The PDF's name in the zip: the short code, then the holder's name, safe on every system."""
    name = UNSAFE_IN_NAMES.sub(" ", certificate.holder_name).strip()[:80]
    return f"{certificate.short_code} {name}.pdf" if name else f"{certificate.short_code}.pdf"


def _list_rows(ids, language, headers):
    """The CSV list (lms/tabular.py: byte-order mark, formula-safe text), encoded as it is
    generated, one batch of certificates at a time."""
    yield (BOM + csv_line(headers)).encode()
    today = timezone.localdate()
    for start in range(0, len(ids), BATCH):
        lines = []
        for certificate in Certificate.objects.filter(pk__in=ids[start : start + BATCH]).order_by("pk"):
            row = [
                certificate.short_code,
                certificate.holder_name,
                certificate.course_title(language),
                certificate.issued_on.isoformat(),
                certificate.expires_on.isoformat(),
                Certificate.Status(certificate.status_on(today)).label,
                certificate.trainer_name,
                entry_name(certificate),
            ]
            lines.append(csv_line(row))
        yield "".join(lines).encode()


def certificates_zip(certificates, *, language, list_name, headers):
    """Yield the bytes of a zip of these certificates' PDFs and a CSV list of them."""
    ids = list(certificates.order_by("pk").values_list("pk", flat=True))
    stream = ZipStream(compress_type=ZIP_STORED)
    stream.add(_list_rows(ids, language, headers), list_name)
    yield from stream.all_files()
    for start in range(0, len(ids), BATCH):
        for certificate in Certificate.objects.filter(pk__in=ids[start : start + BATCH]).order_by("pk"):
            content = certificate_pdf(certificate=certificate, verify_url=verify_url(certificate))
            stream.add(content, entry_name(certificate))
            yield from stream.all_files()
        # A certificate and its file field refer to each other, so a batch read is freed only by
        # the cycle collector, which would otherwise let thousands of them wait.
        gc.collect()
    yield from stream.footer()


def certificates_render_missing(*, limit=None):
    """Render and store the PDFs not rendered yet (the daily task), so that a zip of thousands
    streams stored files instead of rendering each on the way; returns how many were rendered."""
    pending = Certificate.objects.filter(pdf="").not_revoked().order_by("pk")
    ids = list(pending.values_list("pk", flat=True)[:limit])
    for start in range(0, len(ids), BATCH):
        for certificate in Certificate.objects.filter(pk__in=ids[start : start + BATCH]).order_by("pk"):
            certificate_pdf(certificate=certificate, verify_url=verify_url(certificate))
        gc.collect()  # see certificates_zip
    return len(ids)
