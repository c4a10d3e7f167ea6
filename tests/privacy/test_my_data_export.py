"""The page "My data", its JSON download and its readable copy hold every kind of record about the
person, in their language, and nothing of anyone else; they are never cached."""

import json

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory
from tests.privacy.my_data_world import OTHER, OTHER_SECRET, build_world

pytestmark = pytest.mark.django_db

ADDRESSES = ("privacy:my_data", "privacy:my_data_json", "privacy:my_data_copy")
EVERY_KIND = (
    "enrolments",
    "lesson_completions",
    "h5p_results",
    "quiz_results",
    "quiz_attempts",
    "quiz_answers",
    "certificates",
    "certificate_events",
    "group_memberships",
    "attendance",
    "groups_led",
    "learning_summaries",
    "api_keys",
    "consents",
    "erasure_requests",
    "accesses",
)


@pytest.fixture
def world():
    return build_world(courses=1)


def download(client, user):
    client.force_login(user)
    response = client.get(reverse("privacy:my_data_json"))
    assert response.status_code == 200
    return response, json.loads(response.content.decode("utf-8"))


def test_the_download_is_a_dated_json_file_in_plain_utf8(client, world):
    response, data = download(client, world.person)

    today = timezone.localdate().isoformat()
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="my-data-{today}.json"'
    assert "Айгүл Сапарова".encode() in response.content  # not \u escapes
    assert set(data) == {"generated_at", "person", "sections"}
    assert set(data["sections"]) == set(EVERY_KIND)


def test_the_download_holds_every_kind_of_record_about_the_person(client, world):
    _response, data = download(client, world.person)
    sections = data["sections"]

    person = data["person"]
    assert (person["full_name"], person["email"], person["school"], person["position"]) == (
        "Айгүл Сапарова",
        "aigul.saparova@example.org",
        "№5 мектеп",
        "Мұғалім",
    )
    assert person["region"] and person["joined"] and person["roles"]
    [enrolment] = sections["enrolments"]
    assert enrolment["course"] == "Қорғау курсы 1" and enrolment["round"] == 1
    assert [row["lesson"] for row in sections["lesson_completions"]] == ["Lesson 1"]
    [h5p] = sections["h5p_results"]
    assert (h5p["score"], h5p["max_score"], h5p["statement"]) == (3, 4, {"result": {"response": "Айгүлдің жауабы"}})
    [result] = sections["quiz_results"]
    assert (result["quiz"], result["attempts"]) == ("Қорытынды тест 1", 1)
    [attempt] = sections["quiz_attempts"]
    assert attempt["quiz"] == "Қорытынды тест 1" and attempt["percent"] is not None
    answers = sections["quiz_answers"]
    assert [row["prompt"] for row in answers] == ["Сұрақ 1-1", "Сұрақ 1-2"]
    assert all(row["answer"] == "Option 1" and row["correct"] is True and row["points"] == 1 for row in answers)
    [certificate] = sections["certificates"]
    assert (certificate["holder_name"], certificate["trainer_name"]) == ("Айгүл Сапарова", "Тренер Әлиева")
    [membership] = sections["group_memberships"]
    assert (membership["group"], membership["trainer"]) == ("Қарағанды, №12 мектеп тобы", "Тренер Әлиева")
    [mark] = sections["attendance"]
    assert mark["place"] == "Мектеп залы"
    assert sections["groups_led"] == [] and sections["api_keys"] == []
    assert [row["course"] for row in sections["learning_summaries"]] == ["Қорғау курсы 1"]
    [consent] = sections["consents"]
    assert consent["notice_version"] == 1
    [erasure] = sections["erasure_requests"]
    assert erasure["cancelled_at"]
    [access] = sections["accesses"]
    assert access["who"] == "Тренер Әлиева"


@pytest.mark.parametrize("name", ADDRESSES)
def test_nothing_of_another_teacher_in_the_same_group_appears(client, world, name):
    client.force_login(world.person)
    text = client.get(reverse(name)).content.decode("utf-8")

    assert "Айгүл Сапарова" in text
    for value in (*OTHER.values(), OTHER_SECRET):
        assert value not in text


def test_a_trainer_sees_their_groups_as_counts_without_their_trainees(client, world):
    _response, data = download(client, world.trainer)

    [group] = data["sections"]["groups_led"]
    assert (group["group"], group["trainees"], group["sessions"]) == ("Қарағанды, №12 мектеп тобы", 2, 1)
    text = json.dumps(data, ensure_ascii=False)
    for value in ("Айгүл Сапарова", "aigul.saparova@example.org", *OTHER.values()):
        assert value not in text


def test_the_page_says_what_each_kind_is_and_offers_every_action(client, world):
    client.force_login(world.person)
    response = client.get(reverse("privacy:my_data"))

    page = response.content.decode()
    for url in (
        reverse("privacy:my_data_json"),
        reverse("privacy:my_data_copy"),
        reverse("account_profile"),
        reverse("my_accesses"),
        reverse("privacy:erase"),
    ):
        assert f'href="{url}"' in page
    kinds = response.context["data"].kinds
    assert [kind.section.key for kind in kinds] == [key for key in EVERY_KIND if key != "accesses"]
    assert all(kind.why for kind in kinds)
    assert page.count('class="table-scroll" tabindex="0" role="region" aria-labelledby=') >= 10
    assert "Тренер Әлиева" in page  # the newest access, and the group's trainer


def test_a_person_with_nothing_recorded_reads_that_each_kind_is_empty(client):
    person = UserFactory()
    client.force_login(person)
    response = client.get(reverse("privacy:my_data"))

    assert response.status_code == 200
    assert all(kind.section.rows == [] for kind in response.context["data"].kinds)


@pytest.mark.parametrize("name", ADDRESSES)
def test_my_data_is_never_stored_by_a_browser_or_a_proxy(client, world, name):
    client.force_login(world.person)
    response = client.get(reverse(name))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_the_profile_page_leads_to_my_data(client, world):
    client.force_login(world.person)
    page = client.get(reverse("account_profile")).content.decode()

    assert f'href="{reverse("privacy:my_data")}"' in page
