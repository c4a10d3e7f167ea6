"""Signup asks for consent to the privacy notice in force and records it with the account."""

from unittest import mock

import pytest
from django.utils import translation
from django.utils.html import escape

from lms.models import User
from privacy.models import Consent, Purpose
from tests.lms.test_signup import signup_data
from tests.privacy.notice_helpers import publish_version, published_first

pytestmark = pytest.mark.django_db


def signup(client, language="en", **data):
    return client.post(f"/{language}/accounts/signup/", signup_data(**data))


def test_the_form_names_the_version_links_to_it_and_lists_the_purposes(client):
    published_first()
    page = client.get("/en/accounts/signup/").content.decode()
    assert 'name="privacy_consent"' in page and "required" in page
    assert 'href="/en/privacy/versions/1/" target="_blank" rel="noopener">privacy notice</a> (version 1' in page
    for purpose in Purpose:
        assert escape(str(purpose.label)) in page


def test_signup_without_the_box_is_refused_saying_why_and_keeps_what_was_typed(client):
    published_first()
    response = signup(client, "ru")
    assert response.status_code == 200
    page = response.content.decode()
    with translation.override("ru"):
        message = translation.gettext(
            "Tick the box to agree to the privacy notice: without your consent the account cannot be created."
        )
    assert escape(message) in page
    assert 'value="aigerim@example.org"' in page
    assert 'value="Aigerim Nurlanovna Seitkali"' in page
    assert 'value="School-lyceum No. 12"' in page
    assert not User.objects.filter(email="aigerim@example.org").exists()
    assert not Consent.objects.exists()


def test_signup_with_the_box_records_one_consent_with_the_account(client):
    published_first()
    response = signup(client, "kk", privacy_consent="on", notice_version="1")
    assert response.status_code == 302
    person = User.objects.get(email="aigerim@example.org")
    consent = Consent.objects.get()
    assert consent.person == person and consent.notice.version == 1
    assert consent.action == Consent.Action.GIVEN and consent.method == Consent.Method.SIGNUP
    # The language of the page the person signed up on (their preferred one is Russian).
    assert consent.language == "kk"
    assert consent.purposes == ["training", "certificates", "statistics", "sharing"]


def test_a_version_that_came_into_force_meanwhile_is_asked_again(client):
    published_first()
    publish_version()
    response = signup(client, privacy_consent="on", notice_version="1")
    assert response.status_code == 200
    page = response.content.decode()
    assert "The privacy notice has just changed. Read version 2 and tick the box again." in page
    assert 'href="/en/privacy/versions/2/"' in page and 'name="notice_version" value="2"' in page
    assert not User.objects.filter(email="aigerim@example.org").exists()

    assert signup(client, privacy_consent="on", notice_version="2").status_code == 302
    assert Consent.objects.get().notice.version == 2


def test_without_a_published_notice_signup_works_and_records_nothing(client):
    page = client.get("/en/accounts/signup/").content.decode()
    assert 'name="privacy_consent"' not in page
    assert signup(client).status_code == 302
    assert User.objects.filter(email="aigerim@example.org").exists()
    assert not Consent.objects.exists()


def test_an_account_is_never_kept_without_its_consent(client):
    """The account, its consent and its email address are saved in one transaction."""
    published_first()
    with mock.patch("privacy.forms.consent_record", side_effect=RuntimeError("the database went away")):
        with pytest.raises(RuntimeError):
            signup(client, privacy_consent="on", notice_version="1")
    assert not User.objects.filter(email="aigerim@example.org").exists()
