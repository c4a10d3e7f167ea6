"""Certificates of a region as one zip, for ministry analysts (any region) and regional
coordinators (their own). A trainer's cohort uses the same zip (certificates.bulk)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from certificates.bulk import certificates_zip
from certificates.models import Certificate, not_revoked, valid_on
from lms import permissions
from lms.audit import AccessRecord, access_record
from lms.models import Region


def _downloadable(queryset):
    """Valid and expired certificates: a revoked one is not handed out again."""
    return queryset.not_revoked()


def list_headers():
    return [
        _("Code"),
        _("Holder"),
        _("Course"),
        _("Issued on"),
        _("Valid until"),
        _("Status"),
        _("Trainer"),
        _("File"),
    ]


@login_required
def regions_view(request):
    """The regions the user may download, with how many certificates each zip holds."""
    if not permissions.can_view_coverage(request.user):
        raise PermissionDenied
    today = timezone.localdate()
    regions = permissions.regions_visible_to(request.user).annotate(
        valid=Count("certificates", filter=valid_on(today, through="certificates__")),
        downloadable=Count("certificates", filter=not_revoked(through="certificates__")),
    )
    return render(request, "certificates/regions.html", {"regions": list(regions)})


@login_required
def region_zip_view(request, code):
    """Every valid or expired certificate of the region as a zip, sent as it is made."""
    region = Region.objects.filter(code=code).first()
    if region is None:
        raise Http404(_("No such region."))
    if not permissions.can_view_region(request.user, region):
        raise PermissionDenied
    certificates = _downloadable(Certificate.objects.filter(region=region))
    access_record(
        request,
        what="certificates:region_zip",
        action=AccessRecord.Action.DOWNLOAD,
        region=region,
        people=certificates.values("user_id").distinct().count(),
    )
    chunks = certificates_zip(
        certificates,
        language=(get_language() or "kk")[:2],
        list_name=f"{_('certificates')}-{region.code}.csv",
        headers=list_headers(),
    )
    response = StreamingHttpResponse(chunks, content_type="application/zip")
    filename = f"certificates-{region.code}-{timezone.localdate():%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
