"""Ids in URLs (lms/converters.py): a number too large for its column is not found before any
view runs, on every URL that takes an id; a large number that fits is not found by the view,
never a server error."""

from importlib import import_module

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from lms.converters import BIG_ID_MAX, PAGE_ID_MAX, DatabaseIdConverter, PageIdConverter
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CONVERTERS = {DatabaseIdConverter: BIG_ID_MAX, PageIdConverter: PAGE_ID_MAX}


def id_urls(resolver=None, namespace=""):
    """(name, {argument: maximum}) of every named URL with an id in it, found in the URLconf."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from id_urls(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            ids = {
                name: CONVERTERS[type(converter)]
                for name, converter in entry.pattern.converters.items()
                if type(converter) in CONVERTERS
            }
            if ids:
                yield f"{namespace}{entry.name}", ids


ID_URLS = dict(id_urls())


def url_with(name, ids, value):
    """The URL with every id set to `value`, which reverse() itself would refuse when too large."""
    markers = {argument: 1_000_003 + index for index, argument in enumerate(ids)}
    url = reverse(name, kwargs=markers)
    for marker in markers.values():
        url = url.replace(f"/{marker}/", f"/{value}/").replace(f"/{marker}.", f"/{value}.")
    return url


APP_URLCONFS = [
    "cascade.urls",
    "certificates.urls",
    "courses.urls",
    "coverage.urls",
    "coverage.api_urls",
    "quizzes.urls",
]


def test_every_id_in_a_url_goes_through_a_converter():
    """The guard is the converter: no URL of the apps takes a plain <int:…> (the admin's are Wagtail's)."""
    plain = [
        str(entry.pattern)
        for module in APP_URLCONFS
        for entry in import_module(module).urlpatterns
        if "<int:" in str(entry.pattern)
    ]
    assert plain == []
    assert {"cascade:cohort", "cascade:trainee", "certificates:download", "courses:lesson_complete"} <= set(ID_URLS)
    assert {"quizzes:attempt", "quizzes:quiz", "quizzes:statistics", "coverage:api_key_revoke"} <= set(ID_URLS)


@pytest.mark.parametrize("name", sorted(ID_URLS))
def test_an_id_too_large_for_its_column_is_not_found(client, name):
    client.force_login(UserFactory())
    largest = max(ID_URLS[name].values())
    for value in (largest + 1, 2**63, 10**25):
        for method in (client.get, client.post):
            assert method(url_with(name, ID_URLS[name], value)).status_code == 404, (name, value)


@pytest.mark.parametrize("name", sorted(ID_URLS))
def test_a_large_id_that_fits_reaches_the_view_and_finds_nothing(client, name):
    """2**31 - 1 fits every column, 2**63 - 1 only the 64-bit ones; neither names a row here."""
    client.force_login(UserFactory())
    values = [2**31 - 1] + ([BIG_ID_MAX] if max(ID_URLS[name].values()) == BIG_ID_MAX else [])
    for value in values:
        for method in (client.get, client.post):
            status = method(url_with(name, ID_URLS[name], value)).status_code
            # Not found, refused (an empty form, a learner), or a method the view does not take:
            # never a server error.
            assert status in (400, 403, 404, 405), (name, value, status)


def test_the_converters_turn_numbers_both_ways():
    assert DatabaseIdConverter().to_python(str(BIG_ID_MAX)) == BIG_ID_MAX
    assert PageIdConverter().to_python(str(PAGE_ID_MAX)) == PAGE_ID_MAX
    for converter, too_large in ((DatabaseIdConverter(), 2**63), (PageIdConverter(), 2**31)):
        with pytest.raises(ValueError):
            converter.to_python(str(too_large))
    assert DatabaseIdConverter().to_url(42) == "42"
