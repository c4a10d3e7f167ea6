"""My cascade (a trainer), and the groups of a region (coordinators) or of the country (analysts)."""

import re

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from cascade.models import Cohort
from cascade.selectors import course_titles, trainer_generation
from cascade.tree import cascade_overview
from cascade.views import page_language
from lms import permissions
from lms.audit import access_record
from lms.models import Region

COHORTS_PER_PAGE = 50
REGION_CODE = re.compile(r"KZ-[0-9A-Z]{2,3}")


@login_required
def my_cascade_view(request):
    """How many people the trainer's trainees trained in turn, by generation, and through whom."""
    generation = trainer_generation(request.user)
    overview = cascade_overview(trainer=request.user, generation=generation) if generation is not None else None
    return render(request, "cascade/my_cascade.html", {"generation": generation, "overview": overview})


@login_required
def cohorts_view(request):
    """Every group a coordinator (their region) or an analyst (any region, filtered) may see."""
    if not permissions.can_view_coverage(request.user):
        raise PermissionDenied
    regions = list(permissions.regions_visible_to(request.user))
    code = request.GET.get("region", "")
    cohorts = permissions.cohorts_visible(request.user, Cohort.objects.all())
    region = None
    if code:
        region = next((item for item in regions if item.code == code), None)
        if region is None:
            if REGION_CODE.fullmatch(code) and Region.objects.filter(code=code).exists():
                raise PermissionDenied
            raise Http404(_("No such region."))
        cohorts = cohorts.filter(region=region)
    page = Paginator(
        cohorts.select_related("trainer", "region").order_by("-starts_on", "-pk"), COHORTS_PER_PAGE
    ).get_page(request.GET.get("page"))
    # The trainers named on the page: a region's (the one chosen, or a coordinator's only one) or the country's.
    access_record(
        request,
        what="cascade:cohorts",
        region=region or (regions[0] if len(regions) == 1 else None),
        people=len({cohort.trainer_id for cohort in page}),
    )
    titles = course_titles([cohort.course_key for cohort in page], page_language())
    for cohort in page:
        cohort.course_title = titles.get(cohort.course_key, ("", None))[0]
    return render(
        request,
        "cascade/cohorts.html",
        {"page": page, "regions": regions, "region": region, "show_filter": len(regions) > 1},
    )
