"""Public verification, no sign-in: by the token in the link or QR code, or by a typed short code."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from certificates.codes import is_token, normalise_short_code
from certificates.selectors import certificate_by_short_code, certificate_by_token, public_certificate
from lms import permissions
from lms.erased import is_erased
from lms.ratelimit import over_the_limit

LOOKUPS_PER_MINUTE = 20


def verify_view(request, token):
    """The public page of a certificate: the holder's name, course, dates, status and trainer;
    for a holder or trainer whose personal data were erased, that it was, instead of the name."""
    certificate = certificate_by_token(token) if is_token(token) else None
    if certificate is None:
        return render(request, "certificates/not_found.html", status=404)
    language = (get_language() or certificate.language)[:2]
    return render(
        request,
        "certificates/verify.html",
        {
            "public": public_certificate(certificate=certificate, language=language),
            # An erased person's name is never shown, even where the register keeps it
            # (PRIVACY_KEEP_CERTIFICATE_REGISTER; certificates/personal_erase.py).
            "holder_erased": is_erased(certificate.user),
            "trainer_erased": is_erased(certificate.trainer),
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


def short_code_view(request, code):
    """The short link printed on the certificate (/v/KZ-7ACD-9QTX, in any case, dashes or not):
    the certificate's page in the certificate's language, as its QR code opens. It counts toward
    the same limit as a typed code. Anything else goes to the form with the code filled in, which
    says why in the visitor's language (a 404 here, outside the language prefixes, would be turned
    into a redirect by LocaleMiddleware anyway), counting that lookup a second time."""
    if not over_the_limit(request, scope="certificate-lookups", per_minute=LOOKUPS_PER_MINUTE):
        short_code = normalise_short_code(code)
        certificate = certificate_by_short_code(short_code) if short_code else None
        if certificate is not None:
            with translation.override(certificate.language):
                return redirect(reverse("certificates:verify", kwargs={"token": certificate.token}))
    return redirect(reverse("certificates:verify_code") + "?" + urlencode({"code": code}))
