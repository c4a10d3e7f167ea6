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


def short_url(certificate):
    """The short link printed under the QR code, to type from paper: host, /v/ and the short code
    (https://example.kz/v/KZ-7ACD-9QTX). It leads to the same page as the QR code."""
    return absolute(reverse("certificate_short", kwargs={"code": certificate.short_code}))


def without_scheme(url):
    """A link as people type it, without https://: shorter on paper, and browsers add it."""
    return url.split("://", 1)[-1]
