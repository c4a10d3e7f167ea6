"""Staff sessions end after a working day without a request; learners stay signed in longer."""

import datetime

import pytest
from django.utils import timezone

from lms import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGE = "/en/accounts/profile/"


@pytest.fixture
def clock(monkeypatch):
    """Moves Django's idea of now (sessions' expiry dates and the renewal both read it)."""
    real_now = timezone.now
    offset = {"value": datetime.timedelta()}
    monkeypatch.setattr(timezone, "now", lambda: real_now() + offset["value"])

    def advance(**delta):
        offset["value"] += datetime.timedelta(**delta)

    return advance


def signed_in(client):
    response = client.get(PAGE)
    return response.status_code == 200


def test_staff_session_ends_after_eight_hours_without_a_request(client, clock):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    assert signed_in(client)
    clock(hours=7, minutes=50)
    assert signed_in(client)  # within a working day of the last request
    clock(hours=8, minutes=1)
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_staff_session_lasts_while_they_work(client, clock):
    client.force_login(UserFactory(roles=[roles.REGIONAL_COORDINATORS]))
    for _hour in range(12):
        assert signed_in(client)
        clock(hours=1)
    assert signed_in(client)


def test_learner_session_lasts_past_a_day_without_a_request(client, clock, learner):
    client.force_login(learner)
    assert signed_in(client)
    clock(days=3)
    assert signed_in(client)
    clock(days=28)
    assert not signed_in(client)  # 30 days


def test_a_role_given_while_signed_in_shortens_the_session(client, clock, learner):
    client.force_login(learner)
    assert signed_in(client)
    learner.groups.add(*roles_named(roles.CONTENT_EDITORS))
    client.get(PAGE)  # sent to enrolment, and the session becomes a staff session
    clock(hours=8, minutes=1)
    assert client.get("/en/accounts/2fa/")["Location"].startswith("/en/accounts/login/")


def roles_named(*names):
    from django.contrib.auth.models import Group

    return Group.objects.filter(name__in=names)


def test_a_staff_session_that_ends_with_the_browser_keeps_doing_so_and_still_ends_after_a_working_day(client, clock):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    session = client.session
    session.set_expiry(0)  # "Remember me" left unchecked at sign-in
    session.save()
    response = client.get(PAGE)
    assert response.status_code == 200
    assert client.session.get_expire_at_browser_close()
    cookie = response.cookies.get("sessionid")
    assert cookie is None or not cookie["max-age"]  # never turned into an eight-hour cookie
    clock(hours=8, minutes=1)  # the browser stayed open on a shared computer
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert "_auth_user_id" not in client.session
