"""The holder's certificates and downloads, and public verification (no sign-in)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from certificates.codes import is_token, normalise_short_code
from certificates.links import verify_url
from certificates.models import Certificate
from certificates.selectors import (
    certificate_by_short_code,
    certificate_by_token,
    certificates_of,
    public_certificate,
)
from certificates.services import AlreadyRevoked, certificate_pdf, certificate_revoke
from courses.views import MAX_ID
from lms import permissions

LOOKUPS_PER_MINUTE = 20


@login_required
def my_certificates_view(request):
    """The learner's certificates, each with its PDF and the link to share."""
    certificates = certificates_of(user=request.user)
    today = timezone.localdate()
    language = (get_language() or "kk")[:2]
    rows = [
        {
            "certificate": certificate,
            "course_title": certificate.course_title(language),
            "status": Certificate.Status(certificate.status_on(today)).label,
            "share_url": verify_url(certificate),
        }
        for certificate in certificates
    ]
    return render(request, "certificates/my_certificates.html", {"rows": rows})


@login_required
def download_view(request, certificate_id):
    """The holder's PDF; anyone else's certificate is not found."""
    certificate = (
        Certificate.objects.filter(pk=certificate_id, user=request.user).first() if certificate_id <= MAX_ID else None
    )
    if certificate is None:
        raise Http404(_("No such certificate."))
    content = certificate_pdf(certificate=certificate, verify_url=verify_url(certificate))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.short_code}.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def verify_view(request, token):
    """The public page of a certificate: the holder's name, course, dates, status and trainer."""
    certificate = certificate_by_token(token) if is_token(token) else None
    if certificate is None:
        return render(request, "certificates/not_found.html", status=404)
    language = (get_language() or certificate.language)[:2]
    return render(
        request,
        "certificates/verify.html",
        {
            "public": public_certificate(certificate=certificate, language=language),
            "certificate_id": certificate.pk,
            "may_revoke": permissions.can_revoke_certificates(request.user)
            and certificate.status != Certificate.Status.REVOKED,
        },
    )


@login_required
def revoke_view(request, certificate_id):
    """Revoke a certificate with a reason (ministry analysts and superusers)."""
    if not permissions.can_revoke_certificates(request.user):
        raise PermissionDenied
    certificate = Certificate.objects.filter(pk=certificate_id).first() if certificate_id <= MAX_ID else None
    if certificate is None:
        raise Http404(_("No such certificate."))
    reason, error = "", None
    if request.method == "POST":
        reason = (request.POST.get("reason") or "").strip()
        if not "".join(character for character in reason if character.isprintable()).strip():
            error = _("Give the reason for revoking: it is kept in the certificate's history.")
        else:
            try:
                certificate_revoke(certificate=certificate, by=request.user, reason=reason)
            except AlreadyRevoked:
                messages.info(request, _("This certificate was already revoked."))
            else:
                messages.success(request, _("The certificate is revoked. Its verification page says so now."))
            return redirect("certificates:verify", token=certificate.token)
    language = (get_language() or certificate.language)[:2]
    return render(
        request,
        "certificates/revoke.html",
        {
            "public": public_certificate(certificate=certificate, language=language),
            "reason": reason,
            "error": error,
            "events": list(certificate.events.select_related("by")),
        },
        status=400 if error else 200,
    )


def _client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def _over_the_limit(request):
    """Typed-code lookups per address and minute; the 21st in a minute is refused."""
    key = f"certificate-lookups:{_client_address(request)}:{int(timezone.now().timestamp() // 60)}"
    if cache.add(key, 1, timeout=90):
        return False
    try:
        return cache.incr(key) > LOOKUPS_PER_MINUTE
    except ValueError:  # the key expired between add and incr
        cache.add(key, 1, timeout=90)
        return False


def verify_code_view(request):
    """Check a certificate by typing its short code (KZ-XXXX-XXXX)."""
    typed = (request.GET.get("code") or "").strip()
    if not typed:
        return render(request, "certificates/verify_form.html", {"typed": ""})
    if _over_the_limit(request):
        return render(
            request,
            "certificates/verify_form.html",
            {"typed": typed, "notice": _("Too many checks from your connection. Wait a minute and try again.")},
            status=429,
        )
    code = normalise_short_code(typed)
    certificate = certificate_by_short_code(code) if code else None
    if certificate is None:
        message = (
            _("No certificate has this code. Check it against the certificate and try again.")
            if code
            else _("A code looks like KZ-7ACD-9QTX: KZ and eight letters and digits.")
        )
        return render(request, "certificates/verify_form.html", {"typed": typed, "error": message}, status=404)
    return redirect("certificates:verify", token=certificate.token)
