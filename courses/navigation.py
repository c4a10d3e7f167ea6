"""The courses app's places in the header and on the home page."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def course_catalogue_url():
    """The course catalogue in the interface language, or in the default language."""
    from courses.models import CourseIndexPage

    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    pages = {
        page.locale.language_code: page
        for page in CourseIndexPage.objects.live()
        .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
        .select_related("locale")
    }
    page = pages.get(language) or pages.get(settings.LANGUAGE_CODE)
    return page.url if page else None


def navigation(user):
    # The catalogue link goes through a redirect, so the header costs no query on every page.
    items = [(_("Courses"), reverse("courses:catalogue"))]
    if user.is_authenticated:
        items.append((_("My learning"), reverse("courses:my_learning")))
    return items


def home_cards(user):
    return [
        {
            "title": _("My learning"),
            "text": _("Your courses, how far you have got and where to continue."),
            "url": reverse("courses:my_learning"),
        }
    ]
