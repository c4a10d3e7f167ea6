"""Who sees what of the cascade: each role against each page of a cohort, the groups list and the import."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cascade.models import Attendance
from cascade.services import cohort_join, session_add
from lms import roles
from lms.models import Region
from tests.cascade.helpers import open_cohort
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(courses, master):
    today = timezone.localdate()
    cohort = open_cohort(master, courses[0], region=Region.objects.get(code="KZ-35"), starts_on=today - timedelta(1))
    trainee = UserFactory(full_name="Айгүл Нұрланқызы")
    cohort_join(user=trainee, cohort=cohort)
    session = session_add(cohort=cohort, held_on=today - timedelta(days=1), place="204")
    people = {
        "own trainer": master,
        "other trainer": UserFactory(roles=[roles.TRAINERS]),
        "trainee": trainee,
        "learner": UserFactory(),
        "coordinator of the region": UserFactory(roles=[roles.REGIONAL_COORDINATORS]),
        "coordinator elsewhere": UserFactory(
            roles=[roles.REGIONAL_COORDINATORS], region=Region.objects.get(code="KZ-75")
        ),
        "analyst": UserFactory(roles=[roles.MINISTRY_ANALYSTS]),
    }
    return cohort, trainee, session, people


READS = ["cohort", "roster", "roster_csv", "cohort_zip", "trainee", "attendance"]
SEES = {"own trainer", "coordinator of the region", "analyst"}


def read_url(name, cohort, trainee, session):
    kwargs = {"cohort_id": cohort.pk}
    if name == "trainee":
        kwargs["user_id"] = trainee.pk
    if name == "attendance":
        kwargs["session_id"] = session.pk
    return reverse(f"cascade:{name}", kwargs=kwargs)


@pytest.mark.parametrize("page", READS)
@pytest.mark.parametrize(
    "who",
    [
        "own trainer",
        "other trainer",
        "trainee",
        "learner",
        "coordinator of the region",
        "coordinator elsewhere",
        "analyst",
    ],
)
def test_each_role_reads_only_the_cohorts_it_may(client, setting, page, who):
    cohort, trainee, session, people = setting
    client.force_login(people[who])
    response = client.get(read_url(page, cohort, trainee, session))
    assert response.status_code == (200 if who in SEES else 404)


@pytest.mark.parametrize("who", ["other trainer", "coordinator of the region", "analyst", "trainee"])
def test_only_the_own_trainer_changes_a_cohort(client, setting, who):
    cohort, trainee, session, people = setting
    client.force_login(people[who])
    kwargs = {"cohort_id": cohort.pk}
    assert client.post(reverse("cascade:close", kwargs=kwargs)).status_code == 404
    assert client.post(reverse("cascade:remind", kwargs=kwargs)).status_code == 404
    assert (
        client.post(reverse("cascade:session_add", kwargs=kwargs), {"held_on": "2026-01-01", "place": "x"}).status_code
        == 404
    )
    attendance = reverse("cascade:attendance", kwargs={**kwargs, "session_id": session.pk})
    assert client.post(attendance, {f"mark-{trainee.pk}": "present"}).status_code == 404
    cohort.refresh_from_db()
    assert not cohort.is_closed and cohort.sessions.count() == 1 and not Attendance.objects.exists()


def test_the_own_trainer_does_change_it(client, setting):
    cohort, trainee, session, people = setting
    client.force_login(people["own trainer"])
    attendance = reverse("cascade:attendance", kwargs={"cohort_id": cohort.pk, "session_id": session.pk})
    assert client.post(attendance, {f"mark-{trainee.pk}": "present", "mark-²": "late"}).status_code == 302
    assert client.post(reverse("cascade:close", kwargs={"cohort_id": cohort.pk})).status_code == 302
    cohort.refresh_from_db()
    assert cohort.is_closed and list(Attendance.objects.values_list("user_id", "mark")) == [(trainee.pk, "present")]


def test_the_join_code_is_shown_to_the_trainer_only(client, setting):
    cohort, trainee, session, people = setting
    url = reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk})
    client.force_login(people["analyst"])
    assert cohort.join_code not in client.get(url).content.decode()
    client.force_login(people["own trainer"])
    assert cohort.join_code in client.get(url).content.decode()


def test_a_person_outside_the_cohort_is_no_trainee_of_it(client, setting):
    cohort, trainee, session, people = setting
    client.force_login(people["own trainer"])
    url = reverse("cascade:trainee", kwargs={"cohort_id": cohort.pk, "user_id": people["learner"].pk})
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("who", "status", "sees"),
    [
        ("own trainer", 403, None),
        ("learner", 403, None),
        ("coordinator of the region", 200, 1),
        ("coordinator elsewhere", 200, 0),
        ("analyst", 200, 1),
    ],
)
def test_the_groups_list_is_narrowed_to_the_region(client, setting, who, status, sees):
    people = setting[3]
    client.force_login(people[who])
    response = client.get(reverse("cascade:cohorts"))
    assert response.status_code == status
    if sees is not None:
        assert response.context["page"].paginator.count == sees


def test_a_coordinator_asking_for_another_region_is_refused_and_an_unknown_one_is_not_found(client, setting):
    people = setting[3]
    client.force_login(people["coordinator elsewhere"])
    assert client.get(reverse("cascade:cohorts"), {"region": "KZ-35"}).status_code == 403
    client.force_login(people["analyst"])
    assert client.get(reverse("cascade:cohorts"), {"region": "KZ-99"}).status_code == 404
    assert client.get(reverse("cascade:cohorts"), {"region": "KZ-35\x00"}).status_code == 404
    assert client.get(reverse("cascade:cohorts"), {"region": "KZ-35junk"}).status_code == 404
    assert client.get(reverse("cascade:cohorts"), {"region": "KZ-35"}).context["page"].paginator.count == 1


@pytest.mark.parametrize(
    ("who", "status"), [("analyst", 200), ("coordinator of the region", 403), ("own trainer", 403), ("learner", 403)]
)
def test_only_analysts_import_master_trainers(client, setting, who, status):
    client.force_login(setting[3][who])
    assert client.get(reverse("cascade:import")).status_code == status


def test_a_signed_out_visitor_is_sent_to_sign_in(client, setting):
    cohort = setting[0]
    response = client.get(reverse("cascade:roster", kwargs={"cohort_id": cohort.pk}))
    assert response.status_code == 302 and "next=" in response.url
