"""Who sees which coverage figures: each role against each page, export and API call, and the
answers to addresses that lead nowhere."""

from datetime import date

import pytest
from django.utils import timezone

from coverage.filters import filters_from
from coverage.tokens import api_token_create
from lms import roles
from lms.models import Region
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(db):
    return build_course(slug="teachers", lessons=0)


def coordinator(code="KZ-35"):
    return UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=Region.objects.get(code=code))


PEOPLE = {
    "analyst": lambda: UserFactory(roles=[roles.MINISTRY_ANALYSTS]),
    "coordinator of KZ-35": coordinator,
    "trainer": lambda: UserFactory(roles=[roles.TRAINERS]),
    "learner": lambda: UserFactory(roles=[roles.LEARNERS]),
    "anonymous": lambda: None,
}

ADDRESSES = {
    "national page": "/en/coverage/",
    "KZ-35 page": "/en/coverage/regions/KZ-35/",
    "KZ-71 page": "/en/coverage/regions/KZ-71/",
    "cascade page": "/en/coverage/cascade/",
    "KZ-71 cascade page": "/en/coverage/cascade/?region=KZ-71",
    "KZ-35 cascade page": "/en/coverage/cascade/?region=KZ-35",
    "national export": "/en/coverage/export/regions.csv",
    "KZ-71 export": "/en/coverage/export/districts.csv?region=KZ-71",
    "KZ-35 export": "/en/coverage/export/districts.xlsx?region=KZ-35",
    "national API": "/api/v1/coverage/regions/",
    "KZ-71 API": "/api/v1/coverage/districts/?region=KZ-71",
    "KZ-35 API": "/api/v1/coverage/districts/?region=KZ-35",
}
PAGES = [name for name, address in ADDRESSES.items() if not address.startswith("/api/")]
API = [name for name, address in ADDRESSES.items() if address.startswith("/api/")]

EXPECTED = {
    "analyst": dict.fromkeys(ADDRESSES, 200),
    "coordinator of KZ-35": {
        "national page": 302,
        "KZ-35 page": 200,
        "KZ-71 page": 403,
        "cascade page": 302,
        "KZ-71 cascade page": 403,
        "KZ-35 cascade page": 200,
        "national export": 403,
        "KZ-71 export": 403,
        "KZ-35 export": 200,
        "national API": 403,
        "KZ-71 API": 403,
        "KZ-35 API": 200,
    },
    "trainer": dict.fromkeys(ADDRESSES, 403),
    "learner": dict.fromkeys(ADDRESSES, 403),
    "anonymous": {**dict.fromkeys(PAGES, 302), **dict.fromkeys(API, 401)},
}


@pytest.mark.parametrize("who", EXPECTED)
def test_each_role_gets_its_answer_from_each_page_export_and_api_call(client, course, who):
    user = PEOPLE[who]()
    if user is not None:
        client.force_login(user)
    answers = {where: client.get(address).status_code for where, address in ADDRESSES.items()}
    assert answers == EXPECTED[who]


@pytest.mark.parametrize(
    ("who", "status"),
    [("analyst", 200), ("coordinator of KZ-35", 200), ("trainer", 403), ("learner", 403), ("anonymous", 401)],
)
def test_the_api_index_answers_only_those_who_see_figures(client, course, who, status):
    user = PEOPLE[who]()
    if user is not None:
        client.force_login(user)
    assert client.get("/api/v1/coverage/").status_code == status


def test_a_coordinator_asking_for_the_country_is_sent_to_their_region(client, course):
    client.force_login(coordinator())
    assert client.get("/en/coverage/")["Location"] == "/en/coverage/regions/KZ-35/"


def test_a_coordinator_asking_for_the_country_keeps_their_filters(client, course):
    client.force_login(coordinator())
    response = client.get(f"/en/coverage/?course={course.translation_key}")
    assert response["Location"] == f"/en/coverage/regions/KZ-35/?course={course.translation_key}"


