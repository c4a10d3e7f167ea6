"""API keys on the platform: who sees figures makes keys for other systems, sees each key once,
and stops one; a key reads the API with its maker's scope."""

import re

import pytest

from coverage.models import ApiToken
from coverage.tokens import ACTIVE_LIMIT, api_token_create
from lms import roles
from lms.models import Region
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db

PAGE = "/en/coverage/api-keys/"


@pytest.fixture
def coordinator(client):
    build_course(slug="teachers", lessons=0)
    user = UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=Region.objects.get(code="KZ-35"))
    client.force_login(user)
    return user


def made_key(response):
    return re.search(r'id="new-key" type="text" value="([^"]+)"', response.content.decode()).group(1)


def test_a_key_is_shown_once_and_reads_the_api_as_its_maker(client, coordinator):
    response = client.post(PAGE, {"name": "Ministry statistics"})
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    key = made_key(response)
    listing = client.get(PAGE).content.decode()
    assert "Ministry statistics" in listing and key not in listing  # only its hash is kept
    client.logout()
    auth = {"HTTP_AUTHORIZATION": f"Token {key}"}
    assert client.get("/api/v1/coverage/districts/?region=KZ-35", **auth).status_code == 200
    assert client.get("/api/v1/coverage/districts/?region=KZ-71", **auth).status_code == 403


def test_a_stopped_key_reads_nothing(client, coordinator):
    key = made_key(client.post(PAGE, {"name": "Old system"}))
    token = ApiToken.objects.get(user=coordinator)
    response = client.post(f"{PAGE}{token.pk}/stop/", follow=True)
    assert "The key “Old system” is stopped" in response.content.decode()
    assert "Stopped on" in response.content.decode()
    client.logout()
    assert client.get("/api/v1/coverage/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 401


def test_nobody_stops_another_persons_key(client, coordinator):
    theirs, _key = api_token_create(user=UserFactory(roles=[roles.MINISTRY_ANALYSTS]), name="Theirs")
    assert client.post(f"{PAGE}{theirs.pk}/stop/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.revoked_at is None


@pytest.mark.parametrize("typed", ["", "   ", "x" * 101])
def test_a_key_needs_a_name_and_the_form_says_so(client, coordinator, typed):
    response = client.post(PAGE, {"name": typed})
    assert response.status_code == 400
    assert "field-invalid" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_keys_in_use_are_limited_and_the_page_says_why(client, coordinator):
    for number in range(ACTIVE_LIMIT):
        api_token_create(user=coordinator, name=f"System {number}")
    response = client.post(PAGE, {"name": "One too many"})
    assert response.status_code == 400
    assert f"You have {ACTIVE_LIMIT} keys in use" in response.content.decode()
    assert ApiToken.objects.filter(user=coordinator).count() == ACTIVE_LIMIT


@pytest.mark.parametrize("role", [roles.TRAINERS, roles.LEARNERS, roles.CONTENT_EDITORS])
def test_people_who_see_no_figures_have_no_keys_page(client, role):
    client.force_login(UserFactory(roles=[role]))
    assert client.get(PAGE).status_code == 403
    assert client.post(PAGE, {"name": "Sneaky"}).status_code == 403
    assert not ApiToken.objects.exists()


def test_the_keys_page_reads_the_same_queries_for_one_key_and_ten(client, coordinator, django_assert_max_num_queries):
    api_token_create(user=coordinator, name="One")
    client.get(PAGE)
    with django_assert_max_num_queries(8) as one:
        client.get(PAGE)
    for number in range(9):
        api_token_create(user=coordinator, name=f"More {number}")
    with django_assert_max_num_queries(len(one)):
        client.get(PAGE)


def test_the_shell_command_makes_a_key_within_the_same_limit(client):
    from io import StringIO

    from django.core.management import CommandError, call_command

    build_course(slug="teachers", lessons=0)
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS], email="analyst@example.org")
    out = StringIO()
    call_command("coverage_token", "--email", "ANALYST@example.org", "--name", "Ministry BI", stdout=out)
    key = out.getvalue().strip()
    assert client.get("/api/v1/coverage/regions/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 200
    for number in range(ACTIVE_LIMIT - 1):
        api_token_create(user=analyst, name=f"System {number}")
    with pytest.raises(CommandError, match="keys in use"):
        call_command("coverage_token", "--email", "analyst@example.org", "--name", "One more", stdout=StringIO())
    UserFactory(roles=[roles.LEARNERS], email="learner@example.org")
    with pytest.raises(CommandError, match="neither a ministry analyst nor a regional coordinator"):
        call_command("coverage_token", "--email", "learner@example.org", "--name", "X", stdout=StringIO())
