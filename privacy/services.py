"""Erasure and anonymisation of a person's personal data: one service for the person's own
request (carried out after a grace period, which they may cancel), staff (at once, from the
user admin), the user admin's delete of a person who holds records, and retention.

`person_erase` is the erasure itself, in one transaction with the person's row locked first
(select_for_update), then the rows of the apps (lms.hooks.PERSONAL_DATA_ERASE: each locks what it
changes through its own services, certificates first by their revocation), then the trails that
name the person. Learning records stay as anonymous rows, so every summary stays equal to a
rebuild; what is erased and what is kept is written in docs/personal-data.md.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.erased import is_erased
from lms.errors import Refused
from lms.hooks import personal_data_erase
from lms.models import User
from privacy import anonymise
from privacy.consent import consent_record
from privacy.erasure_mail import erasure_done_email, erasure_requested_email
from privacy.models import Consent, ErasureRequest
from privacy.notice_selectors import consent_latest, notice_current

logger = logging.getLogger(__name__)


class ErasureClosed(Refused):
    """The request was carried out or cancelled already."""

    default_message = _("This request was already carried out or cancelled.")


def grace_days() -> int:
    return int(getattr(settings, "PRIVACY_ERASURE_GRACE_DAYS", 14))


def erasure_open(*, person: User) -> ErasureRequest | None:
    """The person's request not yet carried out nor cancelled, or None. One query."""
    return ErasureRequest.objects.filter(person=person, cancelled_at__isnull=True, done_at__isnull=True).first()


def _consent_written(*, person: User, action: str) -> Consent | None:
    """A consent row of the person's own hand on "My data", for the notice they last answered (or
    the current one); none when no notice was ever published."""
    latest = consent_latest(user=person)
    notice = latest.notice if latest is not None else notice_current()
    if notice is None or (latest is not None and latest.action == action and latest.notice_id == notice.pk):
        return None
    return consent_record(
        person=person, notice=notice, method=Consent.Method.MY_DATA, language=person.language, action=action
    )


def erasure_request(
    *,
    person: User,
    by: User | None,
    source: str,
    now: datetime | None = None,
    at_once: bool = False,
) -> ErasureRequest:
    """Ask for the person's erasure: due after PRIVACY_ERASURE_GRACE_DAYS (14), or carried out at
    once when staff ask with `at_once`. The person's own request withdraws their consent in the
    same transaction and is confirmed by email. A second request while one is open returns that
    one (carried out now with `at_once`); for a person erased already, their last request."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=person.pk)
        if is_erased(locked):
            done = ErasureRequest.objects.filter(person=locked, done_at__isnull=False).first()
            if done is not None:
                return done
        request = erasure_open(person=locked)
        if request is None:
            request = ErasureRequest.objects.create(
                person=locked,
                source=source,
                requested_by=by,
                requested_at=now,
                due_at=now if at_once else now + timedelta(days=grace_days()),
            )
            if source == ErasureRequest.Source.PERSON:
                _consent_written(person=locked, action=Consent.Action.WITHDRAWN)
                transaction.on_commit(partial(erasure_requested_email.enqueue, request_id=request.pk))
    if at_once:
        person_erase(person=person, by=by, source=source, now=now)
        request.refresh_from_db()
    return request


def erasure_cancel(*, request: ErasureRequest, by: User) -> ErasureRequest:
    """Cancel a request before it is carried out: the person themselves or staff (the caller
    checks which). The consent the person withdrew with it is given again."""
    with transaction.atomic():
        User.objects.select_for_update().filter(pk=request.person_id).first()
        locked = ErasureRequest.objects.select_for_update().get(pk=request.pk)
        if locked.done_at is not None or locked.cancelled_at is not None:
            raise ErasureClosed
        locked.cancelled_at = timezone.now()
        locked.save(update_fields=["cancelled_at"])
        if locked.source == ErasureRequest.Source.PERSON:
            _consent_written(person=locked.person, action=Consent.Action.GIVEN)
    return locked


def person_erase(*, person: User, by: User | None, source: str, now: datetime | None = None) -> dict[str, int]:
    """Erase the person's personal data, all in one transaction, and return how many rows of
    each kind changed (also kept as the request's `report`). Idempotent: a person erased before
    is left alone (an empty report). The person is told by email just before their address goes,
    once the transaction has committed."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=person.pk)
        request = erasure_open(person=locked)
        if is_erased(locked):
            if request is not None:  # asked again meanwhile: nothing is left to erase
                ErasureRequest.objects.filter(pk=request.pk).update(done_at=now)
            return {}
        if request is None:
            request = ErasureRequest.objects.create(
                person=locked, source=source, requested_by=by, requested_at=now, due_at=now
            )
        needles, searched = anonymise.needles_of(locked), anonymise.searched_of(locked)
        address, language = locked.email, locked.language
        report = dict(personal_data_erase(user=locked))
        report.update(anonymise.user_row_erase(person=locked, by=by))
        report["audit_records"] = anonymise.audit_trail_erase(person=locked, searched=searched)
        report["admin_log_entries"] = anonymise.wagtail_log_erase(person=locked, needles=needles, searched=searched)
        report["change_log_named"] = anonymise.change_log_named_erase(person=locked, searched=searched)
        ErasureRequest.objects.filter(pk=request.pk).update(done_at=now, report=report)
        transaction.on_commit(partial(erasure_done_email, address=address, language=language))
    person.refresh_from_db()
    return report


def person_erase_by_staff(*, person: User, by: User | None) -> dict[str, int]:
    """The PERSON_ERASE provider (the user admin's delete page): staff erase a person at once."""
    return person_erase(person=person, by=by, source=ErasureRequest.Source.STAFF)


def erasures_carry_out_due(*, now: datetime | None = None) -> int:
    """Carry out every open request whose grace period has ended (the nightly upkeep), each in its
    own transaction; returns how many people were erased. One that fails is logged and left
    open for the next night."""
    now = now or timezone.now()
    due = list(
        ErasureRequest.objects.filter(cancelled_at__isnull=True, done_at__isnull=True, due_at__lte=now)
        .select_related("person", "requested_by")
        .order_by("due_at", "pk")
    )
    done = 0
    for request in due:
        try:
            if person_erase(person=request.person, by=request.requested_by, source=request.source, now=now):
                done += 1
        except Exception:
            logger.exception("Erasure request %s could not be carried out", request.pk)
    return done
