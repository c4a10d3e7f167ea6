"""The coverage pages: the country, a region, and the cascade."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from coverage.boundaries import boundary_map
from coverage.charts import horizontal_bars, month_rows
from coverage.filters import region_from_code
from coverage.scope import filters_for
from coverage.selectors.cascade import OUTLIER_MIN_SCORED, OUTLIER_POINTS, cascade_summary
from coverage.selectors.common import summaries_updating
from coverage.selectors.national import national_summary
from coverage.selectors.region import region_summary
from coverage.tilemap import tile_map
from lms import permissions
from lms.audit import access_record


def _own_region_redirect(request, name, **kwargs):
    """A coordinator asking for the whole country is sent to their own region instead."""
    user = request.user
    if permissions.can_view_coverage(user) and not permissions.is_national_viewer(user):
        code = permissions.coordinated_region(user).code
        params = request.GET.copy()
        if name == "coverage:region":
            params.pop("region", None)
            return redirect(f"{reverse(name, kwargs={'code': code})}?{params.urlencode()}".rstrip("?"))
        params["region"] = code
        return redirect(f"{reverse(name)}?{params.urlencode()}".rstrip("?"))
    return None


def _record(request, what, filters, *tables):
    """The audit row of a page whose tables name people (trainers, holders): the region's, or the
    country's (lms.audit). The regions' and generations' figures are counts, not anyone's data."""
    access_record(request, what=what, region=filters.region, people=sum(len(table.rows) for table in tables))


@login_required
def national_view(request):
    """The country: every region against its target, on a map and in tables (analysts)."""
    if not request.GET.get("region"):
        redirected = _own_region_redirect(request, "coverage:region")
        if redirected:
            return redirected
    elif permissions.can_view_coverage(request.user):
        params = request.GET.copy()
        region = region_from_code(params.pop("region")[-1])
        url = reverse("coverage:region", kwargs={"code": region.code})
        return redirect(f"{url}?{urlencode(params, doseq=True)}".rstrip("?"))
    filters = filters_for(request.user, request.GET)
    summary = national_summary(filters)
    return render(
        request,
        "coverage/national.html",
        {
            "filters": filters,
            "summary": summary,
            "map": boundary_map(summary["regions"].rows) or tile_map(summary["regions"].rows),
            "chart": month_rows(summary["months"]),
            "can_set_targets": permissions.can_set_targets(request.user),
            "updating": summaries_updating(),
        },
    )


@login_required
def region_view(request, code):
    """One region by district, with its trainers, groups and expiring certificates."""
    filters = filters_for(request.user, request.GET, region_code=code)
    summary = region_summary(filters, filters.region)
    _record(request, "coverage:region", filters, summary["trainers"], summary["expiring"])
    return render(
        request,
        "coverage/region.html",
        {
            "filters": filters,
            "region": filters.region,
            "summary": summary,
            "national": permissions.is_national_viewer(request.user),
            "national_query": filters.query(region=""),
            "updating": summaries_updating(),
        },
    )


@login_required
def cascade_view(request):
    """Generations, reach, utilisation and knowledge by generation, for the country or a region."""
    if not request.GET.get("region"):
        redirected = _own_region_redirect(request, "coverage:cascade")
        if redirected:
            return redirected
    if not permissions.can_view_coverage(request.user):
        raise PermissionDenied
    filters = filters_for(request.user, request.GET)
    summary = cascade_summary(filters)
    _record(request, "coverage:cascade", filters, summary["masters"], summary["outliers"])
    generations = summary["generations"].rows
    distribution = summary["utilisation"]["distribution"].rows
    return render(
        request,
        "coverage/cascade.html",
        {
            "filters": filters,
            "summary": summary,
            "region_choices": permissions.regions_visible_to(request.user).order_by("code"),
            "knowledge_chart": horizontal_bars(
                [
                    (
                        _("Generation %(number)s") % {"number": row["generation"]}
                        if row["generation"].isdigit()
                        else row["generation"],
                        row["final_mean"],
                        100,
                    )
                    for row in generations
                ]
            ),
            "distribution_chart": horizontal_bars(
                [
                    (row["bucket"], row["trainers"], max((item["trainers"] for item in distribution), default=0))
                    for row in distribution
                ]
            ),
            "outlier_points": OUTLIER_POINTS,
            "outlier_scored": OUTLIER_MIN_SCORED,
            "updating": summaries_updating(),
        },
    )
