"""The parts of an erasure that concern rows no app below owns for the person: their own user row,
their sign-in (allauth addresses, second factors, Wagtail preferences) and the trails that name
them (the personal-data audit trail, Wagtail's log). Called by privacy.services `person_erase`
inside its transaction, after the apps' own erasure (django-auditlog's change log is blanked by
privacy/changelog.py `changelog_erase`, a PERSONAL_DATA_ERASE provider, and again on commit).

Rows are changed with `QuerySet.update`: no signal fires, so the erasure writes no new change-log
entry carrying the old values, and append-only models (lms.audit.AccessRecord) refuse `save()`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, quote_plus

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import ModelLogEntry, PageLogEntry

from lms.audit import AccessRecord
from lms.erased import ERASED_NAME, erased_email, text_without
from lms.models import User
from lms.services import role_names_of, user_roles_changed

# Below this length a name is not looked for in other rows' text: it would match inside words.
SHORTEST_NAME_SEARCHED = 5


def without(value: Any, needles: tuple[str, ...]) -> Any:
    """`value` (text, or JSON: lists, dicts, strings) with every needle replaced by the dash."""
    if isinstance(value, str):
        return text_without(value, *needles)
    if isinstance(value, list):
        return [without(item, needles) for item in value]
    if isinstance(value, dict):
        return {key: without(item, needles) for key, item in value.items()}
    return value


def needles_of(person: User) -> tuple[str, ...]:
    """What identifies the person in the text of rows about them: their name, email and school."""
    return tuple(text for text in (person.full_name, person.email, person.school) if text and text != ERASED_NAME)


def searched_of(person: User) -> tuple[str, ...]:
    """What is looked for in the text of other rows: their name and email (a school is shared with
    colleagues), when long enough not to match inside words."""
    return tuple(
        text
        for text in (person.full_name, person.email)
        if len(text or "") >= SHORTEST_NAME_SEARCHED and text != ERASED_NAME
    )


def _scrubbed(rows, fields: tuple[str, ...], needles: tuple[str, ...], extra: dict[str, Any] | None = None) -> int:
    """Replace the needles in `fields` of each row (a queryset), one update per changed row."""
    changed = 0
    for row in rows.only("pk", *fields):
        values = {field: without(getattr(row, field), needles) for field in fields}
        values = {field: value for field, value in values.items() if value != getattr(row, field)}
        values.update(extra or {})
        if values:
            type(row)._default_manager.filter(pk=row.pk).update(**values)
            changed += 1
    return changed


def user_row_erase(*, person: User, by: User | None) -> dict[str, int]:
    """The person's own row: no email, name, school or position; no roles; no way to sign in.
    Kept: region and district (the statistics count by them), language, when they joined and
    last signed in. Their sessions end: an inactive person with a changed password is refused
    at their next request (Django checks the session against the password, allauth the flag)."""
    roles_before = role_names_of(person)
    person.groups.clear()
    person.user_permissions.clear()
    User.objects.filter(pk=person.pk).update(is_superuser=False, is_staff=False)
    person.is_superuser = person.is_staff = False
    user_roles_changed(user=person, roles_before=roles_before, by=by)
    User.objects.filter(pk=person.pk).update(
        email=erased_email(person.pk),
        full_name=ERASED_NAME,
        first_name="",
        last_name="",
        school="",
        position="",
        is_active=False,
        password=make_password(None),
        coordinated_region=None,
    )
    addresses, _kinds = EmailAddress.objects.filter(user=person).delete()
    factors, _kinds = Authenticator.objects.filter(user=person).delete()
    profile = apps.get_model("wagtailusers", "UserProfile").objects.filter(user=person).delete()[0]
    return {"email_addresses": addresses, "second_factors": factors, "admin_preferences": profile}


def audit_trail_erase(*, person: User, searched: tuple[str, ...]) -> int:
    """Accesses they made keep who by id, not by address, nor where from; an address that
    carries their name or email in its query (a search for them) loses the query."""
    done = AccessRecord.objects.filter(actor=person).update(actor_label=erased_email(person.pk), ip=None)
    named = Q()
    for needle in searched:
        for form in {needle, quote(needle), quote_plus(needle)}:
            named |= Q(path__icontains=form) | Q(token_label__icontains=form)
    if named:
        for record in AccessRecord.objects.filter(named).only("pk", "path", "token_label"):
            AccessRecord.objects.filter(pk=record.pk).update(
                path=record.path.split("?", 1)[0], token_label=text_without(record.token_label, *searched)
            )
            done += 1
    return done


def wagtail_log_erase(*, person: User, needles: tuple[str, ...], searched: tuple[str, ...]) -> int:
    """Wagtail's log of the user admin labels each entry with the person as they were named then."""
    user_type = ContentType.objects.get_for_model(User)
    about = ModelLogEntry.objects.filter(content_type=user_type, object_id=str(person.pk))
    done = _scrubbed(about, ("label", "data"), needles, extra={"label": ERASED_NAME})
    named = Q()
    for needle in searched:
        named |= Q(label__icontains=needle)
    if named:
        done += _scrubbed(ModelLogEntry.objects.filter(named).exclude(pk__in=about.values("pk")), ("label",), searched)
        done += _scrubbed(PageLogEntry.objects.filter(named), ("label",), searched)
    return done


def change_log_named_erase(*, person: User, searched: tuple[str, ...]) -> int:
    """django-auditlog's entries that name the person outside their account and certificates
    (those are privacy/changelog.py `changelog_erase`'s): an API key they named after themselves,
    any other row whose title carries their name or email."""
    if not apps.is_installed("auditlog"):
        return 0
    LogEntry = apps.get_model("auditlog", "LogEntry")
    ApiToken = apps.get_model("coverage", "ApiToken")
    tokens = [str(pk) for pk in ApiToken.objects.filter(user=person).values_list("pk", flat=True)]
    named = Q(content_type=ContentType.objects.get_for_model(ApiToken), object_pk__in=tokens)
    for needle in searched:
        named |= Q(object_repr__icontains=needle) | Q(changes_text__icontains=needle)
    return _scrubbed(LogEntry.objects.filter(named), ("object_repr", "changes_text", "changes"), searched)
