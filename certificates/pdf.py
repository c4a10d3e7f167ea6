"""The certificate PDF: an HTML template in the certificate's language, rendered by WeasyPrint.

TEMPLATE_VERSION names the template a certificate is issued with; a new design gets a new
version (and template file), so issued certificates keep theirs unless re-rendered on purpose.
Rendering is deterministic: the same certificate gives the same bytes on every machine with
the same pinned font and WeasyPrint.
"""

import hashlib
import os

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from certificates.fonts import font_faces_css
from certificates.links import short_url, without_scheme

# v2 prints the short link (host/v/KZ-7ACD-9QTX) on one line where v1 printed the QR code's long link.
TEMPLATE_VERSION = "v2"
TEMPLATES = {"v1": "certificates/pdf/v1.html", "v2": "certificates/pdf/v2.html"}
# Where HarfBuzz-Subset is missing, WeasyPrint subsets fonts with fontTools, which stamps each
# subset with the time it was saved unless SOURCE_DATE_EPOCH (the reproducible-builds variable)
# names one: without it, two renders a second apart differ. Any fixed value will do.
FONT_TIMESTAMP = "1767225600"  # 2026-01-01
os.environ.setdefault("SOURCE_DATE_EPOCH", FONT_TIMESTAMP)  # once, as the module loads: not per request


def qr_data_uri(url):
    """The verification URL as a QR code: a PNG sharp enough for print (10 px a module)."""
    return segno.make(url, error="m", micro=False).png_data_uri(scale=10, border=2, dark="#1b3a57")


def certificate_html(*, certificate, verify_url):
    with translation.override(certificate.language):
        return render_to_string(
            TEMPLATES.get(certificate.template_version, TEMPLATES[TEMPLATE_VERSION]),
            {
                "certificate": certificate,
                "course_title": certificate.course_title(),
                "verify_url": verify_url,
                "short_url": short_url(certificate),
                "short_url_text": without_scheme(short_url(certificate)),
                "qr": qr_data_uri(verify_url),
                "revoked": certificate.status == certificate.Status.REVOKED,
                "language": certificate.language,
                "font_faces": mark_safe(font_faces_css()),  # built from our own file paths
            },
        )


def certificate_pdf_bytes(*, certificate, verify_url):
    from weasyprint import HTML  # imported when first needed: it is heavy, and only downloads render

    html = certificate_html(certificate=certificate, verify_url=verify_url)
    # A fixed identifier (no random /ID, no creation time) keeps the bytes the same for the same certificate.
    identifier = hashlib.sha256(certificate.token.encode()).hexdigest()[:32].encode()
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(
        pdf_identifier=identifier,
        pdf_tags=True,  # tagged: screen readers read it in order
    )
