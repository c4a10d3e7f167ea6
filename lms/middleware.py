"""Middleware of the project."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that an API path's 404 stays a 404: Django would redirect it to the same
    path under a language prefix, where the site's catch-all page route answers in HTML."""

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
