"""The certificates app's places in the header and on the home page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lms import permissions


def navigation(user):
    if not user.is_authenticated:
        return [(_("Check a certificate"), reverse("certificates:verify_code"))]  # what a stranger comes for
    items = [(_("My certificates"), reverse("certificates:mine"))]
    if permissions.can_revoke_certificates(user):
        items.append((_("Certificate register"), reverse("certificates_admin:index")))
    return items


def home_cards(user):
    cards = [
        {
            "title": _("My certificates"),
            "text": _("Download your certificates and share the link that proves them."),
            "url": reverse("certificates:mine"),
        }
    ]
    if permissions.can_view_coverage(user):
        cards.append(
            {
                "title": _("Certificates by region"),
                "text": _("Download the certificates of a region as one zip file, with a list for a spreadsheet."),
                "url": reverse("certificates:bulk"),
            }
        )
    if permissions.can_revoke_certificates(user):
        cards.append(
            {
                "title": _("Certificate register"),
                "text": _("Find a certificate by its code or holder, see its history, revoke it with a reason."),
                "url": reverse("certificates_admin:index"),
            }
        )
    return cards
