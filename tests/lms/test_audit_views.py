"""Each audited address (tests/lms/test_audit_urls.py AUDITED) writes exactly one access record when a
permitted person opens it, naming who, how, and whose data (a person, a group, a region or the
country), and none when the person is refused."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone

from cascade.services import cohort_join, session_add
from certificates.models import Certificate
from courses.models import CoursePage
from coverage.tokens import api_token_create
from lms import roles
from lms.audit import AccessRecord
from lms.models import Region
from tests.cascade.helpers import open_cohort
from tests.factories import CertificateFactory, UserFactory, build_course
from tests.lms.test_audit_urls import AUDITED

pytestmark = pytest.mark.django_db

VIEW, DOWNLOAD, EXPORT, API = (
    AccessRecord.Action.VIEW,
    AccessRecord.Action.DOWNLOAD,
    AccessRecord.Action.EXPORT,
    AccessRecord.Action.API,
)


@pytest.fixture
def world(db):
    """A trainer's group in Karaganda (KZ-35) with one trainee and her certificate, a session, and the
    staff who look at them: an analyst, Karaganda's coordinator, a coordinator elsewhere, a superuser."""
    teacher = build_course(slug="teachers", lessons=1, title="Recognising abuse")
    trainer_course = build_course(slug="trainers", lessons=0, title="Training teachers")
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer = UserFactory(full_name="Сәуле Мұратқызы", roles=[roles.TRAINERS])
    CertificateFactory(
        user=trainer, course_key=trainer_course.translation_key, generation=0, expires_on=date(2099, 1, 1)
    )
    cohort = open_cohort(trainer, teacher)
    trainee = UserFactory(full_name="Айгүл Серікқызы")
    cohort_join(user=trainee, cohort=cohort)
    certificate = CertificateFactory(
        user=trainee, course_key=teacher.translation_key, cohort_id=cohort.pk, trainer=trainer, generation=1
    )
    coordinator = UserFactory(roles=[roles.REGIONAL_COORDINATORS])
    elsewhere = UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=Region.objects.get(code="KZ-11"))
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    return SimpleNamespace(
        karaganda=Region.objects.get(code="KZ-35"),
        trainer=trainer,
        outsider=UserFactory(roles=[roles.TRAINERS]),
        cohort=cohort,
        session=session_add(cohort=cohort, held_on=timezone.localdate(), place="Зал 1"),
        trainee=trainee,
        certificate=certificate,
        coordinator=coordinator,
        elsewhere=elsewhere,
        analyst=analyst,
        admin=UserFactory(is_superuser=True, is_staff=True),
        analyst_key=api_token_create(user=analyst, name="Ministry BI")[1],
        trainer_key=api_token_create(user=trainer, name="Spreadsheet")[1],
    )


def _group(w):
    return {"cohort_id": w.cohort.pk}


def _group_trainee(w):
    return {"cohort_id": w.cohort.pk, "user_id": w.trainee.pk}


def _certificate(w):
    return [w.certificate.pk]


def _trainee(w):
    return [w.trainee.pk]


