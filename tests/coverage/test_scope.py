"""Who sees which coverage figures: each role against each page, each table's export and API
call for their own region, another region and the country, and the answers to addresses that
lead nowhere."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from coverage.catalogue import TABLES
from coverage.filters import filters_from
from coverage.tokens import api_token_create
from lms import roles
from lms.models import Region
from tests.coverage.helpers import holder, today
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(db):
    return build_course(slug="teachers", lessons=0)


def coordinator(code="KZ-35"):
    return UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=Region.objects.get(code=code))


PEOPLE = {
    "analyst": lambda: UserFactory(roles=[roles.MINISTRY_ANALYSTS]),
    "superuser": lambda: UserFactory(is_superuser=True, is_staff=True),
    "coordinator of KZ-35": coordinator,
    "coordinator without a region": lambda: UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=None),
    "trainer": lambda: UserFactory(roles=[roles.TRAINERS]),
    "learner": lambda: UserFactory(roles=[roles.LEARNERS]),
    "content editor": lambda: UserFactory(roles=[roles.CONTENT_EDITORS]),
    "content reviewer": lambda: UserFactory(roles=[roles.CONTENT_REVIEWERS]),
    "anonymous": lambda: None,
}

# Every table of the catalogue, for the coordinator's own region, another region and the country.
OWN, OTHER, COUNTRY = "KZ-35", "KZ-71", "the country"
PLACES = (OWN, OTHER, COUNTRY)
# Tables of one region only: asked for the country, the answer says a region is required (400).
ONE_REGION_ONLY = ("districts", "trainers", "expiring")
# People by name, every one of them: for download, never served to other systems.
DOWNLOAD_ONLY = ("holders", "expiring")


def _query(place):
    return "" if place == COUNTRY else f"?region={place}"


def exports(slugs, places):
    return [f"{slug}.{extension} of {place}" for slug in slugs for place in places for extension in ("csv", "xlsx")]


def api(slugs, places):
    return [f"API {slug} of {place}" for slug in slugs for place in places]


PAGE_ADDRESSES = {
    "national page": "/en/coverage/",
    "national page choosing KZ-35": "/en/coverage/?region=KZ-35",
    "national page choosing KZ-71": "/en/coverage/?region=KZ-71",
    "KZ-35 page": "/en/coverage/regions/KZ-35/",
    "KZ-71 page": "/en/coverage/regions/KZ-71/",
    "cascade page": "/en/coverage/cascade/",
    "KZ-35 cascade page": "/en/coverage/cascade/?region=KZ-35",
    "KZ-71 cascade page": "/en/coverage/cascade/?region=KZ-71",
}
EXPORT_ADDRESSES = {
    f"{slug}.{extension} of {place}": f"/en/coverage/export/{slug}.{extension}{_query(place)}"
    for slug in TABLES
    for place in PLACES
    for extension in ("csv", "xlsx")
}
API_ADDRESSES = {
    f"API {slug} of {place}": f"/api/v1/coverage/{slug}/{_query(place)}" for slug in TABLES for place in PLACES
}
ADDRESSES = {**PAGE_ADDRESSES, **EXPORT_ADDRESSES, **API_ADDRESSES}
CHOOSING_A_REGION = ["national page choosing KZ-35", "national page choosing KZ-71"]

NATIONAL_VIEWER = {
    **dict.fromkeys(ADDRESSES, 200),
    **dict.fromkeys(CHOOSING_A_REGION, 302),  # sent to the region's own page
    **dict.fromkeys(exports(ONE_REGION_ONLY, [COUNTRY]), 400),
    **dict.fromkeys(api(ONE_REGION_ONLY, [COUNTRY]), 400),
    **dict.fromkeys(api(DOWNLOAD_ONLY, PLACES), 404),
}
NO_FIGURES = dict.fromkeys(ADDRESSES, 403)
EXPECTED = {
    "analyst": NATIONAL_VIEWER,
    "superuser": NATIONAL_VIEWER,
    "coordinator of KZ-35": {
        **dict.fromkeys(ADDRESSES, 403),
        # The country's pages send them to their region; choosing a region sends them to its page.
        **dict.fromkeys(["national page", "cascade page", *CHOOSING_A_REGION], 302),
        "KZ-35 page": 200,
        "KZ-35 cascade page": 200,
        **dict.fromkeys(exports(TABLES, [OWN]), 200),
        **dict.fromkeys(api(TABLES, [OWN]), 200),
        **dict.fromkeys(api(DOWNLOAD_ONLY, [OWN]), 404),
    },
    "coordinator without a region": NO_FIGURES,
    "trainer": NO_FIGURES,
    "learner": NO_FIGURES,
    "content editor": NO_FIGURES,
    "content reviewer": NO_FIGURES,
    "anonymous": {
        **dict.fromkeys(PAGE_ADDRESSES, 302),
        **dict.fromkeys(EXPORT_ADDRESSES, 302),
        **dict.fromkeys(API_ADDRESSES, 401),
    },
}


def answers_of(client, addresses, **headers):
    return {where: client.get(address, headers=headers).status_code for where, address in addresses.items()}


@pytest.mark.parametrize("who", EXPECTED)
def test_each_role_gets_its_answer_from_each_page_and_each_tables_export_and_api_call(client, course, who):
    user = PEOPLE[who]()
    if user is not None:
        client.force_login(user)
    assert answers_of(client, ADDRESSES) == EXPECTED[who]


def test_someone_signed_out_is_sent_to_sign_in_from_every_page_and_export(client, course):
    addresses = {**PAGE_ADDRESSES, **EXPORT_ADDRESSES}
    sent_to = {client.get(address)["Location"].partition("?")[0] for address in addresses.values()}
    assert sent_to == {"/en/accounts/login/"}


def test_a_coordinator_choosing_another_region_on_the_national_page_is_refused_there(client, course):
    client.force_login(coordinator())
    response = client.get("/en/coverage/?region=KZ-71", follow=True)
    assert (response.redirect_chain[-1][0], response.status_code) == ("/en/coverage/regions/KZ-71/", 403)


@pytest.fixture
def two_regions_named(course):
    """A holder in each region whose certificate expires next month, so both lists name them."""
    soon = today() + timedelta(days=30)
    for code, name in ((OWN, "Айгүл of Karaganda"), (OTHER, "Бауыржан of Astana")):
        holder(course, code, full_name=name, issued_on=soon - timedelta(days=730), expires_on=soon)
    return course


@pytest.mark.parametrize("slug", DOWNLOAD_ONLY)
def test_a_coordinators_download_of_people_names_nobody_of_another_region(client, two_regions_named, slug):
    client.force_login(coordinator())
    response = client.get(f"/en/coverage/export/{slug}.csv?region=KZ-35")
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert [line.split(",")[0] for line in lines[1:]] == ["Айгүл of Karaganda"]


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("analyst", 200),
        ("superuser", 200),
        ("coordinator of KZ-35", 200),
        ("coordinator without a region", 403),
        ("trainer", 403),
        ("learner", 403),
        ("content editor", 403),
        ("content reviewer", 403),
        ("anonymous", 401),
    ],
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


@pytest.mark.parametrize("who", ["analyst", "coordinator of KZ-35", "learner"])
def test_a_key_reads_each_tables_api_call_as_its_holder_signed_in_does(client, course, who):
    _token, key = api_token_create(user=PEOPLE[who](), name="Other system")
    expected = {where: EXPECTED[who][where] for where in API_ADDRESSES}
    assert answers_of(client, API_ADDRESSES, Authorization=f"Token {key}") == expected


def test_a_revoked_coordinators_key_reads_nothing_not_even_their_region(client, course):
    token, key = api_token_create(user=coordinator(), name="Regional akimat")
    token.revoked_at = timezone.now()
    token.save()
    answers = answers_of(client, {**API_ADDRESSES, "API index": "/api/v1/coverage/"}, Authorization=f"Token {key}")
    assert set(answers.values()) == {401}


def test_a_key_opens_no_page_or_export(client, course):
    _token, key = api_token_create(user=UserFactory(roles=[roles.MINISTRY_ANALYSTS]), name="Ministry")
    answers = answers_of(client, {**PAGE_ADDRESSES, **EXPORT_ADDRESSES}, Authorization=f"Token {key}")
    assert set(answers.values()) == {302}


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


def test_a_key_is_stored_only_as_its_hash(course):
    token, key = api_token_create(user=UserFactory(roles=[roles.MINISTRY_ANALYSTS]), name="Ministry")
    assert key not in token.key_hash and len(token.key_hash) == 64
