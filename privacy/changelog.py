"""Change logs: who changed people, roles, regions, districts, certificates, reporting contacts, API
keys and privacy notices, when, from where, and each field before and after (django-auditlog).

Everything auditlog records is registered here, in one place (`changelog_register`, called by
privacy.apps `ready`): the privacy app may import every app, none of them imports it. A model's
fields are listed (`include_fields`), so a new field is not logged until someone decides it should
be; secrets and churn (password, last_login, an API key's hash and last use) never are. The actor and
the address come from `ChangeLogActorMiddleware`. Entries are read in the admin
(privacy/admin_changelog.py), never edited there; an erasure (lms.hooks.PERSONAL_DATA_ERASE) blanks
what identifies the person in the entries about them (`changelog_erase`).

Two departures from auditlog's defaults, both for the learner's hot paths:
- a save that names its fields (`update_fields`) and names none that is logged skips auditlog's read
  of the row before it (a sign-in's `last_login`, a certificate's PDF, the interface language);
- a certificate's creation is not logged: the row is its own record of the issue (issued on, by
  whom, from which group) and it is created inside the learner's quiz submit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from auditlog.middleware import AuditlogMiddleware
from auditlog.models import LogEntry
from auditlog.receivers import log_update
from auditlog.registry import auditlog
from auditlog.signals import pre_log
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import pre_save

from lms.ratelimit import client_address

# What is logged of each model: the fields whose changes matter to the people they concern, to the
# children's safety (reporting contacts) or to who may see what (roles, regions, keys).
TRACKED: dict[str, dict[str, Any]] = {
    "lms.User": {
        "include_fields": [
            "email",
            "full_name",
            "region",
            "district",
            "school",
            "position",
            "is_active",
            "is_staff",
            "is_superuser",
            "coordinated_region",
        ],
        # Never, whatever is included one day: the password's hash and every sign-in's time.
        "exclude_fields": ["password", "last_login"],
        # Roles are groups: each one given or taken is logged.
        "m2m_fields": {"groups"},
    },
    "lms.Region": {"include_fields": ["code", "name_kk", "name_ru", "name_en", "teacher_target"]},
    "lms.District": {"include_fields": ["region", "name_kk", "name_ru", "name_en"]},
    "certificates.Certificate": {
        "include_fields": ["status", "revoked_reason", "revoked_at", "revoked_by", "holder_name", "expires_on"],
    },
    "courses.ReportingContact": {
        "include_fields": ["service", "phone", "hours", "note", "region", "sort_order", "live", "expire_at"],
    },
    "coverage.ApiToken": {"include_fields": ["user", "name", "revoked_at"], "exclude_fields": ["key_hash"]},
    "privacy.PrivacyNotice": {
        "include_fields": [
            "version",
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
            "published_at",
            "published_by",
        ],
    },
}

# Created rows that are not logged (see the module's docstring).
CREATION_NOT_LOGGED = {"certificates.Certificate"}

# What an erasure blanks in the entries about a person: the fields that name or find them.
PERSON_FIELDS = ("email", "full_name", "school", "position")
CERTIFICATE_PERSON_FIELDS = ("holder_name",)
TOKEN_PERSON_FIELDS = ("name",)
ERASED = "—"


def _tracked(model: type[Model]) -> set[str]:
    options = TRACKED[model._meta.label]
    return set(options["include_fields"]) - set(options.get("exclude_fields", []))


def _update_logged(
    sender: type[Model], instance: Model, update_fields: Iterable[str] | None = None, **kwargs: Any
) -> None:
    """auditlog's pre_save receiver, skipped when the save names only fields that are not logged."""
    if update_fields is not None:
        names = {instance._meta.get_field(name).name for name in update_fields}
        if not names & _tracked(sender):
            return
    log_update(sender=sender, instance=instance, update_fields=update_fields, **kwargs)


def _creation_logged(sender: type[Model], action: int, **kwargs: Any) -> bool:
    """auditlog's pre_log: False leaves an entry unwritten."""
    return not (action == LogEntry.Action.CREATE and sender._meta.label in CREATION_NOT_LOGGED)


def _entry_never_rewritten(sender: type[LogEntry], instance: LogEntry, **kwargs: Any) -> None:
    # Append-only, like lms.audit.AccessRecord: an erasure blanks fields with an UPDATE query,
    # retention deletes old entries in bulk; nothing saves an entry again.
    if instance.pk is not None and not instance._state.adding:
        raise ValueError("A change-log entry is never changed.")