# name: (who may, who may not, the address's arguments and query, expected record)
# expected: action; subject: an attribute of the world or None; group: the cohort's id expected;
# region: a code or None (the country); people: a number, or a function of the world, or None (not checked).
CASES = {
    "cascade:roster": ("trainer", "outsider", _group, "", dict(action=VIEW, group=True, region="KZ-35", people=1)),
    "cascade:roster_csv": (
        "trainer",
        "outsider",
        _group,
        "",
        dict(action=EXPORT, group=True, region="KZ-35", people=1),
    ),
    "cascade:cohort_zip": (
        "analyst",
        "outsider",
        _group,
        "",
        dict(action=DOWNLOAD, group=True, region="KZ-35", people=1),
    ),
    "cascade:attendance": (
        "trainer",
        "outsider",
        lambda w: {"cohort_id": w.cohort.pk, "session_id": w.session.pk},
        "",
        dict(action=VIEW, group=True, region="KZ-35", people=1),
    ),
    "cascade:trainee": (
        "coordinator",
        "elsewhere",
        _group_trainee,
        "",
        dict(action=VIEW, subject="trainee", group=True, region="KZ-35"),
    ),
    "cascade:cohorts": ("analyst", "trainer", None, "?region=KZ-35", dict(action=VIEW, region="KZ-35", people=1)),
    "certificates:region_zip": (
        "coordinator",
        "elsewhere",
        lambda w: {"code": "KZ-35"},
        "",
        dict(action=DOWNLOAD, region="KZ-35", people=2),  # the trainer's and the trainee's
    ),
    "certificates_admin:index": ("analyst", "coordinator", None, "", dict(action=VIEW, people=2)),
    "certificates_admin:index_results": ("analyst", "coordinator", None, "", dict(action=VIEW, people=2)),
    "certificates_admin:inspect": (
        "analyst",
        "coordinator",
        _certificate,
        "",
        dict(action=VIEW, subject="trainee", region="KZ-35"),
    ),
    "certificates_admin:revoke": (
        "analyst",
        "coordinator",
        _certificate,
        "",
        dict(action=VIEW, subject="trainee", region="KZ-35"),
    ),
    "coverage:region": ("coordinator", "elsewhere", lambda w: {"code": "KZ-35"}, "", dict(action=VIEW, region="KZ-35")),
    "coverage:cascade": ("analyst", "trainer", None, "", dict(action=VIEW, region=None)),
    "coverage:export": (
        "analyst",
        "elsewhere",
        lambda w: {"slug": "trainers", "extension": "csv"},
        "?region=KZ-35",
        dict(action=EXPORT, region="KZ-35"),
    ),
    "coverage_api:table": (
        "analyst_key",
        "trainer_key",
        lambda w: {"slug": "masters"},
        "",
        dict(action=API, region=None, key="Ministry BI"),
    ),
    "lms_coordinators:index": ("analyst", "coordinator", None, "", dict(action=VIEW, people=2)),
    "lms_coordinators:edit": (
        "analyst",
        "coordinator",
        lambda w: [w.elsewhere.pk],
        "",
        dict(action=VIEW, subject="elsewhere"),
    ),
    "wagtailusers_users:index": ("admin", "analyst", None, "", dict(action=VIEW)),
    "wagtailusers_users:index_results": ("admin", "analyst", None, "", dict(action=VIEW)),
    "wagtailusers_users:edit": ("admin", "analyst", _trainee, "", dict(action=VIEW, subject="trainee")),
    "wagtailusers_users:history": ("admin", "analyst", _trainee, "", dict(action=VIEW, subject="trainee")),
    "wagtailusers_users:history_results": ("admin", "analyst", _trainee, "", dict(action=VIEW, subject="trainee")),
    "wagtailusers_users:copy": ("admin", "analyst", _trainee, "", dict(action=VIEW, subject="trainee")),
    "wagtailusers_users:delete": ("admin", "analyst", _trainee, "", dict(action=VIEW, subject="trainee")),
    # The change log lists the accounts created for the world: many people, no one named.
    "privacy_changelog:index": ("analyst", "coordinator", None, "", dict(action=VIEW)),
    # A person's consent history and its CSV: superusers, as the user admin.
    "privacy_consents:person": ("admin", "analyst", _trainee, "", dict(action=VIEW, subject="trainee")),
    "privacy_consents:csv": ("admin", "analyst", _trainee, "", dict(action=DOWNLOAD, subject="trainee")),
}


def test_every_audited_address_has_a_case_here():
    assert set(CASES) == set(AUDITED)


def _open(client, w, who, name, arguments, query):
    args = arguments(w) if arguments else None
    address = reverse(name, **({"kwargs": args} if isinstance(args, dict) else {"args": args or []})) + query
    if who.endswith("_key"):
        return client.get(address, HTTP_AUTHORIZATION=f"Token {getattr(w, who)}")
    client.force_login(getattr(w, who))
    return client.get(address)


@pytest.mark.parametrize("name", sorted(CASES))
def test_opening_it_writes_one_record_and_a_refusal_none(client, world, name):
    allowed, refused, arguments, query, expected = CASES[name]
    response = _open(client, world, refused, name, arguments, query)
    assert response.status_code in (302, 401, 403, 404), response.status_code
    assert not AccessRecord.objects.exists()

    client.logout()
    response = _open(client, world, allowed, name, arguments, query)
    assert response.status_code == 200, response.status_code
    record = AccessRecord.objects.get()
    actor = getattr(world, allowed.removesuffix("_key"))
    assert (record.actor, record.what, record.action) == (actor, name, expected["action"])
    assert record.subject == (getattr(world, expected["subject"]) if expected.get("subject") else None)
    assert record.cohort_id == (world.cohort.pk if expected.get("group") else None)
    # A record about one person keeps that person's region when nothing else names one.
    region = expected.get("region")
    if region is None and expected.get("subject"):
        subject_region = getattr(world, expected["subject"]).region
        region = subject_region.code if subject_region else None
    assert (record.region.code if record.region else None) == region
    assert record.about_person == bool(expected.get("subject"))
    assert record.token_label == expected.get("key", "")
    if "people" in expected:
        assert record.people == expected["people"]


