"""Reads of the lms app shared by views and templates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lms import permissions, roles
from lms.hooks import header_links, home_cards, home_next_step

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django_stubs_ext import StrOrPromise

    from lms.models import User


class HomeCard(TypedDict):
    title: StrOrPromise
    text: StrOrPromise
    url: str


def navigation_for(user: User | AnonymousUser) -> list[tuple[StrOrPromise, str]]:
    """The places a user's roles give them, as (label, url) pairs for the header."""
    items = [(_("Home"), reverse("home")), *header_links(user)]
    if not user.is_authenticated:
        return items
    if permissions.can_use_admin(user):
        items.append((_("Content admin"), reverse("wagtailadmin_home")))
    items.append((_("My account"), reverse("account_profile")))
    return items


def home_links_for(user: User | AnonymousUser) -> list[HomeCard]:
    """What the home page offers a signed-in user: one card per place their roles open."""
    if not user.is_authenticated:
        return []
    cards = [
        *home_cards(user),
        {
            "title": _("My account"),
            "text": _("Your name for certificates, your region, school and language."),
            "url": reverse("account_profile"),
        },
    ]
    if permissions.can_use_admin(user):
        cards.append(
            {
                "title": _("Content admin"),
                "text": _("Write, translate and review the training modules."),
                "url": reverse("wagtailadmin_home"),
            }
        )
    return cards


def next_step_for(user: User | AnonymousUser) -> dict[str, Any] | None:
    """What a signed-in user should do next, shown first on their home page (lms/hooks.py
    HOME_NEXT_STEP: the course to continue); None for visitors and when no app has one."""
    if not user.is_authenticated:
        return None
    return home_next_step(user)


def role_labels_for(user: User | AnonymousUser) -> list[StrOrPromise]:
    """The user's roles as translated labels, in a fixed order."""
    names = permissions.role_names(user)
    return [roles.LABELS[name] for name in roles.ALL if name in names]
