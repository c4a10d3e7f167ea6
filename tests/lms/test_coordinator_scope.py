"""A regional coordinator sees the region the ministry assigned, never the one on their profile.

The profile region is where a person works, which they change themselves; the coordinator's
scope is User.coordinated_region, set by analysts and superusers (lms.services.
coordinator_region_assign) and read at every request, by the pages and by API keys alike.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cascade.services import cohort_join
from coverage.tokens import api_token_create
from lms import roles
from lms.models import Region, ScopeChange
from lms.services import coordinator_region_assign
from tests.cascade.conftest import courses, master  # noqa: F401  (fixtures)
from tests.cascade.helpers import open_cohort
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db

ASTANA, KARAGANDA = "KZ-71", "KZ-35"


def region(code):
    return Region.objects.get(code=code)


@pytest.fixture
def coordinator():
    """Coordinator of Astana, as the ministry assigned; their profile says Astana too."""
    person = UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=region(ASTANA))
    assert person.coordinated_region == region(ASTANA)
    return person


@pytest.fixture
def karaganda_data(courses, master):  # noqa: F811
    """A group in Karaganda with a trainee, and a certificate held there."""
    cohort = open_cohort(master, courses[0], region=region(KARAGANDA), starts_on=timezone.localdate() - timedelta(1))
    trainee = UserFactory(full_name="Айгүл Нұрланқызы", region=region(KARAGANDA))
    cohort_join(user=trainee, cohort=cohort)
    CertificateFactory(user=trainee, region=region(KARAGANDA))
    return cohort, trainee


def karaganda_addresses(cohort, trainee):
    return {
        "roster": reverse("cascade:roster", kwargs={"cohort_id": cohort.pk}),
        "roster csv": reverse("cascade:roster_csv", kwargs={"cohort_id": cohort.pk}),
        "trainee record": reverse("cascade:trainee", kwargs={"cohort_id": cohort.pk, "user_id": trainee.pk}),
        "groups of the region": reverse("cascade:cohorts") + f"?region={KARAGANDA}",
        "holders export": f"/en/coverage/export/holders.csv?region={KARAGANDA}",
        "certificate zip": reverse("certificates:region_zip", kwargs={"code": KARAGANDA}),
        "coverage page": f"/en/coverage/regions/{KARAGANDA}/",
        "cascade figures": f"/en/coverage/cascade/?region={KARAGANDA}",
    }


def move_own_profile(client, person, code):
    response = client.post(
        "/en/accounts/profile/",
        {
            "full_name": person.full_name,
            "region": region(code).pk,
            "district": "",
            "school": "",
            "position": "",
            "language": "en",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.region.code == code


def test_coordinator_cannot_widen_scope_by_editing_profile(client, coordinator, karaganda_data):
    client.force_login(coordinator)
    move_own_profile(client, coordinator, KARAGANDA)
    answers = {name: client.get(url).status_code for name, url in karaganda_addresses(*karaganda_data).items()}
    assert all(status in (403, 404) for status in answers.values()), answers
    coordinator.refresh_from_db()
    assert coordinator.coordinated_region.code == ASTANA
    # Their own region still opens, and the country sends them there.
    assert client.get(f"/en/coverage/regions/{ASTANA}/").status_code == 200
    response = client.get("/en/coverage/")
    assert response.status_code == 302 and f"/regions/{ASTANA}/" in response["Location"]


def test_a_key_made_before_the_profile_move_reads_only_the_assigned_region(client, coordinator, karaganda_data):
    _token, key = api_token_create(user=coordinator, name="Akimat")
    client.force_login(coordinator)
    move_own_profile(client, coordinator, KARAGANDA)
    client.logout()
    headers = {"Authorization": f"Token {key}"}
    assert client.get(f"/api/v1/coverage/districts/?region={KARAGANDA}", headers=headers).status_code == 403
    assert client.get(f"/api/v1/coverage/districts/?region={ASTANA}", headers=headers).status_code == 200


def test_the_profile_form_cannot_set_the_assigned_region(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/en/accounts/profile/",
        {
            "full_name": coordinator.full_name,
            "region": region(ASTANA).pk,
            "language": "en",
            "coordinated_region": region(KARAGANDA).pk,
        },
    )
    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.coordinated_region.code == ASTANA
    assert "coordinated_region" not in client.get("/en/accounts/profile/").content.decode()


def test_a_key_reads_with_the_scope_its_maker_has_at_the_time_of_the_request(client, coordinator, courses):  # noqa: F811
    _token, key = api_token_create(user=coordinator, name="Akimat")
    headers = {"Authorization": f"Token {key}"}
    assert client.get(f"/api/v1/coverage/districts/?region={ASTANA}", headers=headers).status_code == 200
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    coordinator_region_assign(user=coordinator, region=region(KARAGANDA), by=analyst)
    assert client.get(f"/api/v1/coverage/districts/?region={KARAGANDA}", headers=headers).status_code == 200
    assert client.get(f"/api/v1/coverage/districts/?region={ASTANA}", headers=headers).status_code == 403


def test_a_coordinator_whose_region_is_cleared_reads_nothing(client, coordinator, courses):  # noqa: F811
    _token, key = api_token_create(user=coordinator, name="Akimat")
    coordinator_region_assign(user=coordinator, region=None, by=UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    headers = {"Authorization": f"Token {key}"}
    for code in (ASTANA, KARAGANDA):
        assert client.get(f"/api/v1/coverage/districts/?region={code}", headers=headers).status_code == 403
    client.force_login(coordinator)
    assert client.get(f"/en/coverage/regions/{ASTANA}/").status_code == 403
    assert client.get(reverse("certificates:region_zip", kwargs={"code": ASTANA})).status_code == 403


def test_the_assignment_is_logged_with_who_and_when(coordinator):
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    before = timezone.now()
    change = coordinator_region_assign(user=coordinator, region=region(KARAGANDA), by=analyst)
    assert change is not None
    row = ScopeChange.objects.get(pk=change.pk)
    assert (row.person, row.region_before.code, row.region_after.code, row.changed_by) == (
        coordinator,
        ASTANA,
        KARAGANDA,
        analyst,
    )
    assert before <= row.changed_at <= timezone.now()
    assert coordinator_region_assign(user=coordinator, region=region(KARAGANDA), by=analyst) is None


def test_only_a_regional_coordinator_is_assigned_a_region():
    learner = UserFactory(roles=[roles.LEARNERS])
    with pytest.raises(ValueError):
        coordinator_region_assign(user=learner, region=region(ASTANA), by=None)
    learner.refresh_from_db()
    assert learner.coordinated_region is None


def test_the_demo_coordinator_is_assigned_astana_once():
    from lms.demo.accounts import demo_accounts_load
    from lms.models import User

    demo_accounts_load()
    demo_accounts_load()
    person = User.objects.get(email="regional@example.com")
    assert person.coordinated_region.code == ASTANA
    assert ScopeChange.objects.filter(person=person).count() == 1


def test_the_migration_keeps_existing_coordinators_in_the_region_they_had():
    import importlib

    from django.apps import apps

    migration = importlib.import_module("lms.migrations.0006_coordinated_region_and_scope_changes")
    before = UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=region(KARAGANDA))
    before.coordinated_region = None
    before.save()
    learner = UserFactory(roles=[roles.LEARNERS], region=region(KARAGANDA))
    migration.assign_current_regions(apps, None)
    before.refresh_from_db()
    learner.refresh_from_db()
    assert (before.coordinated_region.code, learner.coordinated_region) == (KARAGANDA, None)
    assert ScopeChange.objects.get(person=before).region_after.code == KARAGANDA
