"""The personal-data audit trail: every view or download by staff or a trainer of another person's
data is written here, append-only (DESIGN: "Personal data"). Views call `access_record` once per
answer; a person reads who accessed theirs (`accesses_of`), staff search it within their scope.

A row names one person (`subject`: a trainee's record, a user's admin page) or a group (`cohort_id`,
`region`, or neither for the whole country: a roster, an export, a zip of certificates), with how
many people it covered.

Rows are never changed and never deleted one by one. The one way they go is retention
(privacy/retention.py `retention_apply`, in the nightly upkeep): rows older than
`PRIVACY_RETENTION["audit_days"]` are removed in batches with `AccessRecord.objects.filter(...)
.retention_delete()`; any other queryset delete is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db import models
from django.db.models import Q, QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from lms import roles
from lms.hooks import PersonCohort, person_cohorts

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django_stubs_ext import StrOrPromise

    from lms.models import User


class AccessRecordQuerySet(models.QuerySet["AccessRecord"]):
    def delete(self) -> tuple[int, dict[str, int]]:
        raise ValueError("Access records are removed only by retention (privacy/retention.py).")

    def retention_delete(self) -> int:
        """Delete these rows in bulk: only for retention (privacy/retention.py), which selects the
        rows past their period. Returns how many went."""
        deleted, _per_model = super().delete()
        return deleted


class AccessRecord(models.Model):
    class Action(models.TextChoices):
        VIEW = "view", _("viewed")
        DOWNLOAD = "download", _("downloaded")
        EXPORT = "export", _("exported")
        API = "api", _("read through the API")

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("who"),
    )
    # Kept as it was when the access happened, also once the account is gone.
    actor_label = models.CharField(_("who (as recorded)"), max_length=300)
    action = models.CharField(_("what was done"), max_length=10, choices=Action.choices)
    what = models.CharField(_("what"), max_length=200, help_text=_("The page or file, as the platform names it."))
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("whose"),
    )
    # Whether the row is about one person: kept when that account is gone, so the row never reads as
    # a group's or a region's afterwards.
    about_person = models.BooleanField(_("about one person"), default=False)
    cohort_id = models.PositiveBigIntegerField(_("group"), null=True, blank=True)
    region = models.ForeignKey(
        "lms.Region", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("region")
    )
    people = models.PositiveIntegerField(_("people covered"), default=1)
    path = models.CharField(_("address"), max_length=500)
    ip = models.GenericIPAddressField(_("from where"), null=True, blank=True)
    token_label = models.CharField(_("API key"), max_length=200, blank=True)

    objects = AccessRecordQuerySet.as_manager()

    class Meta:
        app_label = "lms"
        ordering = ["-at", "-pk"]
        verbose_name = _("personal data access")
        verbose_name_plural = _("personal data accesses")
        indexes = [
            models.Index(fields=["subject", "at"], name="access_subject_at"),
            models.Index(fields=["actor", "at"], name="access_actor_at"),
            models.Index(fields=["cohort_id", "at"], name="access_cohort_at"),
            models.Index(fields=["region", "at"], name="access_region_at"),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.what}"

    def save(self, *args, **kwargs):
        # Append-only: a recorded access is never rewritten (retention removes old rows in bulk).
        if self.pk is not None:
            raise ValueError("An access record is never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("An access record is never deleted one by one (retention removes old rows in bulk).")


def _address(request):
    from ipaddress import ip_address

    from lms.ratelimit import client_address

    try:
        return str(ip_address(client_address(request)))
    except ValueError:
        return None


def access_record(
    request,
    *,
    what: str,
    action: str = AccessRecord.Action.VIEW,
    subject=None,
    cohort_id: int | None = None,
    region=None,
    people: int = 1,
    token_label: str = "",
) -> AccessRecord | None:
    """Record that the person answering `request` (or the API key) saw another person's data.

    Not for a HEAD request: its answer carries the headers only, no one's data (None is returned)."""
    if request.method == "HEAD":
        return None
    user = getattr(request, "user", None)
    actor = user if user is not None and user.is_authenticated else None
    actor_label = (actor.email if actor is not None else "") or token_label or "?"
    if subject is not None and region is None:
        # The person's region when it happened: a coordinator's search keeps to it after a move.
        region_id = subject.region_id
    else:
        region_id = getattr(region, "pk", region)
    return AccessRecord.objects.create(
        about_person=subject is not None,
        actor=actor,
        actor_label=actor_label[:300],
        action=action,
        what=what[:200],
        subject=subject,
        cohort_id=cohort_id,
        region_id=region_id,
        people=people,
        path=request.get_full_path()[:500],
        ip=_address(request),
        token_label=token_label[:200],
    )


