"""The cascade's places in the header and on the home page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lms import permissions


def navigation(user):
    return [(_("My groups"), reverse("cascade:mine"))] if permissions.is_trainer(user) else []


def home_cards(user):
    cards = [
        {
            "title": _("Join a group"),
            "text": _("Enter the code your trainer gave you to join their group and its course."),
            "url": reverse("cascade:join_code"),
        }
    ]
    if permissions.is_trainer(user):
        cards.append(
            {
                "title": _("My groups"),
                "text": _("Open a group, give its code to your trainees and see who has joined."),
                "url": reverse("cascade:mine"),
            }
        )
    return cards
