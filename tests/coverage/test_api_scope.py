"""A table of one region asked for the whole country: the API and the export say that a region is
required (400, in the person's language), instead of answering "not found"."""

import pytest
from django.utils import translation

from coverage.data_views import RegionRequired
from lms import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def analyst_client(client, courses):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    return client


@pytest.mark.parametrize("slug", ["districts", "trainers"])
def test_the_api_says_a_region_is_required_for_a_table_of_one_region(analyst_client, slug):
    response = analyst_client.get(f"/api/v1/coverage/{slug}/", headers={"Accept-Language": "en"})
    assert (response.status_code, response["Content-Type"]) == (400, "application/json")
    answer = response.json()
    assert answer["reason"] == "region_required"
    assert answer["error"].startswith("region=… is required for this table")
    assert f"“{slug}”" in answer["error"]


def test_the_reason_is_in_the_language_asked_for(analyst_client):
    response = analyst_client.get("/api/v1/coverage/districts/", headers={"Accept-Language": "ru"})
    assert response.status_code == 400
    with translation.override("ru"):
        assert response.json()["error"] == str(RegionRequired("districts"))


def test_the_same_table_with_a_region_is_answered(analyst_client):
    assert analyst_client.get("/api/v1/coverage/districts/?region=KZ-35").status_code == 200


def test_a_list_kept_out_of_the_api_stays_not_found_whatever_the_scope(analyst_client):
    assert analyst_client.get("/api/v1/coverage/expiring/").status_code == 404


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_an_export_of_a_region_table_for_the_country_offers_the_regions_instead(analyst_client, language):
    response = analyst_client.get(f"/{language}/coverage/export/districts.csv")
    page = response.content.decode()
    assert response.status_code == 400
    assert f'<html lang="{language}"' in page
    assert "/coverage/export/districts.csv?region=KZ-35" in page
    assert page.count("/coverage/export/districts.csv?region=") == 20


def test_a_coordinator_is_offered_only_their_region(client, courses):
    client.force_login(UserFactory(roles=[roles.REGIONAL_COORDINATORS]))  # of KZ-35
    response = client.get("/en/coverage/export/trainers.xlsx", follow=False)
    page = response.content.decode()
    # The country is not theirs to see: refused before anything is said about the table.
    assert response.status_code == 403
    assert "/coverage/export/trainers.xlsx?region=" not in page


def test_an_export_of_a_reversed_period_says_why_on_a_page_of_the_site(analyst_client):
    response = analyst_client.get("/ru/coverage/export/regions.csv?from=2026-05-01&to=2025-01-01")
    page = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="ru"' in page and "<main" in page
    with translation.override("ru"):
        assert translation.gettext("The period ends before it starts: swap the two dates.") in page
