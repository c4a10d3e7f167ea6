"""Writes of the privacy notice and of consent.

A notice is a draft until it is published; a published version is never changed or deleted
again (a change is a new version, started as a copy). Consent rows are only ever added: a
withdrawal is a row of its own. Each function runs in one transaction; a notice being changed or
published is locked first (select_for_update), so a publish and an edit cannot cross.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.models import User
from privacy.models import Consent, PrivacyNotice, Purpose
from privacy.notice_text import first_version_fields

# What staff write in a version; everything else (number, publication) the platform sets.
NOTICE_FIELDS = (
    "title_kk",
    "title_ru",
    "title_en",
    "body_kk",
    "body_ru",
    "body_en",
    "changes_kk",
    "changes_ru",
    "changes_en",
    "effective_from",
    "requires_consent",
)


class NoticePublished(PermissionDenied):
    """A published version was to be changed or deleted: it never is."""

    def __init__(self) -> None:
        super().__init__(_("A published version of the privacy notice cannot be changed or deleted. Make a copy."))


def _locked_draft(notice: PrivacyNotice) -> PrivacyNotice:
    locked = PrivacyNotice.objects.select_for_update().get(pk=notice.pk)
    if locked.published_at is not None:
        raise NoticePublished()
    return locked


def _fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: fields[name] for name in NOTICE_FIELDS if name in fields}


@transaction.atomic
def notice_draft_create(*, fields: Mapping[str, Any]) -> PrivacyNotice:
    """A new draft with the next version number after every version there is."""
    latest = PrivacyNotice.objects.select_for_update().aggregate(latest=Max("version"))["latest"] or 0
    return PrivacyNotice.objects.create(version=latest + 1, **_fields(fields))


@transaction.atomic
def notice_draft_update(*, notice: PrivacyNotice, fields: Mapping[str, Any]) -> PrivacyNotice:
    """Change a draft; refuses (NoticePublished) once the version is published."""
    draft = _locked_draft(notice)
    for name, value in _fields(fields).items():
        setattr(draft, name, value)
    draft.save()
    return draft


@transaction.atomic
def notice_draft_delete(*, notice: PrivacyNotice) -> None:
    """Delete a draft; refuses (NoticePublished) once the version is published."""
    _locked_draft(notice).delete()


def notice_copy_fields(*, notice: PrivacyNotice, today: date | None = None) -> dict[str, Any]:
    """What a new version starts from when copied from `notice`: its titles and texts, in force
    from today, asking for fresh consent, with "what changed" left for the author to write."""
    fields = {name: getattr(notice, name) for name in NOTICE_FIELDS}
    fields.update(changes_kk="", changes_ru="", changes_en="", requires_consent=True)
    fields["effective_from"] = max(today or timezone.localdate(), notice.effective_from)
    return fields


@transaction.atomic
def notice_publish(*, notice: PrivacyNotice, by: User | None, today: date | None = None) -> PrivacyNotice:
    """Publish a draft: from now on it is never changed. It takes effect on its `effective_from`,
    which may not lie in the past (a notice never applies before people could read it)."""
    draft = _locked_draft(notice)
    if draft.effective_from < (today or timezone.localdate()):
        raise ValidationError(
            {"effective_from": _("The date it takes effect has passed: set today or a later date, then publish.")}
        )
    draft.published_at = timezone.now()
    draft.published_by = by
    draft.save(update_fields=["published_at", "published_by"])
    return draft


@transaction.atomic
def notice_first_version() -> tuple[PrivacyNotice, bool]:
    """Version 1 of the notice, published and in force from today, unless a version exists
    already (then that first version and False): safe to run again. For a fresh installation
    (`manage.py privacy_notice_initial`) and the demo."""
    existing = PrivacyNotice.objects.select_for_update().order_by("version").first()
    if existing is not None:
        return existing, False
    notice = PrivacyNotice.objects.create(
        version=1,
        effective_from=timezone.localdate(),
        requires_consent=True,
        published_at=timezone.now(),
        **first_version_fields(),
    )
    return notice, True


@transaction.atomic
def consent_record(
    *,
    person: User,
    notice: PrivacyNotice,
    method: str,
    language: str,
    action: str = Consent.Action.GIVEN,
    purposes: list[str] | None = None,
) -> Consent:
    """Add one consent row: `person` gave (or withdrew) consent to `notice` for `purposes` (all
    four unless named), now, in `language`, by `method`. Refuses a draft notice."""
    if notice.published_at is None:
        raise ValueError("Consent is given to a published notice only.")
    return Consent.objects.create(
        person=person,
        notice=notice,
        action=action,
        purposes=list(purposes) if purposes is not None else [purpose.value for purpose in Purpose],
        language=(language or "kk")[:2],
        method=method,
    )
