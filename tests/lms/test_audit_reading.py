"""Reading the personal-data audit trail (lms/audit.py): a person's page "Who accessed my data" shows
the accesses to their record, their group and their region, and nobody else's; staff search the
records of their scope only; nothing there changes a record."""

import uuid
from datetime import datetime, timedelta
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, get_resolver, reverse
from django.utils import timezone

from cascade.models import Cohort, CohortMember
from lms import roles
from lms.audit import AccessRecord, access_record
from lms.hooks import person_cohorts
from lms.models import Region
from tests.browser.helpers import sign_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MINE = "/en/accounts/my-data/accesses/"
SEARCH = "/en/personal-data/accesses/"
ALMATY = ZoneInfo("Asia/Almaty")


def region(code):
    return Region.objects.get(code=code)


def group(name, code="KZ-35"):
    today = timezone.localdate()
    return Cohort.objects.create(
        trainer=UserFactory(roles=[roles.TRAINERS], region=region(code)),
        trainer_generation=1,
        course_key=uuid.uuid4(),
        name=name,
        region=region(code),
        starts_on=today,
        ends_on=today + timedelta(days=30),
        capacity=25,
        join_code=uuid.uuid4().hex[:12],
    )


def member(user, cohort):
    return CohortMember.objects.create(user=user, cohort=cohort, course_key=cohort.course_key)


def record(actor, what, **fields):
    """An access as a view records it (lms.audit.access_record), by `actor` (None: an API key)."""
    request = RequestFactory().get(f"/{what.replace(':', '/')}/", REMOTE_ADDR="10.1.2.3")
    request.user = actor if actor is not None else type("Anonymous", (), {"is_authenticated": False})()
    return access_record(request, what=what, **fields)


@pytest.fixture
def world():
    """A teacher of Karaganda in group «Group 12», another teacher in «Group 7», a trainer, a
    coordinator of Karaganda and one of Astana, an analyst."""
    learner = UserFactory(full_name="Айгүл Серікқызы", roles=[roles.LEARNERS], region=region("KZ-35"))
    other = UserFactory(full_name="Other Teacher", roles=[roles.LEARNERS], region=region("KZ-35"))
    astana_person = UserFactory(full_name="Astana Teacher", roles=[roles.LEARNERS], region=region("KZ-71"))
    mine, theirs = group("Group 12"), group("Group 7")
    member(learner, mine)
    member(other, theirs)
    return {
        "learner": learner,
        "other": other,
        "astana_person": astana_person,
        "mine": mine,
        "theirs": theirs,
        "trainer": mine.trainer,
        "coordinator": UserFactory(full_name="Karaganda Coordinator", roles=[roles.REGIONAL_COORDINATORS]),
        "astana_coordinator": UserFactory(
            full_name="Astana Coordinator", roles=[roles.REGIONAL_COORDINATORS], region=region("KZ-71")
        ),
        "analyst": UserFactory(full_name="Ministry Analyst", roles=[roles.MINISTRY_ANALYSTS]),
    }


def test_the_person_sees_what_concerns_them_and_nothing_else(client, world):
    w = world
    record(w["trainer"], "cascade:trainee", subject=w["learner"], cohort_id=w["mine"].pk)
    record(w["trainer"], "cascade:roster", cohort_id=w["mine"].pk, region=w["mine"].region, people=2)
    record(w["coordinator"], "certificates:region_zip", action=AccessRecord.Action.DOWNLOAD, region=region("KZ-35"))
    record(None, "coverage_api:table", action=AccessRecord.Action.API, token_label="Statistics office", people=9)
    record(w["coordinator"], "cascade:cohorts", region=region("KZ-35"), people=3)
    # Not theirs: another trainee's record in their own group, another group's roster, another
    # region's export, a national page view, and their own look at someone.
    record(w["trainer"], "cascade:trainee", subject=w["other"], cohort_id=w["mine"].pk)
    record(w["trainer"], "cascade:roster_csv", action=AccessRecord.Action.EXPORT, cohort_id=w["theirs"].pk)
    record(w["astana_coordinator"], "coverage:export", action=AccessRecord.Action.EXPORT, region=region("KZ-71"))
    record(w["analyst"], "certificates_admin:index")
    record(w["learner"], "cascade:roster", cohort_id=w["mine"].pk)

    client.force_login(w["learner"])
    response = client.get(MINE)
    assert response.status_code == 200
    text = unescape(response.content.decode())
    assert "5 accesses" in text
    assert "Your record in the group «Group 12»" in text
    assert "The list of your group «Group 12»" in text
    assert "The certificates of your region's teachers, downloaded" in text
    assert "Data on teachers across the country, read through the API" in text
    assert "The list of your region's groups and their trainers" in text
    assert "API key «Statistics office»" in text
    # Who, with their role; never from where.
    assert w["trainer"].full_name in text and "Trainer" in text
    assert "Karaganda Coordinator" in text and "Regional coordinator" in text
    assert "10.1.2.3" not in text
    for absent in ("Group 7", "Astana Coordinator", "Ministry Analyst", "downloaded as a table"):
        assert absent not in text, absent


