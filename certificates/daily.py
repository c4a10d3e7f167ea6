"""The daily work of certificates: mark expired ones, remind holders 30 days before expiry, and
render the PDFs of new certificates so bulk downloads find them stored. Shared by the
`certificates_daily` command and the nightly upkeep the coverage app books; running it twice in a
day changes nothing the second time."""

from certificates.bulk import certificates_render_missing
from certificates.services import certificates_expire, certificates_remind

RENDER_LIMIT = 20000  # about 0.1 s a PDF: the rest wait for the next run


def certificates_daily(*, render_limit=RENDER_LIMIT):
    """Do the day's work; returns how many certificates were marked expired, reminded, rendered."""
    return {
        "expired": certificates_expire(),
        "reminded": certificates_remind(),
        "rendered": certificates_render_missing(limit=render_limit),
    }
