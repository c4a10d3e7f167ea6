"""Staff enrol a second factor before they reach anything; learners and trainers may choose to."""

import re
from html.parser import HTMLParser

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

from coverage.tokens import api_token_create
from lms import roles
from tests.factories import PASSWORD, UserFactory, totp_code

pytestmark = pytest.mark.django_db

ENROLMENT = "/en/accounts/2fa/"
# A page of personal data for analysts and coordinators that needs no courses: certificates by region.
DASHBOARD = "/en/certificates/regions/"
STAFF = {
    "analyst": {"roles": [roles.MINISTRY_ANALYSTS]},
    "coordinator": {"roles": [roles.REGIONAL_COORDINATORS]},
    "editor": {"roles": [roles.CONTENT_EDITORS]},
    "reviewer": {"roles": [roles.CONTENT_REVIEWERS]},
    "superuser": {"is_superuser": True, "is_staff": True},
}


def sign_in(client, user, *, language="en"):
    """Email and password on allauth's page; returns its answer (the second step for staff)."""
    return client.post(f"/{language}/accounts/login/", {"login": user.email, "password": PASSWORD})


def second_step(client, code, *, language="en"):
    return client.post(f"/{language}/accounts/2fa/authenticate/", {"code": code})


@pytest.mark.parametrize("kind", STAFF)
@pytest.mark.parametrize("address", ["/en/coverage/", "/admin/", "/en/learning/", "/en/accounts/profile/"])
def test_staff_without_a_second_factor_are_sent_to_enrolment(client, kind, address):
    client.force_login(UserFactory(second_factor=False, **STAFF[kind]))
    response = client.get(address)
    assert response.status_code == 302
    # The admin has no language in its address: the page comes in the person's language.
    assert response["Location"] == (ENROLMENT if address.startswith("/en/") else "/kk/accounts/2fa/")


@pytest.mark.parametrize("kind", STAFF)
def test_enrolment_page_says_why_and_offers_an_app_or_a_passkey(client, kind):
    client.force_login(UserFactory(second_factor=False, **STAFF[kind]))
    page = client.get("/en/coverage/", follow=True)
    assert page.status_code == 200
    text = page.content.decode()
    assert "add a second factor to your account before you continue" in text
    assert 'href="/en/accounts/2fa/totp/activate/"' in text
    assert 'href="/en/accounts/2fa/webauthn/add/"' in text


@pytest.mark.parametrize("kind", ["analyst", "coordinator"])
def test_staff_with_an_authenticator_app_reach_their_dashboard(client, kind):
    client.force_login(UserFactory(**STAFF[kind]))
    assert client.get(DASHBOARD).status_code == 200


@pytest.mark.parametrize("role", [roles.LEARNERS, roles.TRAINERS])
def test_learners_and_trainers_are_not_asked_for_a_second_factor(client, role):
    client.force_login(UserFactory(roles=[role]))
    assert client.get("/en/").status_code == 200
    assert client.get("/en/learning/").status_code == 200
    profile = client.get("/en/accounts/profile/")
    assert profile.status_code == 200
    assert 'href="/en/accounts/2fa/"' in profile.content.decode()  # they may opt in


def test_a_learner_may_open_the_two_step_settings(client, learner):
    client.force_login(learner)
    page = client.get(ENROLMENT)
    assert page.status_code == 200
    assert "For learners and trainers it is optional." in page.content.decode()


def test_unenrolled_staff_may_still_enrol_switch_language_and_sign_out(client):
    client.force_login(UserFactory(second_factor=False, roles=[roles.MINISTRY_ANALYSTS]))
    assert client.get(ENROLMENT).status_code == 200
    assert client.get("/en/accounts/2fa/totp/activate/").status_code in (200, 302)
    assert client.get("/healthz").status_code == 200
    switched = client.post("/language/", {"language": "ru", "next": ENROLMENT})
    assert switched["Location"] == "/ru/accounts/2fa/"
    signed_out = client.post("/en/accounts/logout/")
    assert signed_out.status_code == 302
    assert client.get("/en/accounts/profile/")["Location"].startswith("/en/accounts/login/")


def test_session_api_refuses_unenrolled_staff_with_a_message(client):
    client.force_login(UserFactory(second_factor=False, roles=[roles.MINISTRY_ANALYSTS]))
    response = client.get("/api/v1/coverage/")
    assert response.status_code == 403
    assert "екінші қадам" in response.json()["error"]  # Kazakh, the default language
    response = client.get("/api/v1/coverage/", HTTP_ACCEPT_LANGUAGE="en")
    assert "second factor" in response.json()["error"]