# Reading the trail: a person reads the rows about them, staff search the rows of their scope.
# Who may search is decided by lms/permissions.py; `may_search_accesses` and `accesses_visible_to`
# only combine its functions for this list (national viewers: all; a coordinator: their region).
# lms.permissions reads lms.models, which imports this module: it is imported where it is used.

PER_PAGE = 50

# Rows of the whole country (no region, group or person) that hand out people's data: an export,
# a download or an API read. A page view of a national list is not counted against everyone.
NATIONAL_HANDOUTS = (AccessRecord.Action.EXPORT, AccessRecord.Action.DOWNLOAD, AccessRecord.Action.API)


def accesses_of(user: User, *, cohorts: Iterable[PersonCohort] | None = None) -> QuerySet[AccessRecord]:
    """The records that concern this person, newest first, their own accesses left out: rows that
    name them; rows of a group they are in (a roster, its CSV, its zip) since they joined it; rows
    of their region with no group or person (a region's export or zip) and national exports,
    downloads and API reads, since they signed up. `cohorts` is what `person_cohorts` answered
    (asked here when not given: one query). The rows themselves: one query, whatever their number."""
    if cohorts is None:
        cohorts = person_cohorts(user=user)
    about = Q(subject=user)
    for cohort in cohorts:
        about |= Q(cohort_id=cohort.id, about_person=False, at__gte=cohort.joined_at)
    groupless = Q(cohort_id__isnull=True, about_person=False, at__gte=user.date_joined)
    if user.region_id is not None:
        about |= groupless & Q(region_id=user.region_id)
    about |= groupless & Q(region__isnull=True, action__in=NATIONAL_HANDOUTS)
    return AccessRecord.objects.filter(about).exclude(actor=user).order_by("-at", "-pk")


@dataclass
class AccessLine:
    """One row of the person's page, in words: when, who (name and role, or the API key), what."""

    at: datetime
    who: str
    role: StrOrPromise
    what: StrOrPromise


def access_lines_of(user: User, *, page: str | int | None = None) -> Page[Any]:
    """The person's page of `accesses_of`, 50 rows a page, each an `AccessLine`. Four queries
    (their groups, the count, the rows with who opened them, those people's roles), three when
    nothing is recorded."""
    cohorts = list(person_cohorts(user=user))
    names = {cohort.id: cohort.name for cohort in cohorts}
    rows = accesses_of(user, cohorts=cohorts).select_related("actor").prefetch_related("actor__groups")
    result: Page[Any] = Paginator(rows, PER_PAGE).get_page(page)
    result.object_list = [
        AccessLine(at=record.at, who=_who(record), role=_role(record.actor), what=_what(record, names))
        for record in result.object_list
    ]
    return result


def _who(record: AccessRecord) -> str:
    if record.token_label:
        return gettext("API key «%(label)s»") % {"label": record.token_label}
    # A name the person may read; never a staff member's e-mail address.
    if record.actor is not None and record.actor.full_name:
        return record.actor.full_name
    return gettext("A staff member")


def _role(actor: User | None) -> StrOrPromise:
    if actor is None:
        return ""
    if actor.is_superuser:
        return _("Administrator")
    names = {group.name for group in actor.groups.all()}
    for name in (roles.MINISTRY_ANALYSTS, roles.REGIONAL_COORDINATORS, roles.TRAINERS, *roles.ALL):
        if name in names:
            return roles.LABELS[name]
    return ""