def test_a_coordinator_asking_for_the_whole_cascade_is_sent_to_their_regions(client, course):
    client.force_login(coordinator())
    assert client.get("/en/coverage/cascade/")["Location"] == "/en/coverage/cascade/?region=KZ-35"


def test_an_analyst_choosing_a_region_on_the_national_page_is_sent_to_its_page(client, course):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    response = client.get(f"/en/coverage/?region=KZ-71&course={course.translation_key}")
    assert response["Location"] == f"/en/coverage/regions/KZ-71/?course={course.translation_key}"


def test_someone_signed_out_is_sent_to_sign_in_and_back(client, course):
    response = client.get("/en/coverage/regions/KZ-35/")
    assert response["Location"] == "/en/accounts/login/?next=/en/coverage/regions/KZ-35/"


def test_the_api_asks_someone_signed_out_for_a_key(client, course):
    response = client.get("/api/v1/coverage/regions/")
    assert (response.status_code, response["WWW-Authenticate"]) == (401, 'Token realm="coverage"')


# Addresses that lead nowhere


@pytest.fixture
def analyst_client(client, course):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    return client


@pytest.mark.parametrize(
    "address",
    [
        "/en/coverage/regions/KZ-99/",
        "/en/coverage/regions/karaganda/",
        "/en/coverage/regions/KZ-3/",
        "/en/coverage/cascade/?region=KZ-99",
        "/en/coverage/cascade/?region=KZ-35%27--",
        "/en/coverage/export/districts.csv?region=KZ-99",
        "/en/coverage/export/regions.pdf",
        "/en/coverage/export/nothing.csv",
        "/en/coverage/export/districts.csv",
    ],
)
def test_an_unknown_or_malformed_address_is_not_found(analyst_client, address):
    assert analyst_client.get(address).status_code == 404


def test_a_malformed_region_chosen_on_the_national_page_is_not_found(analyst_client):
    assert analyst_client.get("/en/coverage/?region=KZ/35").status_code == 404


def test_a_coordinator_asking_for_an_unknown_region_is_not_found(client, course):
    client.force_login(coordinator())
    assert client.get("/en/coverage/regions/KZ-99/").status_code == 404


@pytest.mark.parametrize(
    "address",
    [
        "/en/coverage/?course=00000000-0000-0000-0000-000000000000",
        "/en/coverage/regions/KZ-35/?course=00000000-0000-0000-0000-000000000000",
        "/en/coverage/cascade/?course=not-a-course",
        "/en/coverage/export/regions.csv?course=00000000-0000-0000-0000-000000000000",
    ],
)
def test_an_unknown_course_is_not_found(analyst_client, address):
    assert analyst_client.get(address).status_code == 404


@pytest.mark.parametrize(
    "address",
    [
        "/api/v1/coverage/regions/?region=KZ-99",
        "/api/v1/coverage/regions/?course=00000000-0000-0000-0000-000000000000",
        "/api/v1/coverage/districts/",
    ],
)
def test_the_api_answers_an_address_that_leads_nowhere_with_a_json_404(analyst_client, address):
    response = analyst_client.get(address)
    assert (response.status_code, bool(response.json()["error"])) == (404, True)


# Periods that cannot be


@pytest.mark.parametrize("address", ["/en/coverage/", "/en/coverage/regions/KZ-35/", "/en/coverage/cascade/"])
def test_a_reversed_period_is_shown_with_a_message_on_the_page(analyst_client, address):
    response = analyst_client.get(f"{address}?from=2026-05-01&to=2025-01-01")
    assert response.status_code == 200
    assert "The period ends before it starts" in response.content.decode()


def test_a_date_before_2020_is_shown_with_a_message_on_the_page(analyst_client):
    response = analyst_client.get("/en/coverage/?from=1900-01-01")
    assert (response.status_code, "Choose dates between 01.01.2020" in response.content.decode()) == (200, True)