def test_a_roster_seen_before_the_person_joined_is_not_about_them(client, world):
    newcomer = UserFactory(roles=[roles.LEARNERS], region=region("KZ-71"))
    record(world["trainer"], "cascade:roster", cohort_id=world["mine"].pk)
    member(newcomer, world["mine"])
    client.force_login(newcomer)
    assert "Nobody has opened your data yet." in client.get(MINE).content.decode()


def test_the_cascade_answers_which_groups_a_person_is_in(world):
    [answer] = person_cohorts(user=world["learner"])
    assert (answer.id, answer.name) == (world["mine"].pk, "Group 12")


@pytest.mark.parametrize(
    ("language", "title", "empty"),
    [
        ("kk", "Менің деректерімді кім ашты", "Сіздің деректеріңізді әзірге ешкім ашқан жоқ."),
        ("ru", "Кто открывал мои данные", "Ваши данные пока никто не открывал."),
    ],
)
def test_the_page_speaks_kazakh_and_russian_and_is_linked_from_the_profile(client, world, language, title, empty):
    client.force_login(world["astana_person"])
    profile = client.get(f"/{language}/accounts/profile/").content.decode()
    assert f'href="/{language}/accounts/my-data/accesses/"' in profile
    response = client.get(f"/{language}/accounts/my-data/accesses/")
    assert response.status_code == 200
    text = response.content.decode()
    if title in text:  # once the lead has merged this lane's strings into the catalogues
        assert empty in text


