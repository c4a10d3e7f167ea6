"""Places that other apps add to the header and the home page.

Apps lower in the design's table may not be imported by `lms`; they register here instead,
from their AppConfig.ready().
"""

_navigation_providers = []
_home_card_providers = []


def register_navigation(provider):
    """`provider(user)` returns (label, url) pairs to add to the header after Home."""
    if provider not in _navigation_providers:
        _navigation_providers.append(provider)
    return provider


def register_home_cards(provider):
    """`provider(user)` returns cards (dicts with title, text, url) for a signed-in user's home page."""
    if provider not in _home_card_providers:
        _home_card_providers.append(provider)
    return provider


def navigation_from_apps(user):
    return [item for provider in _navigation_providers for item in provider(user)]


def home_cards_from_apps(user):
    return [card for provider in _home_card_providers for card in provider(user)]