def test_a_malformed_date_is_shown_with_a_message_on_the_page(analyst_client):
    response = analyst_client.get("/en/coverage/?from=2026-13-45")
    assert (response.status_code, 'role="alert"' in response.content.decode()) == (200, True)


def test_a_reversed_period_is_a_bad_api_request_that_says_why(analyst_client):
    response = analyst_client.get(
        "/api/v1/coverage/regions/?from=2026-05-01&to=2025-01-01", headers={"Accept-Language": "en"}
    )
    assert response.status_code == 400
    assert "The period ends before it starts" in response.json()["error"]


def test_a_date_before_2020_is_a_bad_api_request(analyst_client):
    response = analyst_client.get("/api/v1/coverage/regions/?from=1900-01-01", headers={"Accept-Language": "en"})
    assert (response.status_code, "Choose dates between" in response.json()["error"]) == (400, True)


def test_a_malformed_date_is_a_bad_api_request_that_says_why(analyst_client):
    response = analyst_client.get("/api/v1/coverage/regions/?from=2026-13-45")
    assert response.status_code == 400
    assert response.json()["error"]


def test_a_period_given_only_its_end_ends_on_that_day(course):
    chosen = filters_from({"to": "2025-01-01"})
    assert chosen.date_to == date(2025, 1, 1) and chosen.date_from <= chosen.date_to


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_an_export_of_a_reversed_period_is_a_bad_request(analyst_client, extension):
    response = analyst_client.get(f"/en/coverage/export/regions.{extension}?from=2026-05-01&to=2025-01-01")
    assert (response.status_code, b"The period ends before it starts" in response.content) == (400, True)


# API keys


def api_get(client, address, key):
    return client.get(address, headers={"Authorization": f"Token {key}"})


def test_a_coordinators_key_reads_their_region(client, course):
    _token, key = api_token_create(user=coordinator(), name="Regional akimat")
    assert api_get(client, "/api/v1/coverage/districts/?region=KZ-35", key).status_code == 200


@pytest.mark.parametrize(
    "address", ["/api/v1/coverage/districts/?region=KZ-71", "/api/v1/coverage/regions/", "/api/v1/coverage/masters/"]
)
def test_a_coordinators_key_reads_nothing_beyond_their_region(client, course, address):
    _token, key = api_token_create(user=coordinator(), name="Regional akimat")
    assert api_get(client, address, key).status_code == 403


def test_an_analysts_key_reads_the_country(client, course):
    _token, key = api_token_create(user=UserFactory(roles=[roles.MINISTRY_ANALYSTS]), name="Ministry")
    assert api_get(client, "/api/v1/coverage/regions/", key).status_code == 200


def test_a_revoked_key_is_refused(client, course):
    token, key = api_token_create(user=UserFactory(roles=[roles.MINISTRY_ANALYSTS]), name="Ministry")
    token.revoked_at = timezone.now()
    token.save()
    assert api_get(client, "/api/v1/coverage/regions/", key).status_code == 401


def test_an_unknown_key_is_refused(client, course):
    assert api_get(client, "/api/v1/coverage/regions/", "cov_not-a-key").status_code == 401


def test_the_key_of_someone_no_longer_active_is_refused(client, course):
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    _token, key = api_token_create(user=analyst, name="Ministry")
    analyst.is_active = False
    analyst.save()
    assert api_get(client, "/api/v1/coverage/regions/", key).status_code == 401


def test_a_learners_key_sees_no_figures(client, course):
    _token, key = api_token_create(user=UserFactory(roles=[roles.LEARNERS]), name="Curious")
    assert api_get(client, "/api/v1/coverage/districts/?region=KZ-35", key).status_code == 403


def test_a_key_is_stored_only_as_its_hash(course):
    token, key = api_token_create(user=UserFactory(roles=[roles.MINISTRY_ANALYSTS]), name="Ministry")
    assert key not in token.key_hash and len(token.key_hash) == 64
