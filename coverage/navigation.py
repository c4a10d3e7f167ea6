"""The coverage dashboards' places in the header and on the home page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lms import permissions


def navigation(user):
    if not permissions.can_view_coverage(user):
        return []
    return [(_("Coverage"), reverse("coverage:national"))]


def home_cards(user):
    if not permissions.can_view_coverage(user):
        return []
    if permissions.is_national_viewer(user):
        text = _("Every region against its target, the cascade by generation, and what trainees know at each step.")
        return [{"title": _("Coverage"), "text": text, "url": reverse("coverage:national")}]
    # A coordinator goes straight to their region's page (also what a refused page offers them).
    region = permissions.coordinated_region(user)
    return [
        {
            "title": _("Your region's page: %(region)s") % {"region": region.name},
            "text": _("Your region by district against its target: trainers, groups and certificates that expire."),
            "url": reverse("coverage:region", kwargs={"code": region.code}),
        }
    ]
