"""Reads of the certificates app."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from django.db.models import Exists, OuterRef, Subquery
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CoursePage, Enrollment
from lms.models import User

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def certificates_of(*, user: User) -> list[Certificate]:
    """A holder's certificates, newest first, each with `is_renewed` (a later certificate renews
    it) and `round_now` (the holder's current round of the course: above the certificate's number
    while they are renewing it). One query."""
    renewed = Certificate.objects.filter(renews=OuterRef("pk"))
    round_now = Enrollment.objects.filter(user=OuterRef("user"), course_key=OuterRef("course_key")).values("cycle")
    return list(
        Certificate.objects.filter(user=user)
        .annotate(is_renewed=Exists(renewed), round_now=Subquery(round_now[:1]))
        .order_by("-issued_on", "-pk")
    )


@dataclass
class PublicCertificate:
    """What anyone may learn of a certificate: never email, school, region or scores, nor why it
    was revoked (a reason is free text, kept in the certificate's history)."""

    holder_name: str
    course_title: str
    issued_on: date
    expires_on: date
    status: str
    status_label: "StrOrPromise"
    trainer_name: str
    generation: int | None
    short_code: str


def public_certificate(*, certificate: Certificate, language: str) -> PublicCertificate:
    status = certificate.status_on(timezone.localdate())
    return PublicCertificate(
        holder_name=certificate.holder_name,
        course_title=certificate.course_title(language),
        issued_on=certificate.issued_on,
        expires_on=certificate.expires_on,
        status=status,
        status_label=Certificate.Status(status).label,
        trainer_name=certificate.trainer_name,
        generation=certificate.generation,
        short_code=certificate.short_code,
    )


def certificate_by_token(token: str) -> Certificate | None:
    """The certificate of a verification link, with its holder and trainer (whether either was
    erased: certificates/verify_views.py). One query."""
    return Certificate.objects.filter(token=token).select_related("user", "trainer").first()


def certificate_by_short_code(code: str) -> Certificate | None:
    return Certificate.objects.filter(short_code=code).only("token").first()


def course_urls(course_keys: Iterable[UUID], language: str) -> dict[UUID, str | None]:
    """The page of each course in the given language, else in any (one query)."""
    urls: dict[UUID, str | None] = {}
    pages = CoursePage.objects.live().filter(translation_key__in=course_keys).select_related("locale")
    for page in sorted(pages, key=lambda page: page.locale.language_code == language):
        urls[page.translation_key] = page.url  # the page in the given language is written last
    return urls
