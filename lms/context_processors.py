from lms.selectors import navigation_for


def navigation(request):
    """The header's links for the current user, on every page."""
    user = getattr(request, "user", None)
    if user is None:
        return {"main_navigation": []}
    return {"main_navigation": navigation_for(user)}
