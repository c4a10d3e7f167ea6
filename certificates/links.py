"""Absolute links to a certificate, the same wherever they are made (PDF, email, page)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def verify_url(certificate):
    """The public verification page in the certificate's language: what the QR code holds."""
    with translation.override(certificate.language):
        return absolute(reverse("certificates:verify", kwargs={"token": certificate.token}))
