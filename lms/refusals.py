"""Refusals that a view answers without a page of its own, turned into one (lms.views).

`require_POST` and its kin answer a method they do not take with an empty 405, which a browser
shows as a blank page. The JSON API (/api/) and answers that have a body keep theirs, and so does
a request answered by a URLconf of its own (the H5P origin's, courses/h5p/middleware.py): the site's
pages are not served there, and its URLconf has no sign-in page to link to.
"""

from lms.views import method_not_allowed

API_PREFIX = "/api/"


class RefusalPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 405
            and not getattr(response, "streaming", False)
            and not response.content
            and not request.path_info.startswith(API_PREFIX)
            and getattr(request, "urlconf", None) is None
        ):
            return method_not_allowed(request, response)
        return response