def query_count(client, url):
    """Queries of a page, the second time it is opened (the first also checks the second factor and
    saves the session): the session, the user, their roles, then the page's own."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_persons_page_reads_a_fixed_number_of_queries_and_pages_by_fifty(client, world):
    client.force_login(world["learner"])
    record(world["trainer"], "cascade:trainee", subject=world["learner"], cohort_id=world["mine"].pk)
    few = query_count(client, MINE)
    for _ in range(55):
        record(world["coordinator"], "cascade:roster", cohort_id=world["mine"].pk)
    assert query_count(client, MINE) == few == 7
    text = client.get(MINE).content.decode()
    assert "56 accesses" in text and "Page 1 of 2" in text
    assert "Page 2 of 2" in client.get(f"{MINE}?page=2").content.decode()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    for url in (MINE, SEARCH):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", ["learner", "trainer", "content editor"])
def test_the_search_refuses_everyone_but_analysts_superusers_and_coordinators(client, world, who):
    person = {
        "learner": world["learner"],
        "trainer": world["trainer"],
        "content editor": UserFactory(roles=[roles.CONTENT_EDITORS]),
    }[who]
    client.force_login(person)
    assert client.get(SEARCH).status_code == 403
    assert "Search the record of accesses" not in client.get(MINE).content.decode()


def scoped_records(w):
    return {
        "karaganda export": record(w["coordinator"], "coverage:export", action="export", region=region("KZ-35")),
        "karaganda person": record(w["trainer"], "cascade:trainee", subject=w["learner"]),
        "astana export": record(w["analyst"], "coverage:export", action="export", region=region("KZ-71")),
        "astana person": record(w["analyst"], "lms_coordinators:edit", subject=w["astana_person"]),
        "national": record(None, "coverage_api:table", action="api", token_label="Statistics office"),
    }


def shown(client):
    response = client.get(SEARCH)
    assert response.status_code == 200
    return response.context["page"].object_list


@pytest.mark.parametrize("who", ["analyst", "superuser"])
def test_analysts_and_superusers_search_every_record(client, world, who):
    rows = scoped_records(world)
    viewer = world["analyst"] if who == "analyst" else UserFactory(is_superuser=True, is_staff=True)
    client.force_login(viewer)
    assert set(shown(client)) == set(rows.values())
    text = client.get(SEARCH).content.decode()
    assert "10.1.2.3" in text  # staff see from where


def test_a_coordinator_searches_only_their_coordinated_region(client, world):
    rows = scoped_records(world)
    client.force_login(world["astana_coordinator"])
    assert set(shown(client)) == {rows["astana export"], rows["astana person"]}
    assert "Search the record of accesses" in client.get(MINE).content.decode()


def test_the_search_filters_by_person_actor_action_and_dates(client, world, time_machine):
    w = world
    time_machine.move_to(datetime(2026, 3, 1, 10, tzinfo=ALMATY))
    march = record(w["trainer"], "cascade:trainee", subject=w["learner"])
    time_machine.move_to(datetime(2026, 4, 1, 23, 30, tzinfo=ALMATY))  # late evening in Kazakhstan
    april = record(w["coordinator"], "coverage:export", action="export", region=region("KZ-35"))
    api = record(None, "coverage_api:table", action="api", token_label="Statistics office")
    client.force_login(w["analyst"])

    def search(**query):
        response = client.get(SEARCH, query)
        assert response.status_code == 200
        return set(response.context["page"].object_list)

    assert search(person=w["learner"].email.upper()[:8]) == {march}
    assert search(actor="Karaganda Coord") == {april}
    assert search(actor="statistics") == {api}
    assert search(action="export") == {april}
    assert search(since="2026-04-01", until="2026-04-01") == {april, api}
    assert search(until="2026-03-31") == {march}
    # Nonsense is told, not a 500.
    response = client.get(SEARCH, {"since": "yesterday", "action": "delete"})
    assert response.status_code == 200 and response.context["form"].errors
    assert client.get(SEARCH, {"since": "2026-05-01", "until": "2026-04-01"}).context["form"].errors


def test_the_search_reads_a_fixed_number_of_queries(client, world):
    client.force_login(world["analyst"])
    scoped_records(world)
    few = query_count(client, SEARCH)
    for _ in range(30):
        scoped_records(world)
    assert query_count(client, SEARCH) == few == 5


def test_records_cannot_be_changed_through_any_address(client, world):
    row = record(world["trainer"], "cascade:trainee", subject=world["learner"])
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    for url in (MINE, SEARCH):
        assert client.post(url, {"action": "view"}).status_code == 405
    # No admin viewset, snippet or Django admin for the records: no address names them.
    names = [name for name in get_resolver().reverse_dict if isinstance(name, str)]
    assert not [name for name in names if "accessrecord" in name.lower() or "access_record" in name.lower()]
    for name in ("wagtailsnippets_lms_accessrecord:edit", "admin:lms_accessrecord_change"):
        with pytest.raises(NoReverseMatch):
            reverse(name, args=[row.pk])
    row.what = "changed"
    with pytest.raises(ValueError):
        row.save()


def test_the_admin_menu_links_to_the_search_for_analysts(client, world):
    client.force_login(world["analyst"])
    assert "/personal-data/accesses/" in client.get("/admin/").content.decode()
    client.force_login(UserFactory(roles=[roles.CONTENT_EDITORS]))
    assert "/personal-data/accesses/" not in client.get("/admin/").content.decode()


def test_a_trainer_opening_the_groups_roster_shows_on_the_teachers_page(client, world):
    client.force_login(world["trainer"])
    assert client.get(reverse("cascade:roster", kwargs={"cohort_id": world["mine"].pk})).status_code == 200
    client.force_login(world["learner"])
    text = unescape(client.get(MINE).content.decode())
    assert "The list of your group «Group 12»" in text and world["trainer"].full_name in text


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("django_db_serialized_rollback", "live_server_settled")
def test_the_page_fits_a_phone_and_its_table_scrolls_inside_a_labelled_region(live_server, browser):
    learner = UserFactory(email="aigul@example.org", roles=[roles.LEARNERS], region=region("KZ-35"), language="en")
    cohort = group("Қарағанды қаласы, №12 жалпы білім беретін мектептің күзгі тобы")
    member(learner, cohort)
    record(cohort.trainer, "cascade:roster_csv", action=AccessRecord.Action.EXPORT, cohort_id=cohort.pk)
    record(None, "coverage_api:table", action=AccessRecord.Action.API, token_label="Ұлттық статистика бюросы")
    phone = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    sign_in(phone, live_server.url, "aigul@example.org", language="en")
    phone.goto(f"{live_server.url}{MINE}")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    region_box = phone.get_by_role("region", name="2 accesses")
    assert "Ұлттық статистика бюросы" in region_box.inner_text()
    phone.context.close()


def test_a_record_about_a_person_stays_theirs_after_the_account_is_gone(client, world):
    """Once the trainee's account is deleted, their record does not turn into their group's."""
    w = world
    gone = UserFactory(full_name="Кеткен Мұғалім", roles=[roles.LEARNERS], region=region("KZ-35"))
    member(gone, w["mine"])
    record(w["trainer"], "cascade:trainee", subject=gone, cohort_id=w["mine"].pk)
    gone.delete()
    client.force_login(w["learner"])
    assert "Your record in the group" not in unescape(client.get(MINE).content.decode())


def test_a_coordinator_keeps_to_the_region_a_person_had_when_it_happened(client, world):
    w = world
    seen = record(w["analyst"], "lms_coordinators:edit", subject=w["astana_person"])
    assert seen.region.code == "KZ-71"
    w["astana_person"].region = region("KZ-35")
    w["astana_person"].save()
    client.force_login(w["astana_coordinator"])
    assert seen in set(shown(client))
    # Where national staff worked from is not shown to a region.
    assert "10.1.2.3" not in client.get(SEARCH).content.decode()


def test_the_person_never_reads_a_staff_members_email(client, world):
    w = world
    departed = UserFactory(
        full_name="Кеткен Қызметкер", roles=[roles.REGIONAL_COORDINATORS], email="staff-only@example.org"
    )
    record(departed, "cascade:trainee", subject=w["learner"])
    departed.delete()  # the record keeps the e-mail as it was (actor_label), for staff only
    client.force_login(w["learner"])
    text = unescape(client.get(MINE).content.decode())
    assert "staff-only@example.org" not in text
    assert "A staff member" in text


def test_a_record_is_not_deleted_one_by_one(world):
    row = record(world["analyst"], "certificates_admin:index")
    with pytest.raises(ValueError):
        row.delete()
    assert AccessRecord.objects.filter(pk=row.pk).exists()