def test_api_key_of_staff_still_reads_without_the_session(client):
    analyst = UserFactory(second_factor=False, roles=[roles.MINISTRY_ANALYSTS])
    _token, key = api_token_create(user=analyst, name="Ministry BI")
    response = client.get("/api/v1/coverage/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 200
    assert "tables" in response.json()


@pytest.mark.parametrize("header", ["Basic YW55OnRoaW5n", "Token", "Token cov_not-a-key", ""])
def test_an_authorization_header_that_is_not_a_key_does_not_carry_an_unenrolled_staff_session_into_the_api(
    client, header
):
    client.force_login(UserFactory(second_factor=False, roles=[roles.MINISTRY_ANALYSTS]))
    for address in ("/api/v1/coverage/", "/api/v1/coverage/regions/"):
        response = client.get(address, HTTP_AUTHORIZATION=header)
        assert response.status_code == 401, address
        assert "tables" not in response.json() and "rows" not in response.json()


def test_role_given_while_signed_in_is_enforced_at_the_next_request(client):
    person = UserFactory(roles=[roles.LEARNERS])
    client.force_login(person)
    assert client.get("/en/learning/").status_code == 200
    person.groups.add(*roles_named(roles.REGIONAL_COORDINATORS))
    response = client.get("/en/learning/")
    assert response.status_code == 302
    assert response["Location"] == ENROLMENT


def roles_named(*names):
    from django.contrib.auth.models import Group

    return Group.objects.filter(name__in=names)


def test_staff_sign_in_asks_for_a_code_after_the_password(client):
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    response = sign_in(client, analyst)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert client.get(DASHBOARD).status_code == 302  # not signed in yet
    assert second_step(client, totp_code(analyst)).status_code == 302
    assert client.get(DASHBOARD).status_code == 200


def test_a_wrong_code_is_refused_with_a_message(client):
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    sign_in(client, analyst)
    wrong = "000000" if totp_code(analyst) != "000000" else "111111"
    response = second_step(client, wrong)
    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert client.get(DASHBOARD)["Location"].startswith("/en/accounts/login/")


def test_a_recovery_code_signs_in_once_and_not_twice(client):
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    code = RecoveryCodes.activate(analyst).generate_codes()[0]
    sign_in(client, analyst)
    assert second_step(client, code).status_code == 302
    assert client.get(DASHBOARD).status_code == 200
    client.post("/en/accounts/logout/")

    sign_in(client, analyst)
    again = second_step(client, code)
    assert again.status_code == 200
    assert "Incorrect code." in again.content.decode()
    assert client.get(DASHBOARD)["Location"].startswith("/en/accounts/login/")


def test_staff_who_turn_off_their_last_factor_are_sent_back_to_enrolment(client):
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    sign_in(client, analyst)
    second_step(client, totp_code(analyst))
    assert client.get(DASHBOARD).status_code == 200

    assert client.post("/en/accounts/2fa/totp/deactivate/").status_code == 302
    assert not Authenticator.objects.filter(user=analyst, type=Authenticator.Type.TOTP).exists()
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert response["Location"] == ENROLMENT


def test_staff_who_enrol_an_app_reach_their_dashboard(client):
    analyst = UserFactory(second_factor=False, roles=[roles.MINISTRY_ANALYSTS])
    sign_in(client, analyst)  # no second step yet: nothing to ask for
    assert client.get(DASHBOARD)["Location"] == ENROLMENT
    page = client.get("/en/accounts/2fa/totp/activate/").content.decode()
    secret = re.search(r'id="totp-secret"[^>]*>([A-Z2-7]+)<', page).group(1)
    assert 'src="data:image/svg+xml;base64,' in page

    from tests.factories import totp_code_of_secret

    response = client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code_of_secret(secret)})
    assert response["Location"] == "/en/accounts/2fa/recovery-codes/"
    codes = client.get("/en/accounts/2fa/recovery-codes/").content.decode()
    assert len(re.findall(r"<li><code>\d{8}</code></li>", codes)) == 10
    assert client.get(DASHBOARD).status_code == 200


class VisibleText(HTMLParser):
    """The text a person reads: the page's words and its alternative texts, without scripts."""

    def __init__(self):
        super().__init__()
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "code"):
            self.skipping += 1
        for name, value in attrs:
            if name in ("alt", "aria-label", "placeholder", "title") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "code"):
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


# Names a Kazakh page keeps in Latin letters: apps, technologies, the language switcher.
NAMES = {"Google", "Authenticator", "Microsoft", "FreeOTP", "QR", "USB", "JavaScript", "English"}


def english_words(html):
    parser = VisibleText()
    parser.feed(html)
    words = re.findall(r"[A-Za-z]{2,}", " ".join(parser.parts))
    return sorted({word for word in words if word not in NAMES})


@pytest.mark.parametrize("address", ["/kk/accounts/2fa/", "/kk/accounts/2fa/totp/activate/"])
def test_kazakh_enrolment_pages_have_no_english_left(client, address):
    analyst = UserFactory(
        second_factor=False, roles=[roles.MINISTRY_ANALYSTS], email="taldaushy@example.org", full_name="Айгүл Серікова"
    )
    sign_in(client, analyst, language="kk")
    client.get("/kk/coverage/")  # sent to enrolment, with the reason as a message
    page = client.get(address)
    assert page.status_code == 200
    assert english_words(page.content.decode().replace(analyst.email, "")) == []


def test_kazakh_second_step_of_sign_in_has_no_english_left(client):
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    sign_in(client, analyst, language="kk")
    page = client.get("/kk/accounts/2fa/authenticate/")
    assert page.status_code == 200
    assert english_words(page.content.decode()) == []
