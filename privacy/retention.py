"""Retention: what the platform no longer needs goes, every night (privacy/upkeep.py), after the
periods of `settings.PRIVACY_RETENTION` (docs/personal-data.md has the table).

- Never-confirmed signups: an account whose address was never verified and that never signed in,
  older than `unconfirmed_signup_days`, holding nothing but its own account rows (addresses, its
  signup consent, a second factor, a Wagtail profile): deleted outright, with its consent rows,
  since that person never became a user. One holding any other record is kept (and falls under
  the inactive accounts' rule).
- Inactive accounts: nobody signed in for `inactive_account_days` (since the signup when never):
  first an `InactivityWarning` and an email ("erased on <date> unless you sign in"), once per
  stretch of inactivity; a sign-in after it makes it void. Once `inactive_warning_days` have
  passed, the person is erased through `privacy.services.erasure_request` (source RETENTION, at
  once): the same erasure as a person's own request.
- Staff (superusers, `is_staff`, a coordinated region or a staff role of lms.permissions) are never
  erased or deleted by retention: inactive ones are counted in the report for a person to review.
- Access records (lms.audit) older than `audit_days`, and the change log (django-auditlog) when
  installed: deleted in bulk, the one way such rows go.
- Background task results (django-tasks' database backend) finished longer than
  `task_result_days` ago, succeeded or failed; never a waiting or running one.

Work whose cost grows with the data runs in batches of `BATCH` rows, keyset by primary key, one
transaction a batch: a fixed number of queries per batch, whatever the number of rows in it, and
never every row in memory. Erasing one inactive person is a transaction of its own (every app
erases its rows through the `PERSONAL_DATA_ERASE` hook), so that part costs per person.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from functools import partial
from typing import Any, cast

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Exists, F, Model, OuterRef, Q, QuerySet, Subquery
from django.db.models.deletion import ProtectedError, RestrictedError
from django.db.models.functions import Coalesce
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from lms.audit import AccessRecord
from lms.erased import ERASED_DOMAIN
from lms.models import User
from lms.permissions import STAFF_ROLES
from privacy.models import Consent, ErasureRequest, InactivityWarning

logger = logging.getLogger(__name__)

BATCH = 1000

DEFAULTS = {
    "unconfirmed_signup_days": 7,
    "inactive_account_days": 3 * 365,
    "inactive_warning_days": 30,
    "audit_days": 5 * 365,
    "task_result_days": 30,
}

# The rows that belong to the account itself and go with it: they are not records that keep a
# never-confirmed signup. The consent rows are deleted first (their foreign key protects the person).
# An access record keeps the access when the person goes (its foreign keys are set to null).
ACCOUNT_OWN = frozenset(
    {
        "account.EmailAddress",
        "mfa.Authenticator",
        "wagtailusers.UserProfile",
        "privacy.Consent",
        "privacy.InactivityWarning",
        "lms.AccessRecord",
    }
)


def retention_periods() -> dict[str, int]:
    """The periods in days: the defaults, with what `settings.PRIVACY_RETENTION` sets."""
    return {**DEFAULTS, **getattr(settings, "PRIVACY_RETENTION", {})}


def retention_apply(*, now: datetime | None = None, dry_run: bool = False) -> dict[str, Any]:
    """Remove what is due at `now` and return how many of each kind went (with `dry_run`: would
    go, and nothing changes). Keys: `unconfirmed_signups` (deleted), `inactive_erased` (erased after
    the warning), `inactive_warned` (warned now), `staff_inactive` (kept, for review),
    `access_records`, `change_log` (when django-auditlog is installed), `task_results`; `dry_run`."""
    now = now or timezone.now()
    days = retention_periods()
    inactive_before = now - timedelta(days=days["inactive_account_days"])
    audit_before = now - timedelta(days=days["audit_days"])
    report: dict[str, Any] = {
        "unconfirmed_signups": _unconfirmed_signups_delete(
            before=now - timedelta(days=days["unconfirmed_signup_days"]), dry_run=dry_run
        ),
        # The erasures first: a warning made tonight is never due tonight.
        "inactive_erased": _inactive_erase(now=now, dry_run=dry_run),
        "inactive_warned": _inactive_warn(
            before=inactive_before,
            now=now,
            erase_after=_start_of_day(now + timedelta(days=days["inactive_warning_days"])),
            dry_run=dry_run,
        ),
        "staff_inactive": _inactive(before=inactive_before).filter(_staff()).count(),
        "access_records": _batches_delete(
            AccessRecord.objects.filter(at__lt=audit_before),
            dry_run=dry_run,
            delete=lambda rows: rows.retention_delete(),
        ),
    }
    if apps.is_installed("auditlog"):
        from auditlog import get_logentry_model

        report["change_log"] = _batches_delete(
            get_logentry_model().objects.filter(timestamp__lt=audit_before), dry_run=dry_run
        )
    report["task_results"] = _batches_delete(
        DBTaskResult.objects.filter(
            status__in=[TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED],
            finished_at__lt=now - timedelta(days=days["task_result_days"]),
        ),
        dry_run=dry_run,
    )
    report["dry_run"] = dry_run
    return report


def _start_of_day(moment: datetime) -> datetime:
    """Midnight, local time, of `moment`'s day: the night's run of that day is past it, whatever
    minute it starts at, so the date in the warning is the date of the erasure."""
    local = timezone.localtime(moment)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _staff() -> Q:
    """People retention never removes: superusers, Django staff, a coordinated region, a staff role."""
    staff_role = User.groups.through.objects.filter(user_id=OuterRef("pk"), group__name__in=STAFF_ROLES)
    return Q(is_superuser=True) | Q(is_staff=True) | Q(coordinated_region__isnull=False) | Q(Exists(staff_role))


def _erased() -> Q:
    """People erased already, or with an erasure asked for and not yet carried out (the erasures'
    own run carries it out, after its grace period)."""
    asked = ErasureRequest.objects.filter(person_id=OuterRef("pk"), cancelled_at__isnull=True)
    return Q(email__endswith=f"@{ERASED_DOMAIN}") | Q(Exists(asked))


def _keyset(rows: QuerySet[Any], *, fields: tuple[str, ...] = ("pk",)) -> Iterator[list[Any]]:
    """The rows' values of `fields`, BATCH at a time in primary-key order, each batch read with
    one query after the last one's key (so a batch deleted meanwhile does not shift the next)."""
    last = None
    flat = fields == ("pk",)
    while True:
        page = rows.order_by("pk") if last is None else rows.filter(pk__gt=last).order_by("pk")
        batch = list(page.values_list(*fields, flat=True)[:BATCH] if flat else page.values_list(*fields)[:BATCH])
        if not batch:
            return
        yield batch
        last = batch[-1] if flat else batch[-1][0]


