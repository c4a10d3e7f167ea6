"""One way to sign in: allauth's page, with its lockout and its email confirmation. Wagtail's
own sign-in pages (/admin/login/ and /<lang>/_util/login/) only send people there."""

import pytest
from django.test import override_settings

from lms import roles
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ALLAUTH = "/en/accounts/login/"
WAGTAIL_SIGN_INS = ["/admin/login/", "/kk/_util/login/", "/ru/_util/login/"]
# allauth's own default limits (lms/settings/test.py turns them off for the other tests).
ALLAUTH_DEFAULT_LIMITS = {"login_failed": "5/m/ip,5/5m/key"}


def post_credentials(client, url, email, password):
    """What a person or a script may post to any sign-in form: allauth's and Django's field names."""
    return client.post(url, {"login": email, "username": email, "email": email, "password": password})


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("url", WAGTAIL_SIGN_INS)
def test_posting_the_right_credentials_to_a_wagtail_sign_in_page_signs_nobody_in(client, url):
    learner = UserFactory(roles=[roles.LEARNERS])
    response = post_credentials(client, url, learner.email, PASSWORD)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not signed_in(client)


@pytest.mark.parametrize("url", WAGTAIL_SIGN_INS)
def test_a_wagtail_sign_in_page_sends_people_to_the_platform_sign_in_keeping_a_safe_next(client, url):
    response = client.get(f"{url}?next=/admin/pages/")
    assert response.status_code == 302
    assert "/accounts/login/?next=%2Fadmin%2Fpages%2F" in response["Location"]


@pytest.mark.parametrize("url", WAGTAIL_SIGN_INS)
def test_a_wagtail_sign_in_page_drops_a_next_to_another_site(client, url):
    response = client.get(f"{url}?next=https://evil.example/")
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    assert "/accounts/login/" in response["Location"]


@override_settings(ACCOUNT_RATE_LIMITS=ALLAUTH_DEFAULT_LIMITS)
def test_after_the_lockout_the_right_password_signs_in_through_no_url(client):
    learner = UserFactory(roles=[roles.LEARNERS])
    for _attempt in range(6):
        post_credentials(client, ALLAUTH, learner.email, "not-the-password")
    assert not signed_in(client)
    for url in [ALLAUTH, *WAGTAIL_SIGN_INS]:
        response = post_credentials(client, url, learner.email, PASSWORD)
        assert response.status_code in (200, 302, 429), url
        assert not signed_in(client), url


@override_settings(ACCOUNT_RATE_LIMITS=ALLAUTH_DEFAULT_LIMITS)
def test_the_lockout_counts_failures_whatever_sign_in_url_they_were_sent_to(client):
    learner = UserFactory(roles=[roles.LEARNERS])
    for attempt in range(8):
        post_credentials(client, WAGTAIL_SIGN_INS[attempt % 3], learner.email, "not-the-password")
        post_credentials(client, ALLAUTH, learner.email, "not-the-password")
    response = post_credentials(client, ALLAUTH, learner.email, PASSWORD)
    assert not signed_in(client)
    assert response.status_code in (200, 429)


def test_an_account_whose_email_is_unconfirmed_signs_in_through_no_url(client):
    unconfirmed = UserFactory(roles=[roles.LEARNERS], verified=False)
    for url in [ALLAUTH, *WAGTAIL_SIGN_INS]:
        post_credentials(client, url, unconfirmed.email, PASSWORD)
        assert not signed_in(client), url


def test_the_admin_still_sends_a_visitor_to_the_platform_sign_in(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/kk/accounts/login/?next=/admin/pages/")


def test_a_learner_still_signs_in_on_the_platform_page(client):
    learner = UserFactory(roles=[roles.LEARNERS])
    response = post_credentials(client, ALLAUTH, learner.email, PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def account_page_post(**fields):
    """Everything the admin's account page (/admin/account/) posts, with `fields` on top."""
    return {
        "name_email-first_name": "Marat",
        "name_email-last_name": "Akhmetov",
        "locale-preferred_language": "en",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
        **fields,
    }


def test_the_admins_account_page_does_not_change_the_login_email_without_a_confirmation(client):
    trainer = UserFactory(roles=[roles.TRAINERS, roles.LEARNERS], email="trainer@school.kz")
    client.force_login(trainer)
    page = client.get("/admin/account/").content.decode()
    assert 'name="name_email-email"' not in page
    client.post("/admin/account/", account_page_post(**{"name_email-email": "master.trainer@edu.gov.kz"}))
    trainer.refresh_from_db()
    assert trainer.email == "trainer@school.kz"


def test_the_admins_account_page_does_not_change_the_password(client):
    trainer = UserFactory(roles=[roles.TRAINERS, roles.LEARNERS])
    client.force_login(trainer)
    new = "another-long-Password-2"
    assert 'name="password-old_password"' not in client.get("/admin/account/").content.decode()
    client.post(
        "/admin/account/",
        account_page_post(
            **{"password-old_password": PASSWORD, "password-new_password1": new, "password-new_password2": new}
        ),
    )
    trainer.refresh_from_db()
    assert trainer.check_password(PASSWORD) and not trainer.check_password(new)
