"""The read-only JSON API: the tables of the pages, for other systems."""

import pytest

from coverage.rebuild import summaries_rebuild
from lms import roles
from tests.coverage.helpers import days_ago, holder, table, target
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(courses):
    """The figures here come from certificates, groups and scores: the courses need no lessons."""
    return courses


NUMBERS = ("valid", "target", "coverage", "recent", "period", "active_trainers", "open_groups")


@pytest.fixture
def analyst_client(client):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    return client


@pytest.fixture
def figures(programme):
    teachers = programme[0]
    target("KZ-35", 7)
    target("KZ-71", 4)
    for days in (0, 100, 200):
        holder(teachers, "KZ-35", issued_on=days_ago(days))
    holder(teachers, "KZ-71", issued_on=days_ago(3))
    summaries_rebuild()
    return teachers


def regions_json(client, course, **params):
    query = "&".join(f"{key}={value}" for key, value in {"course": course.translation_key, **params}.items())
    response = client.get(f"/api/v1/coverage/regions/?{query}")
    assert response.status_code == 200
    return response.json()


def test_the_regions_table_has_a_row_for_each_of_the_20_regions(analyst_client, figures):
    assert len(regions_json(analyst_client, figures)["rows"]) == 20


def test_the_regions_total_equals_the_national_tables(analyst_client, figures):
    total = regions_json(analyst_client, figures)["total"]
    footer = table("regions", figures).footer
    assert {key: total[key] for key in NUMBERS} == {key: footer[key] for key in NUMBERS}
    assert (total["valid"], total["target"], total["coverage"]) == (4, 11, 36.4)


def test_each_regions_row_equals_the_national_tables(analyst_client, figures):
    rows = {row["code"]: row for row in regions_json(analyst_client, figures)["rows"]}
    shown = {row["code"]: row for row in table("regions", figures).rows}
    assert {code: [row[key] for key in NUMBERS] for code, row in rows.items()} == {
        code: [row[key] for key in NUMBERS] for code, row in shown.items()
    }


def test_the_projected_month_is_an_iso_date(analyst_client, figures):
    rows = {row["code"]: row for row in regions_json(analyst_client, figures)["rows"]}
    shown = {row["code"]: row for row in table("regions", figures).rows}
    assert rows["KZ-35"]["reaches"] == shown["KZ-35"]["reaches"].isoformat()


def test_the_answer_names_its_filters(analyst_client, figures):
    answer = regions_json(analyst_client, figures, **{"from": "2026-01-01", "to": "2026-03-31"})
    assert answer["filters"] == {
        "course": str(figures.translation_key),
        "from": "2026-01-01",
        "to": "2026-03-31",
        "region": None,
        "national": True,
    }


def test_the_columns_say_what_each_key_holds(analyst_client, figures):
    columns = regions_json(analyst_client, figures)["columns"]
    assert [(column["key"], column["kind"]) for column in columns][:5] == [
        ("code", "text"),
        ("name", "text"),
        ("valid", "number"),
        ("target", "number"),
        ("coverage", "percent"),
    ]


def test_the_index_lists_the_tables_with_their_scope(analyst_client, figures):
    tables = analyst_client.get("/api/v1/coverage/").json()["tables"]
    assert {"name": "regions", "scope": "national"} in tables
    assert {"name": "districts", "scope": "region"} in tables
    assert {"name": "masters", "scope": "either"} in tables


def test_every_table_the_index_lists_can_be_read(analyst_client, figures):
    tables = analyst_client.get("/api/v1/coverage/").json()["tables"]
    answers = {
        entry["name"]: analyst_client.get(f"/api/v1/coverage/{entry['name']}/?region=KZ-35").status_code
        for entry in tables
    }
    assert answers == dict.fromkeys(answers, 200)


def test_the_index_leaves_out_the_lists_of_people(analyst_client, figures):
    tables = analyst_client.get("/api/v1/coverage/").json()["tables"]
    assert {"expiring", "holders"} & {entry["name"] for entry in tables} == set()


def test_the_list_of_expiring_certificates_cannot_be_read_through_the_api(analyst_client, figures):
    response = analyst_client.get("/api/v1/coverage/expiring/?region=KZ-35")
    assert response.status_code == 404


def test_the_api_reads_only(analyst_client, figures):
    response = analyst_client.post("/api/v1/coverage/regions/", headers={"Accept-Language": "en"})
    assert (response.status_code, response.json()["error"]) == (405, "Only GET is allowed.")


def test_an_unknown_table_is_a_json_404(analyst_client, figures):
    response = analyst_client.get("/api/v1/coverage/nothing/")
    assert (response.status_code, response["Content-Type"]) == (404, "application/json")
    assert response.json()["error"]