# What was opened, as a teacher would say it. Keys are the URL names views record as `what`.
_PERSONAL: dict[str, StrOrPromise] = {
    "cascade:trainee": _("Your record in the group «%(group)s»"),
}
_GROUP: dict[str, StrOrPromise] = {
    "cascade:cohort": _("The page of your group «%(group)s»"),
    "cascade:roster": _("The list of your group «%(group)s»"),
    "cascade:roster_csv": _("The list of your group «%(group)s», downloaded as a table"),
    "cascade:cohort_zip": _("The certificates of your group «%(group)s», downloaded"),
    "cascade:attendance": _("The attendance of your group «%(group)s»"),
}
_GROUP_BY_ACTION: dict[str, StrOrPromise] = {
    AccessRecord.Action.VIEW: _("The list of your group «%(group)s»"),
    AccessRecord.Action.DOWNLOAD: _("Files of your group «%(group)s», downloaded"),
    AccessRecord.Action.EXPORT: _("The list of your group «%(group)s», downloaded as a table"),
    AccessRecord.Action.API: _("The list of your group «%(group)s», read through the API"),
}
_REGION_BY_ACTION: dict[str, StrOrPromise] = {
    AccessRecord.Action.VIEW: _("A list of the teachers of your region"),
    AccessRecord.Action.DOWNLOAD: _("The certificates of your region's teachers, downloaded"),
    AccessRecord.Action.EXPORT: _("An export of data on your region's teachers"),
    AccessRecord.Action.API: _("Data on your region's teachers, read through the API"),
}
_COUNTRY_BY_ACTION: dict[str, StrOrPromise] = {
    AccessRecord.Action.VIEW: _("A list of teachers across the country"),
    AccessRecord.Action.DOWNLOAD: _("The certificates of teachers across the country, downloaded"),
    AccessRecord.Action.EXPORT: _("An export of data on teachers across the country"),
    AccessRecord.Action.API: _("Data on teachers across the country, read through the API"),
}


def _what(record: AccessRecord, group_names: dict[int, str]) -> StrOrPromise:
    group = group_names.get(record.cohort_id, f"№{record.cohort_id}") if record.cohort_id else ""
    if record.subject_id is not None:
        if record.what in _PERSONAL and group:
            return _PERSONAL[record.what] % {"group": group}
        if record.what.startswith("certificates_admin:"):
            return _("Your certificate in the ministry's register")
        if group:
            return _("Your record in the group «%(group)s»") % {"group": group}
        if record.action == AccessRecord.Action.DOWNLOAD:
            return _("Your document, downloaded")
        return _("Your account and record")
    if record.cohort_id is not None:
        template = _GROUP.get(record.what) or _GROUP_BY_ACTION.get(record.action, _GROUP_BY_ACTION["view"])
        return template % {"group": group}
    if record.region_id is not None and record.what == "cascade:cohorts":
        return _("The list of your region's groups and their trainers")
    table = _REGION_BY_ACTION if record.region_id is not None else _COUNTRY_BY_ACTION
    return table.get(record.action, table["view"])


def may_search_accesses(user: User | AnonymousUser) -> bool:
    """Ministry analysts and superusers search every record; a regional coordinator those of the
    region the ministry assigned them (lms.permissions); nobody else."""
    from lms import permissions

    return permissions.is_national_viewer(user) or permissions.is_regional_coordinator(user)


def accesses_visible_to(user: User) -> QuerySet[AccessRecord]:
    """The records a staff member may search: all for national viewers; for a coordinator the
    rows of their coordinated region (recorded with it, or about a person whose profile is there);
    none for anyone else. With who, whose and the region: one query a page."""
    from lms import permissions

    rows = AccessRecord.objects.select_related("actor", "subject", "region").order_by("-at", "-pk")
    if permissions.is_national_viewer(user):
        return rows
    region_id = permissions.coordinated_region_id(user)
    if region_id is None:
        return rows.none()
    # The region stored when the access happened (the person's region then), not where they live now.
    return rows.filter(region_id=region_id)


def accesses_search(
    rows: QuerySet[AccessRecord],
    *,
    person: str = "",
    actor: str = "",
    action: str = "",
    since: date | None = None,
    until: date | None = None,
) -> QuerySet[AccessRecord]:
    """Narrow `rows` (from `accesses_visible_to`): whose email contains `person`, who (their email,
    name or the API key's label) contains `actor`, one action, days from `since` to `until`
    inclusive, in the platform's time zone."""
    if person:
        rows = rows.filter(subject__email__icontains=person)
    if actor:
        rows = rows.filter(
            Q(actor_label__icontains=actor) | Q(actor__full_name__icontains=actor) | Q(token_label__icontains=actor)
        )
    if action:
        rows = rows.filter(action=action)
    if since is not None:
        rows = rows.filter(at__date__gte=since)
    if until is not None:
        rows = rows.filter(at__date__lte=until)
    return rows
