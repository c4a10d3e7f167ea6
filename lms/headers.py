"""Response headers every platform answer carries: Content-Security-Policy, Permissions-Policy and
the cache rule for personal data.

The H5P origin is left alone: courses/h5p/middleware.py gives the player its own policy and serves
package files with an immutable cache header to anonymous frames.
"""

from contextvars import ContextVar
from functools import cache

from csp.constants import NONE, SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from django_permissions_policy import PermissionsPolicyMiddleware as BasePermissionsPolicyMiddleware

from courses.h5p.origins import h5p_origin, is_h5p_request

NO_STORE = "no-store, private"

# The request being answered, for {% csp_nonce %} in templates rendered without it (form widgets).
_answering = ContextVar("lms_csp_request", default=None)


def current_request():
    """The request being answered in this thread, or None outside a request: for code that runs
    inside a library's view without it (a workflow task's action) and must tell the person why."""
    return _answering.get()


def current_nonce():
    """The nonce of the request being answered in this thread, or "" outside a request."""
    request = _answering.get()
    return str(request.csp_nonce) if request is not None else ""


# The Wagtail admin needs more than the platform pages (found by loading every admin page in
# Chromium, tests/browser/test_csp.py): its templates write style="…" attributes (panels, the
# sidebar, progress bars, the image focal point) and its editor's scripts (vendor.js) add <style>
# elements as they run, neither with a nonce, so styles there are 'unsafe-inline' (no nonce in
# style-src, which would switch 'unsafe-inline' off). Styles cannot run script: scripts stay 'self'
# + nonce (lms/templates/wagtailadmin/ gives Wagtail's few inline scripts the nonce). The page
# preview is framed by the editor (frame-ancestors 'self') and frames the H5P player like a lesson.
ADMIN_DIRECTIVES = {
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "frame-ancestors": [SELF],
}


@cache
def admin_prefix():
    return reverse("wagtailadmin_home", urlconf=settings.ROOT_URLCONF)


def is_admin_request(request):
    return request.path_info.startswith(admin_prefix())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the policy chosen by where the request goes: the platform's
    (settings.CONTENT_SECURITY_POLICY) or the admin's (ADMIN_DIRECTIVES replacing some of it).
    Lessons frame the H5P player, so frame-src names the H5P origin, read per request."""

    def process_request(self, request):
        super().process_request(request)
        outer = _answering.get()
        if getattr(request, "is_dummy", False) and outer is not None:
            # Wagtail's preview renders the page through the middleware again, with a request of
            # its own: it uses the nonce of the admin request whose answer will carry the policy.
            request._csp_nonce = str(outer.csp_nonce)
        request._lms_csp_answering = _answering.set(request)

    def process_response(self, request, response):
        if hasattr(request, "_lms_csp_answering"):
            _answering.reset(request._lms_csp_answering)
            del request._lms_csp_answering
        if getattr(request, "is_dummy", False):
            return response  # the admin request around it sets the admin's policy
        if is_h5p_request(request):
            # The player's policy is set by H5POriginMiddleware; django-csp adds nothing there.
            response._csp_exempt = True
            response._csp_exempt_ro = True
        elif response.get("Content-Type", "").startswith("text/html"):
            # Every page carries a nonce, used or not, so a <script nonce="{{ request.csp_nonce }}">
            # added to any template works and no page can fall back to a policy without one.
            self._make_nonce(request)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or getattr(response, "_csp_exempt", False):
            return parts
        origin = h5p_origin()
        framed = [*([origin] if origin else []), *settings.VIDEO_EMBED_ORIGINS]
        chosen = {"frame-src": framed or [NONE]}
        if is_admin_request(request):
            chosen.update(ADMIN_DIRECTIVES)
            chosen["frame-src"] = [SELF, *framed]
        return PolicyParts(
            config=parts.config, update=parts.update, replace={**chosen, **(parts.replace or {})}, nonce=parts.nonce
        )


class PermissionsPolicyMiddleware(BasePermissionsPolicyMiddleware):
    """django-permissions-policy's, with the H5P origin added to `fullscreen`: the origin is a
    setting of its own, read when the header is first built."""

    @cached_property
    def permissions_policy(self):
        policy = dict(getattr(settings, "PERMISSIONS_POLICY", {}))
        origin = h5p_origin()
        if origin and "fullscreen" in policy:
            policy["fullscreen"] = [*policy["fullscreen"], origin]
        # The video services' players go fullscreen and picture-in-picture inside the lesson.
        for feature in ("fullscreen", "picture-in-picture"):
            if feature in policy:
                policy[feature] = [*policy[feature], *settings.VIDEO_EMBED_ORIGINS]
        return self.compute_header_value(policy, name="PERMISSIONS_POLICY")

    def clear_header_value(self, setting, **kwargs):
        super().clear_header_value("PERMISSIONS_POLICY" if setting == "H5P_ORIGIN" else setting, **kwargs)


def carries_credentials(request):
    """A session (every signed-in person has one) or a key; read from the request alone, so that
    the rule costs no query and holds even when a middleware answered before authentication."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or "authorization" in request.headers


class PersonalDataCacheMiddleware:
    """`Cache-Control: no-store, private` on every answer the application makes, so that no view
    can forget it: rosters, records, exports, streamed zips, certificate PDFs, the API and the
    public verification page (which names a holder) are never kept by a browser or a proxy.

    A view may choose its own caching only for an anonymous request without a key (none does on
    the platform today); to a signed-in person or a key it is always no-store. API answers vary by
    the key that authenticates them. Static files never reach this middleware (WhiteNoise answers
    before it) and keep their long cache; the H5P origin keeps its own headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_h5p_request(request):
            return response
        credentials = carries_credentials(request)
        current = response.get("Cache-Control", "")
        if "no-store" not in current and (credentials or not current):
            response["Cache-Control"] = NO_STORE
            response.headers.pop("Expires", None)
        if "authorization" in request.headers or request.path_info.startswith("/api/"):
            patch_vary_headers(response, ["Authorization"])
        return response
