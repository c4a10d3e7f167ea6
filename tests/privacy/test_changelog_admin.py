"""The change log in the Wagtail admin (privacy/admin_changelog.py): analysts and superusers search it,
nobody changes it, and a page that shows people's changes is recorded in the audit trail."""

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from lms import roles
from lms.audit import AccessRecord
from lms.models import Region
from privacy.admin_changelog import KIND_LABELS
from privacy.changelog_selectors import KINDS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("privacy_changelog:index")


@pytest.fixture
def analyst():
    return UserFactory(email="analyst@example.org", roles=[roles.MINISTRY_ANALYSTS])


@pytest.fixture
def teacher():
    person = UserFactory(full_name="Айгүл Серікқызы", email="aigul@example.org", school="№5 мектеп")
    person.school = "№12 мектеп"
    person.region = Region.objects.get(code="KZ-11")
    person.save()
    return person


def page(client, who, query=""):
    client.force_login(who)
    response = client.get(URL + query)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_an_analyst_reads_who_changed_what_before_and_after_with_regions_named(client, analyst, teacher):
    html = page(client, analyst, "?kind=people&about=aigul@example")
    assert "Айгүл Серікқызы" in html
    assert "№5 мектеп → №12 мектеп" in html
    assert f"{Region.objects.get(code='KZ-35').name} → {Region.objects.get(code='KZ-11').name}" in html


@pytest.mark.parametrize(
    "who", [[roles.REGIONAL_COORDINATORS], [roles.TRAINERS], [roles.CONTENT_EDITORS], [roles.LEARNERS]]
)
def test_no_one_else_opens_it(client, who, teacher):
    client.force_login(UserFactory(roles=who))
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "Айгүл" not in response.content.decode()
    assert not AccessRecord.objects.exists()


def test_a_post_changes_nothing_and_no_address_edits_or_deletes_an_entry(client, teacher):
    admin = UserFactory(is_superuser=True, is_staff=True)
    before = list(LogEntry.objects.values())
    client.force_login(admin)
    for data in ({"object_repr": "someone else"}, {"action": "delete", "pk": LogEntry.objects.first().pk}):
        assert client.post(URL, data).status_code == 405
    assert list(LogEntry.objects.values()) == before
    for name in ("edit", "delete", "add"):
        with pytest.raises(Exception):  # noqa: B017  (NoReverseMatch: there is no such address)
            reverse(f"privacy_changelog:{name}", args=[1])


def test_a_page_about_one_person_records_an_access_to_their_data(client, analyst, teacher):
    page(client, analyst, "?about=Айгүл")
    record = AccessRecord.objects.get()
    assert (record.actor, record.subject, record.what) == (analyst, teacher, "privacy_changelog:index")
    assert record.region.code == "KZ-11"


def test_a_page_of_many_people_records_how_many_and_a_page_of_regions_records_nothing(client, analyst, teacher):
    UserFactory()
    page(client, analyst)
    record = AccessRecord.objects.get()
    assert (record.subject, record.people) == (None, 2)  # the teacher and the other person, not the analyst
    region = Region.objects.get(code="KZ-35")
    region.teacher_target = 900
    region.save()
    page(client, analyst, "?kind=regions")
    assert AccessRecord.objects.count() == 1


def test_a_head_request_records_nothing(client, analyst, teacher):
    client.force_login(analyst)
    assert client.head(URL).status_code == 200
    assert not AccessRecord.objects.exists()


def test_a_wrong_date_range_is_said_and_kept(client, analyst, teacher):
    html = page(client, analyst, "?since=2026-05-02&until=2026-05-01")
    assert "2026-05-02" in html
    assert "Кезең соңы кезең басынан бұрын тұр." in html  # the admin speaks the analyst's Kazakh
    assert not AccessRecord.objects.exists()  # no entry shown


def test_the_page_reads_a_fixed_number_of_queries(client, analyst, teacher, django_assert_max_num_queries):
    UserFactory()
    client.force_login(analyst)
    client.get(URL)

    def measured():
        # The session, the viewer, their roles and second factor, Wagtail's admin frame; then the count,
        # the entries, the regions named, the holders of certificates listed, the audit row.
        with django_assert_max_num_queries(13) as queries:
            assert client.get(URL).status_code == 200
        return len(queries)

    few = measured()
    for number in range(30):
        person = UserFactory(full_name=f"Person {chr(65 + number % 26)}")
        person.region = Region.objects.get(code="KZ-11")
        person.save()
    assert measured() == few


def test_every_kind_has_a_label():
    assert set(KIND_LABELS) == set(KINDS)


def test_a_role_given_reads_as_the_roles_name_in_the_readers_language():
    from django.utils import translation

    from privacy.changelog_selectors import change_entries, change_lines

    person = UserFactory(full_name="Сәуле Мұратқызы", roles=[roles.TRAINERS])
    with translation.override("en"):
        lines = change_lines(list(change_entries(kind="people", about="Сәуле")))
        assert ("Roles given", "", "Trainers") in [tuple(map(str, change)) for line in lines for change in line.changes]
    assert all(line.person_id == person.pk for line in lines)
