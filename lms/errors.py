"""One base for "refused, with a message in the user's language".

A service that will not do what was asked raises a subclass of `Refused` carrying the reason,
already translated (`gettext` while the person's language is active, as it is during their
request) or lazy (`gettext_lazy`, translated when shown). The view catches it and shows
`str(refusal)`, or each of `refusal.messages` where a form lists several; it adds no reason of
its own. A view that catches several kinds may catch `Refused`.

A subclass that always says the same thing sets `default_message`. Exceptions that are not
shown to a person (a busy lock, a damaged zip member, a command's own refusals in English) do not
derive from it.
"""

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied
from django.utils.functional import Promise


class Refused(Exception):
    """The request was refused; `messages` (one or more) say why, in the person's language."""

    default_message: str | Promise | None = None

    def __init__(self, *messages: object) -> None:
        if not messages and self.default_message is not None:
            messages = (self.default_message,)
        self.messages = list(messages)
        super().__init__(*self.messages)

    @property
    def message(self) -> object:
        """The first reason (most refusals have one)."""
        return self.messages[0] if self.messages else ""

    def __str__(self) -> str:
        return "\n".join(str(message) for message in self.messages)


class RefusedLines(Refused):
    """A refusal with one reason per problem found (each line of a file, each flaw of a package)."""

    def __init__(self, problems: Iterable[object]) -> None:
        super().__init__(*problems)


class AccessRefused(Refused, PermissionDenied):
    """A 403 whose reason the person is shown on the refusal page (lms/views.py permission_denied).
    A bare PermissionDenied, or one raised by Django, allauth or Wagtail (English text meant for a
    log, such as "Forbidden user agent"), shows only that the role gives no access."""