def _batches_delete(rows: QuerySet[Any], *, dry_run: bool, delete: Callable[[Any], int] | None = None) -> int:
    """Delete `rows` BATCH at a time, one transaction each: two queries a batch (the keys, the
    delete) for a model nothing refers to. With `dry_run` one query: the count."""
    if dry_run:
        return rows.count()
    model: type[Model] = rows.model
    removed = 0
    for ids in _keyset(rows):
        with transaction.atomic():
            batch = model._default_manager.filter(pk__in=ids)
            removed += delete(batch) if delete is not None else batch.delete()[1].get(model._meta.label, 0)
    return removed


def _holds_records() -> Q:
    """The person is referred to by any row other than their account's own (ACCOUNT_OWN): an
    enrolment, a certificate, a group they lead, an API key, a page they own... One EXISTS each,
    found from the model's relations, so a new app's records count without a change here."""
    held = Q()
    for relation in User._meta.related_objects:
        model = cast("type[Model]", relation.related_model)
        if model._meta.label in ACCOUNT_OWN:
            continue
        rows = model._base_manager.filter(**{relation.field.name: OuterRef("pk")})
        held |= Q(Exists(rows))
    return held


def _unconfirmed() -> QuerySet[User]:
    verified = EmailAddress.objects.filter(user_id=OuterRef("pk"), verified=True)
    return User.objects.filter(last_login__isnull=True).exclude(Exists(verified)).exclude(_staff()).exclude(_erased())


