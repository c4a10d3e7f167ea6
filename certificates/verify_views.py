"""Public verification, no sign-in: by the token in the link or QR code, or by a typed short code."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from certificates.codes import is_token, normalise_short_code
from certificates.selectors import certificate_by_short_code, certificate_by_token, public_certificate
from lms import permissions
from lms.ratelimit import over_the_limit

LOOKUPS_PER_MINUTE = 20


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
            # Ministry staff go on to the certificate in the register, to revoke it there.
            "register_url": reverse("certificates_admin:inspect", args=[certificate.pk])
            if permissions.can_revoke_certificates(request.user)
            else None,
        },
    )


def verify_code_view(request):
    """Check a certificate by typing its short code (KZ-XXXX-XXXX)."""
    typed = (request.GET.get("code") or "").strip()
    if not typed:
        return render(request, "certificates/verify_form.html", {"typed": ""})
    if over_the_limit(request, scope="certificate-lookups", per_minute=LOOKUPS_PER_MINUTE):
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