def test_a_person_opening_their_own_account_is_not_recorded(client, world):
    client.force_login(world.admin)
    assert client.get(reverse("wagtailusers_users:edit", args=[world.admin.pk])).status_code == 200
    assert not AccessRecord.objects.exists()


def test_a_table_of_figures_is_not_recorded_but_a_list_of_people_is(client, world):
    client.force_login(world.analyst)
    assert client.get(reverse("coverage:export", kwargs={"slug": "regions", "extension": "csv"})).status_code == 200
    assert client.get("/api/v1/coverage/regions/").status_code == 200
    assert not AccessRecord.objects.exists()
    holders = reverse("coverage:export", kwargs={"slug": "holders", "extension": "xlsx"})
    assert client.get(holders).status_code == 200
    assert AccessRecord.objects.get().what == "coverage:export"


def test_a_revoked_certificate_left_in_the_zip_count_is_not_a_person(client, world):
    Certificate.objects.filter(pk=world.certificate.pk).update(
        status="revoked", revoked_at=timezone.now(), revoked_reason="Issued in error"
    )
    client.force_login(world.coordinator)
    client.get(reverse("certificates:region_zip", kwargs={"code": "KZ-35"}))
    assert AccessRecord.objects.get().people == 1


@pytest.mark.parametrize("name", ["wagtailusers_users:index", "certificates_admin:index"])
def test_an_admin_list_of_people_is_not_handed_out_as_a_spreadsheet(client, name):
    """Wagtail's lists export every row unpaginated when asked (?export=csv); these show their page."""
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(reverse(name) + "?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_head_request_writes_no_record(client, world, name):
    """A HEAD answer carries headers only: nobody's data was shown."""
    allowed, _refused, arguments, query, _expected = CASES[name]
    args = arguments(world) if arguments else None
    address = reverse(name, **({"kwargs": args} if isinstance(args, dict) else {"args": args or []})) + query
    if allowed.endswith("_key"):
        client.head(address, HTTP_AUTHORIZATION=f"Token {getattr(world, allowed)}")
    else:
        client.force_login(getattr(world, allowed))
        client.head(address)
    assert not AccessRecord.objects.exists()


def test_a_refused_user_edit_form_shows_the_person_again_and_is_recorded(client, world):
    client.force_login(world.admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[world.trainee.pk]),
        {"email": "not an address", "full_name": world.trainee.full_name, "region": world.trainee.region_id},
    )
    assert response.status_code == 200 and world.trainee.full_name in response.content.decode()
    record = AccessRecord.objects.get()
    assert (record.actor, record.subject, record.what) == (world.admin, world.trainee, "wagtailusers_users:edit")


def test_a_refused_revocation_shows_the_certificate_again_and_is_recorded(client, world):
    client.force_login(world.analyst)
    response = client.post(reverse("certificates_admin:revoke", args=[world.certificate.pk]), {"reason": "  "})
    assert response.status_code == 400
    record = AccessRecord.objects.get()
    assert (record.actor, record.subject, record.what) == (world.analyst, world.trainee, "certificates_admin:revoke")


def test_a_refused_coordinator_edit_shows_the_person_again_and_is_recorded(client, world):
    client.force_login(world.analyst)
    response = client.post(reverse("lms_coordinators:edit", args=[world.elsewhere.pk]), {"region": "999999"})
    assert response.status_code == 400
    record = AccessRecord.objects.get()
    assert (record.actor, record.subject, record.what) == (world.analyst, world.elsewhere, "lms_coordinators:edit")


@pytest.mark.parametrize("action", ["delete", "assign_role", "set_active_state"])
def test_a_bulk_actions_confirmation_page_lists_people_and_is_recorded(client, world, action):
    address = reverse("wagtail_bulk_action", args=["lms", "user", action])
    client.force_login(world.admin)
    response = client.get(f"{address}?id={world.trainee.pk}&id={world.trainer.pk}&id={world.admin.pk}")
    assert response.status_code == 200 and world.trainee.full_name in response.content.decode()
    record = AccessRecord.objects.get()
    assert (record.actor, record.subject, record.people) == (world.admin, None, 2)  # not the viewer

    response = client.get(f"{address}?id={world.trainee.pk}")
    assert response.status_code == 200
    record = AccessRecord.objects.latest("pk")
    assert (record.subject, record.what) == (world.trainee, "wagtail_bulk_action")


def test_a_bulk_action_refused_to_someone_who_may_not_edit_users_records_nothing(client, world):
    client.force_login(world.analyst)
    address = reverse("wagtail_bulk_action", args=["lms", "user", "delete"])
    response = client.get(f"{address}?id={world.trainee.pk}")
    assert response.status_code in (302, 403)
    assert not AccessRecord.objects.exists()
