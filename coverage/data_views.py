"""Exports (CSV, XLSX) and the read-only JSON API: the tables of the pages, with their scope."""

from datetime import date

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext as _

from coverage.catalogue import NATIONAL, REGION, TABLES, table_for
from coverage.exports import csv_response, xlsx_response
from coverage.models import ApiToken
from coverage.scope import filters_for
from coverage.tokens import key_hash, user_of_key
from lms import permissions
from lms.audit import AccessRecord, access_record
from lms.errors import Refused
from lms.views import refusal_response

# The tables that name people (trainers, master trainers, holders): an export or an API answer of
# one is recorded (lms.audit). The others are counts by region, month or generation.
PEOPLE_TABLES = frozenset({"trainers", "expiring", "masters", "outliers", "holders"})


def _people(table):
    """How many people a table lists; 0 for a list read as a stream (the holders), not counted
    beforehand so that 400,000 rows are not read twice."""
    return len(table.rows) if isinstance(table.rows, list | tuple) else 0


class _AsKeyOwner:
    """The request as the audit sees it when a key, not a session, answered for the person."""

    def __init__(self, request, user):
        self._request = request
        self.user = user

    def __getattr__(self, name):
        return getattr(self._request, name)


def _key_label(request):
    """The name its owner gave the key the request carries ("" for a session)."""
    _kind, _space, key = request.headers.get("Authorization", "").partition(" ")
    if not key.strip():
        return ""
    return ApiToken.objects.filter(key_hash=key_hash(key.strip())).values_list("name", flat=True).first() or ""


class RegionRequired(Refused):
    """A table of one region (districts, trainers...) asked for the whole country: the address
    is right but lacks `region`, so the answer is 400 with the reason, not 404."""

    def __init__(self, slug):
        self.slug = slug
        super().__init__(
            _("region=… is required for this table: “%(table)s” is of one region. Add, for example, ?region=KZ-35.")
            % {"table": slug}
        )


def _filters_for_table(user, slug, params):
    entry = TABLES.get(slug)
    if entry is None:
        raise Http404(_("No such table."))
    filters = filters_for(user, params)
    if entry.scope == REGION and filters.region is None:
        raise RegionRequired(slug)
    return entry, filters


@login_required
def export_view(request, slug, extension):
    if extension not in ("csv", "xlsx"):
        raise Http404(_("Exports are CSV or XLSX."))
    try:
        _entry, filters = _filters_for_table(request.user, slug, request.GET)
    except RegionRequired:
        # Said on a page of the site, with the regions this person may choose, instead of a bare 404.
        return render(
            request,
            "coverage/export_needs_region.html",
            {
                "slug": slug,
                "extension": extension,
                "regions": permissions.regions_visible_to(request.user).order_by("code"),
                "query": request.GET.urlencode(),
            },
            status=400,
        )
    if filters.period_errors:
        return refusal_response(
            request,
            status=400,
            heading=_("This download cannot be made"),
            reason=" ".join(str(error) for error in filters.period_errors),
        )
    table = table_for(slug, filters)
    if slug in PEOPLE_TABLES:
        access_record(
            request,
            what="coverage:export",
            action=AccessRecord.Action.EXPORT,
            region=filters.region,
            people=_people(table),
        )
    place = filters.region.code if filters.region else "KZ"
    filename = f"{slug}-{place}-{timezone.localdate():%Y-%m-%d}"
    if extension == "xlsx":
        return xlsx_response(table, filename)
    return csv_response(table, filename)


def _api_user(request):
    """The key's owner when the request carries an Authorization header, of whatever kind (None
    for anything but a valid key); the session's user otherwise. A request with the header is
    let past the second-factor check (lms.mfa) as the key's business, so the session must then
    play no part: `Authorization: Basic x` with a staff session is not a way around enrolment."""
    if "Authorization" not in request.headers:
        return request.user if request.user.is_authenticated else None
    kind, _space, key = request.headers["Authorization"].partition(" ")
    if kind.lower() in ("token", "bearer") and key.strip():
        return user_of_key(key.strip())
    return None


def _error(message, status, **details):
    """`error` says what went wrong to a person, in their language; `details` (such as a
    `reason` code) let a program tell the cases apart without reading the words."""
    return JsonResponse(
        {"error": force_str(message), **details}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def _json_value(value):
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float):
        return value
    return force_str(value)


def api_view(request, slug=None):
    """GET /api/v1/coverage/[<table>/]: the tables the user may read, or one of them as JSON,
    with the same filters (course, from, to, region) and scope as the pages. Authenticated by
    the session or by `Authorization: Token <key>`."""
    if request.method != "GET":
        return _error(_("Only GET is allowed."), 405)
    user = _api_user(request)
    if user is None:
        response = _error(_("Sign in, or send a key: Authorization: Token <key>."), 401)
        response["WWW-Authenticate"] = 'Token realm="coverage"'
        return response
    if not permissions.can_view_coverage(user):
        return _error(_("You may not see these figures."), 403)
    if slug is None:
        return JsonResponse(
            {"tables": [{"name": name, "scope": entry.scope} for name, entry in TABLES.items() if entry.in_api]}
        )
    try:
        entry, filters = _filters_for_table(user, slug, request.GET)
        if not entry.in_api:
            raise Http404(_("No such table."))
    except PermissionDenied:
        return _error(_("You may not see these figures."), 403)
    except RegionRequired as refusal:
        if not TABLES[slug].in_api:  # the lists of people are not served here at any scope
            return _error(_("No such table."), 404)
        return _error(refusal.message, 400, reason="region_required")
    except Http404 as error:
        return _error(error.args[0] if error.args else _("Not found."), 404)
    if filters.period_errors:
        return _error(" ".join(filters.period_errors), 400)
    table = table_for(slug, filters)
    if slug in PEOPLE_TABLES:
        access_record(
            _AsKeyOwner(request, user),
            what="coverage_api:table",
            action=AccessRecord.Action.API,
            region=filters.region,
            people=_people(table),
            token_label=_key_label(request),
        )
    return JsonResponse(
        {
            "table": slug,
            "title": force_str(table.title),
            "filters": {
                "course": str(filters.course_key),
                "from": filters.date_from.isoformat(),
                "to": filters.date_to.isoformat(),
                "region": filters.region.code if filters.region else None,
                "national": entry.scope == NATIONAL and filters.region is None,
            },
            "columns": [
                {"key": column.key, "label": force_str(column.label), "kind": column.kind} for column in table.columns
            ],
            "rows": [{column.key: _json_value(row.get(column.key)) for column in table.columns} for row in table.rows],
            "total": (
                {column.key: _json_value(table.footer.get(column.key)) for column in table.columns}
                if table.footer
                else None
            ),
        },
        json_dumps_params={"ensure_ascii": False},
    )
