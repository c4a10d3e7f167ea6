"""The certificates app's places in the header and on the home page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def navigation(user):
    return [(_("My certificates"), reverse("certificates:mine"))] if user.is_authenticated else []


def home_cards(user):
    return [
        {
            "title": _("My certificates"),
            "text": _("Download your certificates and share the link that proves them."),
            "url": reverse("certificates:mine"),
        }
    ]
