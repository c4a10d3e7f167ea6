"""How the matrix writes what it expects: a URL to request and, for each role, the answer."""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.urls import reverse

from tests.access_matrix.world import ROLES


@dataclass(frozen=True)
class Redirect:
    """A 302 whose target path contains `to` (a fixed string, or a URL name to reverse)."""

    to: str
    name: bool = False

    def target(self):
        return reverse(self.to) if self.name else self.to

    def __str__(self):
        return f"302→{self.to}"


LOGIN = Redirect("/accounts/login/")  # allauth's sign-in page, in any language, and no other
MFA = Redirect("mfa_index", name=True)


def expected_matches(expected, response):
    if isinstance(expected, Redirect):
        if response.status_code != 302:
            return False
        location = urlsplit(response["Location"])
        if expected is LOGIN:
            # Exactly allauth's page: a redirect to Wagtail's /admin/login/ or any other "login" is not it.
            return re.fullmatch(r"/(kk|ru|en)/accounts/login/", location.path) is not None
        return expected.target() in location.path + "?" + location.query
    return response.status_code == expected


def roles(default, **overrides):
    """An answer for every role: `default`, except the roles named."""
    unknown = set(overrides) - set(ROLES)
    assert not unknown, f"no such role: {unknown}"
    return {role: overrides.get(role, default) for role in ROLES}


@dataclass(frozen=True)
class Case:
    """One request: `url` builds the path from the world's ids; `expect` maps role to answer."""

    url: object  # callable(world) -> str
    expect: dict
    method: str = "get"
    data: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)
    personal: bool = False  # carries people's data: the answer is asserted exactly (it always is)
    label: str = ""


def rev(name, query="", **kwargs):
    """A URL builder: keyword values that are strings name ids of the world; ints are literal."""

    def build(world):
        resolved = {
            key: (world[value] if isinstance(value, str) and not value.startswith("=") else value)
            for key, value in kwargs.items()
        }
        resolved = {
            key: (value[1:] if isinstance(value, str) and value.startswith("=") else value)
            for key, value in resolved.items()
        }
        return reverse(name, kwargs=resolved) + query

    build.__name__ = name
    return build


def path(text):
    """A fixed path, or one with {placeholders} filled from the world's ids."""

    def build(world):
        return text.format(**world.ids)

    return build
