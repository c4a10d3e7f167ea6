"""The cascade's places in the header and on the home page."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lms import permissions


def navigation(user):
    links = []
    if permissions.is_trainer(user):
        links += [(_("My groups"), reverse("cascade:mine")), (_("My cascade"), reverse("cascade:tree"))]
    if permissions.can_view_coverage(user):
        links.append((_("Groups"), reverse("cascade:cohorts")))
    return links


def home_cards(user):
    cards = [
        {
            "title": _("Join a group"),
            "text": _("Enter the code your trainer gave you to join their group and its course."),
            "url": reverse("cascade:join_code"),
        }
    ]
    if permissions.is_trainer(user):
        cards += [
            {
                "title": _("My groups"),
                "text": _("Open a group, give its code to your trainees, mark attendance and follow their progress."),
                "url": reverse("cascade:mine"),
            },
            {
                "title": _("My cascade"),
                "text": _("See how far your training has spread: the people your trainees trained, by generation."),
                "url": reverse("cascade:tree"),
            },
        ]
    if permissions.can_view_coverage(user):
        cards.append(
            {
                "title": _("Groups"),
                "text": _("The training groups of your region: trainers, dates, rosters and attendance."),
                "url": reverse("cascade:cohorts"),
            }
        )
    if permissions.can_import_master_trainers(user):
        cards.append(
            {
                "title": _("Import master trainers"),
                "text": _("Upload the ministry's list of master trainers as a CSV file."),
                "url": reverse("cascade:import"),
            }
        )
    return cards
