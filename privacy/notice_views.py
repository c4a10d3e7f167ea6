"""The public privacy notice and its versions, and the consent page a person is sent to at sign-in
when they must agree to the version in force (privacy.sign_in, privacy.middleware)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from privacy.consent import consent_record
from privacy.models import Purpose
from privacy.notice_selectors import (
    consent_latest,
    consent_method_needed,
    notice_current,
    notice_versions,
)
from privacy.sign_in import consent_answered


@require_safe
def notice_view(request):
    """The notice in force, its version and date, the operator's contact, and every other version."""
    versions = notice_versions()
    return render(
        request,
        "privacy/notice.html",
        {
            "notice": versions.current,
            "versions": versions,
            "is_current": True,
            "contact_email": settings.PRIVACY_CONTACT_EMAIL,
        },
    )


@require_safe
def notice_version_view(request, version):
    """One published version; a draft is not public (404)."""
    versions = notice_versions()
    published = [versions.upcoming, versions.current, *versions.earlier]
    notice = next((item for item in published if item is not None and item.version == version), None)
    if notice is None:
        raise Http404
    # The version that came into force after this one: when this one stopped applying.
    in_force = [item for item in (versions.current, *versions.earlier) if item is not None]
    later = [item for item in in_force if item.version > version]
    return render(
        request,
        "privacy/notice.html",
        {
            "notice": notice,
            "versions": versions,
            "is_current": notice == versions.current,
            "is_upcoming": notice == versions.upcoming,
            "replaced_by": min(later, key=lambda item: item.version) if later else None,
            "contact_email": settings.PRIVACY_CONTACT_EMAIL,
        },
    )


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("home")


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def consent_view(request):
    """What changed and the notice, with "I agree", "Sign out" and a link to "My data". Agreeing
    records the consent (an invitation's first one, or a fresh one) and lets the person on."""
    notice = notice_current()
    method = consent_method_needed(user=request.user, notice=notice)
    next_url = _next_url(request)
    if request.method == "POST":
        if method is not None:
            consent_record(person=request.user, notice=notice, method=method, language=(get_language() or "kk")[:2])
            messages.success(request, _("Thank you: your consent is recorded."))
        consent_answered(request)
        return redirect(next_url)
    if method is None:
        # Nothing to agree to (no notice yet, or agreed already): the page only says so.
        consent_answered(request)
    return render(
        request,
        "privacy/consent.html",
        {
            "notice": notice,
            "method": method,
            "latest": consent_latest(user=request.user) if method is None and notice is not None else None,
            "next_url": next_url,
            "purposes": Purpose.choices,
        },
    )
