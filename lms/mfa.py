"""Staff sign in with a second factor, and their sessions end after a working day without a request.

Who counts as staff is `lms.permissions.requires_mfa`. A staff member without an authenticator
app (TOTP) or a passkey / security key (WebAuthn) is sent to the two-factor page from every
other page, the Wagtail admin and the session-authenticated API alike; only the two-factor pages
themselves, signing out, the language switch and /healthz stay open (static files are served
before any middleware). A request that carries an API key is the key's business: the coverage
API authenticates it and the session plays no part.

The check stays cheap: once a staff member is seen to have an authenticator, their session
remembers it (with their id) for `RECHECK_SECONDS`, so a steady stream of pages reads no extra
row. Changing authenticators on the two-factor pages forgets it at once, so removing the last one
sends the person back to enrolment at the next page; their other sessions find out within
`RECHECK_SECONDS`. Roles are read on every request (they are cached for the request only), so a
role given while someone is signed in is enforced at their next request.

Staff sessions expire after `STAFF_SESSION_IDLE_SECONDS` (8 hours) without a request: the expiry
is renewed at most every `RECHECK_SECONDS`, so inactivity, not time since sign-in, ends them.
Everyone else keeps Django's `SESSION_COOKIE_AGE` (30 days).
"""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _

from lms import permissions

SESSION_KEY = "lms_staff"
RECHECK_SECONDS = 5 * 60
# The kinds of authenticator that sign a person in; recovery codes only stand in for them.
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)
# Where a staff member without a second factor may still go (URL names).
OPEN_URL_NAMES = frozenset(
    {
        "account_logout",
        "account_reauthenticate",
        "language_switch",
        "healthz",
    }
)
API_PREFIX = "/api/"


def _now():
    return int(timezone.now().timestamp())


def _state(request, user):
    """This session's notes about `user` (a fresh dict if they were about someone else)."""
    state = request.session.get(SESSION_KEY)
    if not isinstance(state, dict) or state.get("user") != user.pk:
        return {"user": user.pk}
    return dict(state)


def has_second_factor(request, user):
    """Whether `user` has an authenticator app or a passkey, remembered in the session for a while."""
    state = _state(request, user)
    checked = state.get("second_factor")
    if isinstance(checked, int) and 0 <= _now() - checked < RECHECK_SECONDS:
        return True
    enrolled = Authenticator.objects.filter(user_id=user.pk, type__in=SECOND_FACTORS).exists()
    if enrolled:
        state["second_factor"] = _now()
        request.session[SESSION_KEY] = state
    elif "second_factor" in state:
        del state["second_factor"]
        request.session[SESSION_KEY] = state
    return enrolled


def second_factor_forget(request, user):
    """The person is changing their authenticators: look again at their next request."""
    state = _state(request, user)
    if state.pop("second_factor", None) is not None:
        request.session[SESSION_KEY] = state


def staff_session_renew(request, user):
    """Keep a staff session for another working day from now, at most every RECHECK_SECONDS.
    A session that ends with the browser ("Remember me" unchecked, on a shared school computer)
    keeps ending with it; the server ends it after the idle time all the same (staff_session_idle)."""
    state = _state(request, user)
    renewed = state.get("renewed")
    if isinstance(renewed, int) and 0 <= _now() - renewed < RECHECK_SECONDS:
        return
    state["renewed"] = _now()
    request.session[SESSION_KEY] = state
    if not request.session.get_expire_at_browser_close():
        request.session.set_expiry(settings.STAFF_SESSION_IDLE_SECONDS)


def staff_session_idle(request, user):
    """Whether this staff session has had no request for a working day, whatever its cookie says."""
    renewed = _state(request, user).get("renewed")
    return isinstance(renewed, int) and _now() - renewed >= settings.STAFF_SESSION_IDLE_SECONDS


def _is_two_factor_page(url_name):
    return url_name.startswith("mfa_")


def _enrolment_required(request):
    message = _("Your role gives you access to personal data: add a second factor to your account before you continue.")
    if request.path_info.startswith(API_PREFIX):
        return JsonResponse({"error": force_str(message)}, status=403)
    messages.warning(request, message)
    return redirect("mfa_index")


class StaffSecurityMiddleware:
    """Sends staff without a second factor to enrolment; renews staff sessions' idle expiry."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # After the view: a sign-in has just made this person who they are.
        user = getattr(request, "user", None)
        if user is not None and permissions.requires_mfa(user) and hasattr(request, "session"):
            staff_session_renew(request, user)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated:
            return None
        if permissions.requires_mfa(user) and staff_session_idle(request, user):
            logout(request)
            if request.path_info.startswith(API_PREFIX):
                return JsonResponse({"error": force_str(_("Your session has ended: sign in again."))}, status=401)
            return redirect_to_login(request.get_full_path())
        match = request.resolver_match
        url_name = (match.url_name or "") if match is not None else ""
        if _is_two_factor_page(url_name):
            if request.method == "POST":
                second_factor_forget(request, user)
            return None
        if url_name in OPEN_URL_NAMES:
            return None
        if request.path_info.startswith(API_PREFIX) and "Authorization" in request.headers:
            return None
        if not permissions.requires_mfa(user) or has_second_factor(request, user):
            return None
        return _enrolment_required(request)
