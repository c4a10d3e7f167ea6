"""Sends a person who must agree to the privacy notice (privacy.sign_in) to the consent page.

Every page request goes there until they agree or sign out, staff in the Wagtail admin included.
Open meanwhile: the consent and notice pages and the rest of the privacy app's pages ("My data",
where one may ask for erasure instead), "Who accessed my data", signing out and confirming the
password, the two-factor pages (staff enrol a second factor first: lms.mfa), the language switch,
/healthz, static and media files and the H5P origin. The token API (/api/) is another system's
business and is left alone. A request a script makes for JSON (a quiz's autosave, an H5P result)
gets a 403 in JSON naming the consent page instead of a redirect it could not follow.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _

from courses.h5p.origins import is_h5p_request
from privacy.sign_in import consent_asked

OPEN_URL_NAMES = frozenset({"account_logout", "account_reauthenticate", "language_switch", "healthz", "my_accesses"})
OPEN_NAMESPACES = frozenset({"privacy"})
API_PREFIX = "/api/"


def _is_open(request) -> bool:
    path = request.path_info
    if path.startswith((API_PREFIX, settings.STATIC_URL, settings.MEDIA_URL)) or is_h5p_request(request):
        return True
    match = request.resolver_match
    if match is None:
        return True
    url_name = match.url_name or ""
    return url_name in OPEN_URL_NAMES or url_name.startswith("mfa_") or bool(set(match.namespaces) & OPEN_NAMESPACES)


def _wants_json(request) -> bool:
    accept = request.headers.get("Accept", "")
    content_type = request.headers.get("Content-Type", "")
    return content_type.startswith("application/json") or ("application/json" in accept and "text/html" not in accept)


class ConsentRequiredMiddleware:
    """After authentication, allauth and the staff second factor (lms.mfa): reads the session only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not consent_asked(request) or _is_open(request):
            return None
        url = reverse("privacy:consent")
        if _wants_json(request):
            message = _("Agree to the privacy notice first.")
            return JsonResponse({"error": force_str(message), "consent_url": url}, status=403)
        if request.method in ("GET", "HEAD"):
            url += "?" + urlencode({"next": request.get_full_path()})
        return redirect(url)
