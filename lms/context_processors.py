from django.conf import settings

from lms.selectors import navigation_for


def navigation(request):
    """The header's links for the current user and the interface languages, on every page."""
    user = getattr(request, "user", None)
    return {
        "main_navigation": navigation_for(user) if user is not None else [],
        # Each language named in itself, not translated into the current one.
        "interface_languages": settings.LANGUAGES,
    }
