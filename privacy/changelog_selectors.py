"""Reading the change logs (privacy/changelog.py) for the admin's search (privacy/admin_changelog.py).

Entries are read as they were written: values are shown as stored (text, numbers, dates), with the
regions and districts they point to named, and role groups in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from auditlog.models import LogEntry
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from lms import stored_names
from lms.models import District, Region, User
from privacy.changelog import TRACKED

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# The kinds of rows a search may narrow to, by the key its form sends.
KINDS: dict[str, str] = {
    "people": "lms.User",
    "regions": "lms.Region",
    "districts": "lms.District",
    "certificates": "certificates.Certificate",
    "contacts": "courses.ReportingContact",
    "keys": "coverage.ApiToken",
    "notices": "privacy.PrivacyNotice",
}

ACTIONS: dict[int, StrOrPromise] = {
    LogEntry.Action.CREATE: _("New row"),
    LogEntry.Action.UPDATE: _("Row changed"),
    LogEntry.Action.DELETE: _("Row deleted"),
    LogEntry.Action.ACCESS: _("Row opened"),
}

# The one many-to-many field logged is a person's groups: their roles.
M2M_OPERATIONS: dict[str, StrOrPromise] = {"add": _("Roles given"), "delete": _("Roles taken away")}
NAMED_BY_REGION = {"region", "coordinated_region"}


@dataclass
class ChangeLine:
    """One entry in words: when, who (their email then, or the system), from where, which row,
    what was done, and each field's label with its value before and after."""

    at: datetime
    who: str
    address: str | None
    kind: StrOrPromise
    title: str
    action: StrOrPromise
    changes: list[tuple[StrOrPromise, str, str]] = field(default_factory=list)
    person_id: int | None = None


def change_entries(
    *,
    kind: str = "",
    about: str = "",
    actor: str = "",
    since: date | None = None,
    until: date | None = None,
) -> QuerySet[LogEntry]:
    """The entries of the tracked models, newest first: of one kind (a KINDS key), whose row's title
    as logged contains `about`, made by someone whose email contains `actor`, from `since` to `until`
    inclusive (days in the platform's time zone). With their content type: one query a page."""
    content_types = ContentType.objects.get_for_models(*(apps.get_model(label) for label in TRACKED))
    by_label = {model._meta.label: content_type for model, content_type in content_types.items()}
    if kind in KINDS:
        rows = LogEntry.objects.filter(content_type=by_label[KINDS[kind]])
    else:
        rows = LogEntry.objects.filter(content_type__in=list(by_label.values()))
    if about:
        # The row's title as logged (a person's name, a certificate's code), its number, or for
        # people their email today.
        matches = Q(object_repr__icontains=about) | Q(object_pk=about.strip().lstrip("№#"))
        matches |= Q(
            content_type=by_label["lms.User"], object_id__in=User.objects.filter(email__icontains=about).values("pk")
        )
        rows = rows.filter(matches)
    if actor:
        rows = rows.filter(actor_email__icontains=actor)
    if since is not None:
        rows = rows.filter(timestamp__date__gte=since)
    if until is not None:
        rows = rows.filter(timestamp__date__lte=until)
    return rows.select_related("content_type").order_by("-timestamp", "-pk")


def change_lines(entries: list[LogEntry]) -> list[ChangeLine]:
    """The entries of one page in words. At most three queries whatever their number: the regions
    (all of them, a short list), the districts named, and the holders of the certificates listed."""
    regions = _names(Region, entries, NAMED_BY_REGION) if _refers(entries, NAMED_BY_REGION) else {}
    districts = _names(District, entries, {"district"}) if _refers(entries, {"district"}) else {}
    holders = _certificate_holders(entries)
    lines = []
    for entry in entries:
        model = entry.content_type.model_class()
        person_id = None
        if model is not None and model._meta.label == "lms.User":
            person_id = entry.object_id
        elif model is not None and model._meta.label == "certificates.Certificate":
            person_id = holders.get(entry.object_id or 0)
        lines.append(
            ChangeLine(
                at=entry.timestamp,
                who=entry.actor_email or str(_("the system")),
                address=entry.remote_addr,
                kind=model._meta.verbose_name if model is not None else entry.content_type.model,
                title=entry.object_repr,
                action=ACTIONS.get(entry.action, ""),
                changes=[
                    _change(model, name, values, regions=regions, districts=districts)
                    for name, values in sorted((entry.changes or {}).items())
                ],
                person_id=person_id,
            )
        )
    return lines


def people_in(lines: list[ChangeLine]) -> set[int]:
    """The people whose account or certificate the lines show."""
    return {line.person_id for line in lines if line.person_id is not None}


def _refers(entries: list[LogEntry], names: set[str]) -> bool:
    return any(names & set(entry.changes or {}) for entry in entries)


def _names(model: type[Region] | type[District], entries: list[LogEntry], fields: set[str]) -> dict[str, str]:
    if model is Region:
        rows: Any = Region.objects.all()
    else:
        ids = {
            value
            for entry in entries
            for name, values in (entry.changes or {}).items()
            if name in fields and isinstance(values, list)
            for value in values
            if isinstance(value, str) and value.isdigit()
        }
        rows = District.objects.filter(pk__in=ids)
    return {str(row.pk): row.name for row in rows}


def _certificate_holders(entries: list[LogEntry]) -> dict[int, int]:
    from certificates.models import Certificate

    ids = {entry.object_id for entry in entries if entry.content_type.model == "certificate" and entry.object_id}
    if not ids:
        return {}
    return dict(Certificate.objects.filter(pk__in=ids).values_list("pk", "user_id"))


def _change(
    model: Any, name: str, values: Any, *, regions: dict[str, str], districts: dict[str, str]
) -> tuple[StrOrPromise, str, str]:
    try:
        model_field = model._meta.get_field(name) if model is not None else None
    except FieldDoesNotExist:
        model_field = None
    label: StrOrPromise = getattr(model_field, "verbose_name", None) or name
    if isinstance(values, dict) and values.get("type") == "m2m":
        # A role given or taken: {"type": "m2m", "operation": "add", "objects": [group names]}.
        groups = ", ".join(_group_name(value) for value in values.get("objects", []))
        return M2M_OPERATIONS.get(values.get("operation", ""), label), "", groups
    if not isinstance(values, list) or len(values) != 2:
        return label, "", str(values)
    before, after = (_value(model_field, value, regions=regions, districts=districts) for value in values)
    return label, before, after


def _value(model_field: Any, value: Any, *, regions: dict[str, str], districts: dict[str, str]) -> str:
    if value in (None, "None"):
        return "—"
    value = str(value)
    name = getattr(model_field, "name", "")
    if name in NAMED_BY_REGION:
        return regions.get(value, f"№{value}")
    if name == "district":
        return districts.get(value, f"№{value}")
    choices = dict(getattr(model_field, "choices", None) or [])
    if value in choices:
        return str(choices[value])
    if getattr(model_field, "get_internal_type", lambda: "")() == "BooleanField":
        return str(_("yes")) if value == "True" else str(_("no"))
    if getattr(model_field, "is_relation", False):
        return f"№{value}"
    return value


def _group_name(value: str) -> str:
    stored = stored_names.stored_name("auth.group", value)
    translated = stored_names.NAMES["auth.group"].get(stored)
    return str(translated) if translated is not None else value