def _unconfirmed_signups_delete(*, before: datetime, dry_run: bool) -> int:
    """Accounts never confirmed nor signed in, joined before `before`, holding no records: deleted
    with their consent rows, BATCH a transaction (a fixed number of queries a batch: the keys, the
    consents, then the deletion collector's one per related table). A record made meanwhile keeps
    its batch for the next night."""
    due = _unconfirmed().filter(date_joined__lt=before).exclude(_holds_records())
    if dry_run:
        return due.count()
    removed = 0
    for ids in _keyset(due):
        try:
            with transaction.atomic(), _change_log_off():
                # The keys again inside the transaction, with the rule: nothing changed in between.
                ids = list(due.filter(pk__in=ids).values_list("pk", flat=True))
                Consent.objects.filter(person_id__in=ids).delete()
                _account_logs_delete(ids)
                removed += User.objects.filter(pk__in=ids).delete()[1].get(User._meta.label, 0)
        except (ProtectedError, RestrictedError):
            logger.warning("Retention kept a batch of never-confirmed signups: a record was made meanwhile.")
    return removed


def _account_logs_delete(ids: list[int]) -> None:
    """The log entries about these accounts themselves (Wagtail's, and django-auditlog's when
    installed: "created", with the name and address): they describe only an account that goes."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    user_type = ContentType.objects.get_for_model(User)
    keys = [str(pk) for pk in ids]
    ModelLogEntry.objects.filter(content_type=user_type, object_id__in=keys).delete()
    if apps.is_installed("auditlog"):
        from auditlog import get_logentry_model

        get_logentry_model().objects.filter(content_type=user_type, object_pk__in=keys).delete()


@contextlib.contextmanager
def _change_log_off() -> Iterator[None]:
    """The deletion of a never-confirmed signup is not written to the change log (django-auditlog,
    when installed): its entry would keep the very address being removed. The night's report
    counts it."""
    if not apps.is_installed("auditlog"):
        yield
        return
    from auditlog.context import disable_auditlog

    with disable_auditlog():
        yield


def _inactive(*, before: datetime) -> QuerySet[User]:
    """Accounts whose last sign-in (or signup, when never) is before `before`, not erased."""
    return (
        User.objects.annotate(last_seen=Coalesce("last_login", "date_joined"))
        .filter(last_seen__lt=before)
        .exclude(_erased())
    )


def _inactive_warn(*, before: datetime, now: datetime, erase_after: datetime, dry_run: bool) -> int:
    """Warn the inactive people with no warning since their last sign-in: a row each, made in bulk,
    and one task a batch that emails them once the batch is committed (privacy/tasks.py). Three
    queries a batch (the people, the rows, the task's booking after the commit)."""
    current = InactivityWarning.objects.filter(person_id=OuterRef("pk"), sent_at__gte=OuterRef("last_seen"))
    due = _inactive(before=before).exclude(_staff()).exclude(Exists(current))
    if dry_run:
        return due.count()
    from privacy.tasks import inactivity_warning_emails

    warned = 0
    for rows in _keyset(due, fields=("pk", "last_seen")):
        with transaction.atomic():
            warnings = InactivityWarning.objects.bulk_create(
                InactivityWarning(person_id=pk, inactive_since=last_seen, sent_at=now, erase_after=erase_after)
                for pk, last_seen in rows
            )
            ids = [warning.pk for warning in warnings]
            transaction.on_commit(partial(inactivity_warning_emails.enqueue, warning_ids=ids))
        warned += len(warnings)
    return warned


def _inactive_erase(*, now: datetime, dry_run: bool) -> int:
    """Erase the people whose warning's date has come and who did not sign in since it: one
    erasure each, in its own transaction (privacy.services)."""
    still_away = Q(last_login__isnull=True) | Q(last_login__lte=F("warned_at"))
    warned = InactivityWarning.objects.filter(person_id=OuterRef("pk"), erase_after__lte=now).order_by("-sent_at")
    due = (
        User.objects.annotate(warned_at=Subquery(warned.values("sent_at")[:1]))
        .filter(warned_at__isnull=False)
        .filter(still_away)
        .exclude(_staff())
        .exclude(_erased())
    )
    if dry_run:
        return due.count()
    from privacy.services import erasure_request

    erased = 0
    for ids in _keyset(due):
        for person in User.objects.filter(pk__in=ids).order_by("pk"):
            try:
                erasure_request(person=person, by=None, source=ErasureRequest.Source.RETENTION, at_once=True)
            except Exception:
                # One person's failure (a record an app cannot erase) leaves the others to go; it is
                # logged, and tried again the next night.
                logger.exception("Retention could not erase the inactive account %s.", person.pk)
                continue
            erased += 1
    return erased
