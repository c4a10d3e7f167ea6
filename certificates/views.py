"""The holder's pages: their certificates, the PDF, and renewing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from certificates.links import verify_url
from certificates.models import Certificate
from certificates.selectors import certificates_of, course_urls
from certificates.services import NotRenewable, certificate_pdf, certificate_renewal_start, renewal_refusal


def _renewal(certificate, today, course_url):
    """What the holder's card says about renewing: under way, open, or when it opens."""
    if certificate.is_renewed or certificate.status == Certificate.Status.REVOKED:
        return None
    if (certificate.round_now or 0) > certificate.number:
        return {"state": "under_way", "course_url": course_url}
    refusal = renewal_refusal(certificate=certificate, today=today)
    if refusal is None:
        return {"state": "open"}
    return {"state": "later", "message": refusal}


@login_required
def my_certificates_view(request):
    """The learner's certificates, each with its PDF, the link to share, and renewal."""
    certificates = certificates_of(user=request.user)
    today = timezone.localdate()
    language = (get_language() or "kk")[:2]
    urls = course_urls({certificate.course_key for certificate in certificates}, language)
    rows = [
        {
            "certificate": certificate,
            "course_title": certificate.course_title(language),
            "status": Certificate.Status(certificate.status_on(today)).label,
            "share_url": verify_url(certificate),
            "renewal": _renewal(certificate, today, urls.get(certificate.course_key)),
        }
        for certificate in certificates
    ]
    return render(request, "certificates/my_certificates.html", {"rows": rows})


def _own_certificate(request, certificate_id):
    certificate = Certificate.objects.filter(pk=certificate_id, user=request.user).first()
    if certificate is None:
        raise Http404(_("No such certificate."))
    return certificate


@login_required
def download_view(request, certificate_id):
    """The holder's PDF; anyone else's certificate is not found."""
    certificate = _own_certificate(request, certificate_id)
    content = certificate_pdf(certificate=certificate, verify_url=verify_url(certificate))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.short_code}.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def renew_view(request, certificate_id):
    """Start renewing: the course starts again for the holder, who is taken to it."""
    certificate = _own_certificate(request, certificate_id)
    try:
        certificate_renewal_start(user=request.user, certificate=certificate)
    except NotRenewable as refusal:
        messages.error(request, str(refusal))
        return redirect("certificates:mine")
    messages.success(
        request,
        _(
            "Renewal started: go through the lessons and pass the final assessment again. "
            "Your certificate stays valid until %(date)s."
        )
        % {"date": formats.date_format(certificate.expires_on, "d.m.Y")},
    )
    url = course_urls({certificate.course_key}, (get_language() or "kk")[:2]).get(certificate.course_key)
    return redirect(url or "certificates:mine")
