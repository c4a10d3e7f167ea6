"""Reads of the privacy notice and of consent. Each function states how many queries it makes.

The current notice is the published version with the highest number whose `effective_from` has
come: a version published with a later date takes over on that date, and a version published
after it replaces it even before that date (its author knew of it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from lms.models import User
from privacy.models import Consent, PrivacyNotice


def _today(today: date | None) -> date:
    return today or timezone.localdate()


def notice_current(*, today: date | None = None) -> PrivacyNotice | None:
    """The notice in force today, or None when none is published yet. One query."""
    return (
        PrivacyNotice.objects.filter(published_at__isnull=False, effective_from__lte=_today(today))
        .order_by("-version")
        .first()
    )


@dataclass(frozen=True)
class NoticeVersions:
    """What the public notice page lists: the current version, the one that comes next (published
    with a later date), and the earlier ones, newest first."""

    current: PrivacyNotice | None
    upcoming: PrivacyNotice | None
    earlier: list[PrivacyNotice]


def notice_versions(*, today: date | None = None) -> NoticeVersions:
    """Every published version, sorted into current, upcoming and earlier. One query."""
    day = _today(today)
    published = list(PrivacyNotice.objects.filter(published_at__isnull=False).order_by("-version"))
    current = next((notice for notice in published if notice.effective_from <= day), None)
    if current is None:
        upcoming = published[-1] if published else None
        return NoticeVersions(current=None, upcoming=upcoming, earlier=[])
    later = [notice for notice in published if notice.version > current.version]
    earlier = [notice for notice in published if notice.version < current.version]
    return NoticeVersions(current=current, upcoming=later[-1] if later else None, earlier=earlier)


def notice_published(*, version: int) -> PrivacyNotice | None:
    """A published version by its number (a draft is not public). One query."""
    return PrivacyNotice.objects.filter(published_at__isnull=False, version=version).first()


def consents_of(user: User) -> QuerySet[Consent]:
    """The person's consents given and withdrawn, newest first, each with its notice version
    (`consent.notice.version`). One query when iterated."""
    return Consent.objects.filter(person_id=user.pk).select_related("notice").order_by("-at", "-pk")


def consent_latest(*, user: User) -> Consent | None:
    """The person's latest consent row, given or withdrawn, with its notice. One query."""
    return consents_of(user).first()


def consent_method_needed(*, user: User, notice: PrivacyNotice | None) -> str | None:
    """How the person must be asked to agree to `notice` (the current one) at sign-in, or None
    when they need not be asked. One query (none without a notice).

    Never agreed to any version: `invitation` (an imported account; a signup records its consent).
    Their last word was a withdrawal: `reconsent`. Agreed to an earlier version and this one asks
    for fresh consent: `reconsent`. Agreed to this version, or to an earlier one when this one
    does not ask again: not asked."""
    if notice is None:
        return None
    latest = consent_latest(user=user)
    if latest is None:
        return Consent.Method.INVITATION
    if latest.action == Consent.Action.WITHDRAWN:
        return Consent.Method.RECONSENT
    if latest.notice_id == notice.pk or latest.notice.version > notice.version:
        return None
    return Consent.Method.RECONSENT if notice.requires_consent else None
