"""Views of the lms app: health, language switching, the account page and error pages."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from lms.errors import AccessRefused
from lms.forms import ProfileForm
from lms.language import language_cookie_set
from lms.selectors import home_links_for, role_labels_for
from lms.services import user_language_set, user_profile_correct

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


@never_cache
def healthz(request):
    """200 with JSON while the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def _translated_path(path, language):
    translated = translate_url(path, language)
    if translated != path:
        return translated
    parts = path.split("/", 2)
    if len(parts) > 2 and parts[1] in LANGUAGE_CODES:
        return f"/{language}/{parts[2]}"
    return f"/{language}/"


@require_POST
def language_switch(request):
    """Show the same page in another language and remember the choice."""
    language = request.POST.get("language", "")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    if language not in LANGUAGE_CODES:
        return HttpResponseRedirect(next_url)
    if request.user.is_authenticated:
        user_language_set(user=request.user, language=language)
    return language_cookie_set(HttpResponseRedirect(_translated_path(next_url, language)), language)


@login_required
def profile(request):
    """A person's own profile: certificate name, region, school, position, language."""
    form = ProfileForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        saved = user_profile_correct(user=request.user, **form.profile_data())
        user = saved.user
        translation.activate(user.language)
        messages.success(request, _("Your profile is saved."))
        certificates = saved.renamed.get("certificates", 0)
        if certificates:
            messages.info(
                request,
                ngettext(
                    "Your %(count)d certificate now carries the corrected name; its link and code stay the same.",
                    "Your %(count)d certificates now carry the corrected name; their links and codes stay the same.",
                    certificates,
                )
                % {"count": certificates},
            )
        target = _translated_path(request.path, user.language)
        return language_cookie_set(HttpResponseRedirect(target), user.language)
    return render(
        request,
        "lms/profile.html",
        {"form": form, "role_labels": role_labels_for(request.user)},
    )


def sign_in_elsewhere(request):
    """Wagtail's sign-in pages (/admin/login/, /<lang>/_util/login/) check a password with
    Django's form, outside allauth's lockout and email confirmation: whatever is asked or
    posted there, the answer is allauth's sign-in page, keeping a `next` on this site."""
    next_url = request.GET.get("next") or request.POST.get("next") or ""
    target = reverse("account_login")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = f"{target}?{urlencode({'next': next_url})}"
    return HttpResponseRedirect(target)


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def refusal_response(request, *, status, heading=None, reason=None, template="403.html"):
    """A refusal as a page of the site, in the person's language, saying what they may open
    instead: the places their roles give them (the cards of their home page), or for someone
    signed out a way to sign in and come back. Every refusal of the platform ends here: 403
    (PermissionDenied anywhere), a failed CSRF check, 400, 405 and 429.

    Signing in is offered on a 403 only (signing in cannot lift a 405 or a wait), and the way
    back (`next`) only to an address that was opened (GET): after signing in, a form's address
    would answer 405."""
    if getattr(request, "urlconf", None) is not None:
        # Answered by another URLconf (the H5P player's origin, courses/h5p/middleware.py): the
        # site's pages and links do not exist there, so the refusal is one line of text.
        return HttpResponse(heading or _("Access denied"), status=status, content_type="text/plain; charset=utf-8")
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    sign_in_url = None
    comes_back = not signed_in and status == 403 and request.method in ("GET", "HEAD")
    if not signed_in and status == 403:
        sign_in_url = reverse("account_login")
        if comes_back:
            sign_in_url = f"{sign_in_url}?{urlencode({'next': request.get_full_path()})}"
    context = {
        "heading": heading or _("Access denied"),
        "reason": reason,
        "signed_in": signed_in,
        "ways": home_links_for(user) if signed_in else [],
        "sign_in_url": sign_in_url,
        "comes_back": comes_back,
    }
    return render(request, template, context, status=status)


def permission_denied(request, exception):
    """handler403. An AccessRefused (lms/errors.py) gives its reason, already in the person's
    language; any other PermissionDenied says the role gives no access."""
    reason = str(exception) if isinstance(exception, AccessRefused) and exception.messages else None
    return refusal_response(request, status=403, reason=reason)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent after its page grew stale (signed in or out elsewhere, the
    session ended, cookies blocked). Django's `reason` is for developers and stays in the log."""
    return refusal_response(
        request,
        status=403,
        heading=_("The form could not be sent"),
        reason=_(
            "The page you sent it from was out of date, or your browser blocked this site's cookies. "
            "Go back, reload the page and send the form again."
        ),
    )


def method_not_allowed(request, response):
    """A 405 of a view (require_POST...) as a page, keeping the Allow header."""
    page = refusal_response(
        request,
        status=405,
        heading=_("This address cannot be opened like this"),
        reason=_("It answers a form on another page of the site. Open that page and use its button."),
    )
    page["Allow"] = response.get("Allow", "")
    return page


def too_many_requests(request, exception=None):
    """handler429, used by allauth when sign-in attempts or emails come too often."""
    return refusal_response(
        request,
        status=429,
        heading=_("Too many attempts"),
        reason=_("Too many attempts from your connection in a short time. Wait a few minutes and try again."),
    )


def bad_request(request, exception):
    """handler400: a request the site cannot read (a form with too many fields or too large, a
    damaged upload, a SuspiciousOperation) is a page of the site, not Django's "Bad Request".

    A Host the site does not serve (DisallowedHost) is answered with one line of plain text: that
    request comes from a scanner, a wrong proxy or a page rebinding its name to this server, not
    from a person on the site; it gets no layout, no form, no CSRF cookie and nothing built from
    the request (whose host is the attacker's word).

    The template is not named "400.html": Django's own handler400, which the H5P origin's URLconf
    uses, would render that page of the site there, where the site's URLs do not resolve (a 500)."""
    if isinstance(exception, DisallowedHost):
        return HttpResponse(
            _("This site is not served at this address."), status=400, content_type="text/plain; charset=utf-8"
        )
    return refusal_response(
        request,
        status=400,
        heading=_("The request could not be read"),
        reason=_("What was sent to the site was damaged or too large. Go back, reload the page and try again."),
        template="lms/bad_request.html",
    )


def server_error(request):
    """Rendered without a request context: the database or a context processor may be what failed."""
    return HttpResponseServerError(loader.get_template("500.html").render())
