"""Every route of the project × every role, with the answer each must get.

The routes come from the URL resolver, so a new route without an entry in
tests/access_matrix/table.py fails `test_every_route_has_an_entry` with its name. One test per
role requests every entry's URLs and reports every wrong answer at once. The people and things
are made once for the module (module-scoped, rolled back at the end).
"""

import os

import pytest
from django.db import transaction
from django.test import Client, override_settings

from tests.access_matrix.routes import project_routes
from tests.access_matrix.spec import expected_matches
from tests.access_matrix.table import FAMILIES, ROUTES
from tests.access_matrix.world import ROLES, build_world


def entry_of(key):
    """The cases that cover a route: its own entry, or its family's (longest prefix)."""
    if key in ROUTES:
        return ROUTES[key]
    prefixes = [prefix for prefix in FAMILIES if key.startswith(prefix)]
    return FAMILIES[max(prefixes, key=len)] if prefixes else None


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    # Uploaded documents and images go to a temporary folder, served from there.
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def test_every_route_has_an_entry():
    missing = [f"{route.key}  ({route.pattern})" for route in project_routes() if entry_of(route.key) is None]
    assert not missing, "routes without an entry in tests/access_matrix/table.py:\n" + "\n".join(missing)


def test_every_entry_names_a_route():
    keys = {route.key for route in project_routes()}
    stale = [key for key in ROUTES if key not in keys]
    stale += [prefix for prefix in FAMILIES if not any(key.startswith(prefix) for key in keys)]
    assert not stale, f"entries for routes that no longer exist: {stale}"


def _cases():
    for key, cases in {**ROUTES, **FAMILIES}.items():
        for number, case in enumerate(cases):
            yield key, number, case


def _request(client, case, url):
    method = getattr(client, case.method)
    return method(url, data=case.data or None, headers=case.headers or None)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_each_route_answers_each_role_as_expected(world, role):
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(world.users[role])
    wrong = []
    record = os.environ.get("MATRIX_RECORD")
    for key, number, case in _cases():
        url = case.url(world)
        response = _request(client, case, url)
        if record:
            print(f"RECORD\t{role}\t{key}\t{number}\t{url}\t{response.status_code}\t{response.get('Location', '')}")
            continue
        expected = case.expect[role]
        if response.status_code >= 500 or not expected_matches(expected, response):
            got = f"{response.status_code} {response.get('Location', '')}".strip()
            wrong.append(f"{key} [{number}] GET {url}: expected {expected}, got {got}")
    assert not wrong, f"{len(wrong)} wrong answer(s) for {role}:\n" + "\n".join(wrong)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("maker", "region", "status"),
    [
        ("coordinator", "KZ-35", 200),
        ("coordinator", "KZ-75", 403),
        ("coordinator_elsewhere", "KZ-35", 403),
        ("coordinator_elsewhere", "KZ-75", 200),
        ("analyst", "KZ-75", 200),
    ],
)
def test_an_api_key_reads_only_its_makers_region(world, maker, region, status):
    from django.urls import reverse

    response = Client().get(
        reverse("coverage_api:table", kwargs={"slug": "trainers"}) + f"?region={region}",
        headers={"Authorization": f"Token {world.keys[maker]}"},
    )
    assert response.status_code == status