def changelog_register() -> None:
    """Register every model of TRACKED with auditlog (once; privacy.apps calls it at startup)."""
    for label, options in TRACKED.items():
        model = apps.get_model(label)
        if auditlog.contains(model):
            continue
        auditlog.register(
            model,
            **{key: list(value) for key, value in options.items() if key != "m2m_fields"},
            m2m_fields=set(options.get("m2m_fields", ())),
        )
        # auditlog's own update receiver, replaced by one that skips the saves of untracked fields.
        pre_save.disconnect(sender=model, dispatch_uid=auditlog._dispatch_uid(pre_save, log_update))
        pre_save.connect(_update_logged, sender=model, dispatch_uid=f"changelog_update_{label}")
    pre_log.connect(_creation_logged, dispatch_uid="changelog_creation_logged")
    pre_save.connect(_entry_never_rewritten, sender=LogEntry, dispatch_uid="changelog_entry_never_rewritten")


class ChangeLogActorMiddleware(AuditlogMiddleware):
    """auditlog's middleware (the signed-in person is the actor of what the request changes), with the
    client's address as the platform reads it behind its proxies (lms.ratelimit): auditlog's own
    trusts any X-Forwarded-For a client sends."""

    @staticmethod
    def _get_remote_addr(request: Any) -> str | None:
        from ipaddress import ip_address

        try:
            return str(ip_address(client_address(request)))
        except ValueError:
            return None

    @staticmethod
    def _get_remote_port(request: Any) -> int | None:
        return None


# Erasure: the entries about the person keep what happened (which fields, when, by whom) and lose
# what names them. Runs in the erasure's transaction, and again when it commits, to catch what the
# erasure itself logged after this provider (the person's own fields blanked, their roles taken).


def changelog_erase(*, user: Model) -> dict[str, int]:
    """Blank the person's name, email, school and position in the change log: in the entries about
    their account, their certificates and their API keys (values and the entries' titles), and their
    email and address in the entries of changes they made. Returns how many entries it changed."""
    changed = _changelog_blank(user_id=user.pk)
    transaction.on_commit(lambda: _changelog_blank(user_id=user.pk))
    return {"changelog_entries": changed}


def _changelog_blank(*, user_id: int) -> int:
    from certificates.models import Certificate
    from coverage.models import ApiToken
    from lms.models import User

    certificate_ids = [str(pk) for pk in Certificate.objects.filter(user_id=user_id).values_list("pk", flat=True)]
    # A key's name is free text ("Aigul's spreadsheet"): the person's keys, also those deleted since,
    # found by the owner their creation logged.
    token_type = ContentType.objects.get_for_model(ApiToken)
    token_ids = {str(pk) for pk in ApiToken.objects.filter(user_id=user_id).values_list("pk", flat=True)} | set(
        LogEntry.objects.filter(content_type=token_type, changes__user__1=str(user_id)).values_list(
            "object_pk", flat=True
        )
    )
    entries = []
    for model, object_pks, fields in (
        (User, [str(user_id)], PERSON_FIELDS),
        (Certificate, certificate_ids, CERTIFICATE_PERSON_FIELDS),
        (ApiToken, sorted(token_ids), TOKEN_PERSON_FIELDS),
    ):
        if not object_pks:
            continue
        content_type = ContentType.objects.get_for_model(model)
        for entry in LogEntry.objects.filter(content_type=content_type, object_pk__in=object_pks).only(
            "pk", "object_pk", "changes"
        ):
            entry.object_repr = f"№{entry.object_pk}"
            entry.changes = _blanked(entry.changes, fields)
            entry.changes_text = ""
            entry.serialized_data = None
            entries.append(entry)
    LogEntry.objects.bulk_update(entries, ["object_repr", "changes", "changes_text", "serialized_data"], batch_size=500)
    changed = len(entries)
    changed += (
        LogEntry.objects.filter(actor_id=user_id)
        .exclude(actor_email=None, remote_addr=None)
        .update(actor_email=None, remote_addr=None)
    )
    return changed


def _blanked(changes: Any, fields: Iterable[str]) -> Any:
    if not isinstance(changes, dict):
        return changes
    return {
        name: [value if value in ("", "None", None) else ERASED for value in values]
        if name in fields and isinstance(values, list)
        else values
        for name, values in changes.items()
    }
