"""Requests for the H5P origin get their own URLconf and headers; the platform never serves packages.

Package libraries are JavaScript written by whoever built the package. Played on another origin,
they cannot read the platform's cookies or pages. That origin must therefore set no cookies and
serve nothing but the player, the player's static files and package files.
"""

from django.conf import settings

from courses.h5p.origins import is_h5p_request, platform_origins

PLAYER_URLCONF = "courses.h5p.player_urls"
STATIC_PREFIXES = ("h5p-standalone/dist/", "h5p-standalone/LICENSE", "courses/h5p/")


def content_security_policy():
    ancestors = " ".join(platform_origins()) or "'none'"
    # H5P core writes its content frame with an inline script, hence 'unsafe-inline' for scripts;
    # this origin holds nothing to steal, and frame-ancestors keeps other sites from framing it.
    return (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; "
        "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
        f"frame-ancestors {ancestors}"
    )


class H5POriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_h5p_request(request):
            return self.get_response(request)
        static_url = settings.STATIC_URL
        path = request.path_info
        if path.startswith(static_url) and not path[len(static_url) :].startswith(STATIC_PREFIXES):
            from courses.h5p.views import not_found

            response = not_found(request)
        else:
            request.urlconf = PLAYER_URLCONF
            response = self.get_response(request)
        return self.harden(response)

    @staticmethod
    def harden(response):
        # No cookie of any kind leaves this origin, whatever a middleware inside meant to set.
        response.cookies.clear()
        response.headers.pop("X-Frame-Options", None)
        response["Content-Security-Policy"] = content_security_policy()
        response["X-Content-Type-Options"] = "nosniff"
        response["Referrer-Policy"] = "no-referrer"
        return response
