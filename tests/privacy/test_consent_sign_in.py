"""At sign-in through allauth, a person who has not agreed to the notice in force (and must) is sent
to the consent page from every page until they agree; agreeing records it and lets them on."""

import io

import pytest
from django.contrib.auth.hashers import make_password
from django.utils import translation

from cascade.imports import master_trainers_import
from courses.models import CoursePage
from lms import roles
from lms.models import User
from privacy.consent import consent_record
from privacy.models import Consent
from privacy.notice_selectors import consent_method_needed, notice_current
from privacy.sign_in import SESSION_KEY
from tests.factories import PASSWORD, UserFactory, build_course, totp_code
from tests.lms.test_mfa import second_step
from tests.privacy.notice_helpers import publish_version, published_first

pytestmark = pytest.mark.django_db

CONSENT = "/en/privacy/consent/"


def sign_in(client, user, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": user.email, "password": PASSWORD})


@pytest.fixture
def learner():
    published_first()
    return UserFactory(language="en")


def test_a_new_version_asking_for_consent_sends_the_next_sign_in_to_the_consent_page(client, learner):
    publish_version(requires_consent=True)

    response = sign_in(client, learner)
    assert response.status_code == 302 and response["Location"] == "/en/"
    # Every page leads to the consent page, and back afterwards.
    for address in ("/en/", "/en/accounts/profile/", "/en/learning/", "/en/certificates/"):
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"] == f"{CONSENT}?next={address.replace('/', '%2F')}"

    page = client.get(f"{CONSENT}?next=/en/learning/").content.decode()
    assert "The privacy notice has changed" in page
    assert "New recipient." in page  # what changed
    assert 'action="/en/accounts/logout/"' in page and 'href="/en/accounts/my-data/"' in page

    response = client.post(CONSENT, {"next": "/en/learning/", "agree": "1"})
    assert response.status_code == 302 and response["Location"] == "/en/learning/"
    consent = Consent.objects.filter(person=learner).first()
    assert consent.notice.version == 2 and consent.method == Consent.Method.RECONSENT and consent.language == "en"
    assert client.get("/en/learning/").status_code == 200
    # Signing in again asks nothing more.
    client.logout()
    sign_in(client, learner)
    assert client.get("/en/learning/").status_code == 200


def test_the_pages_one_needs_meanwhile_stay_open(client, learner):
    publish_version()
    sign_in(client, learner)
    for address in (
        "/en/privacy/",
        "/en/privacy/versions/2/",
        "/en/accounts/my-data/",
        "/en/accounts/my-data/accesses/",
    ):
        assert client.get(address).status_code == 200, address
    assert client.get("/healthz").status_code == 200
    # A script asking for JSON is told so in JSON rather than redirected.
    response = client.post("/en/learning/h5p/result/", "{}", content_type="application/json")
    assert response.status_code == 403 and response.json()["consent_url"] == CONSENT
    # Signing out is always possible.
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302 and "_auth_user_id" not in client.session


def test_a_new_version_without_fresh_consent_asks_nothing(client, learner):
    publish_version(requires_consent=False)
    sign_in(client, learner)
    assert SESSION_KEY not in client.session
    assert client.get("/en/learning/").status_code == 200
    assert Consent.objects.filter(person=learner).count() == 1


def test_a_person_who_withdrew_is_asked_again_even_for_a_version_asking_nothing(client, learner):
    notice = publish_version(requires_consent=False)
    consent_record(person=learner, notice=notice, method=Consent.Method.MY_DATA, language="en", action="withdrawn")
    sign_in(client, learner)
    assert client.get("/en/learning/")["Location"].startswith(CONSENT)
    client.post(CONSENT, {"agree": "1"})
    assert Consent.objects.filter(person=learner).first().method == Consent.Method.RECONSENT


def test_an_imported_master_trainer_agrees_at_the_first_sign_in(client, django_capture_on_commit_callbacks):
    published_first()
    course = build_course(slug="trainers", lessons=1, title="Training teachers")
    CoursePage.objects.filter(pk=course.pk).update(audience=CoursePage.Audience.TRAINER)
    lines = "email,full_name,region_code,district,school,language\nnew@example.org,Сәуле Мұратқызы,KZ-35,,,kk\n"
    with django_capture_on_commit_callbacks(execute=True), translation.override("en"):
        master_trainers_import(file=io.BytesIO(lines.encode()), course=CoursePage.objects.get(pk=course.pk))
    master = User.objects.get(email="new@example.org")
    # The invitation's link sets a password; here it is set directly.
    User.objects.filter(pk=master.pk).update(password=make_password(PASSWORD))
    assert not Consent.objects.filter(person=master).exists()

    sign_in(client, master, "kk")
    response = client.get("/kk/cascade/groups/")
    assert response["Location"].startswith("/kk/privacy/consent/")
    page = client.get("/kk/privacy/consent/").content.decode()
    with translation.override("kk"):
        assert translation.gettext("Before you start: your personal data") in page
    client.post("/kk/privacy/consent/", {"agree": "1"})
    consent = Consent.objects.get(person=master)
    assert consent.method == Consent.Method.INVITATION and consent.language == "kk" and consent.notice.version == 1
    assert client.get("/kk/cascade/groups/").status_code == 200


def test_staff_are_asked_too_after_their_second_factor(client):
    published_first()
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS], language="en")
    publish_version()
    sign_in(client, analyst)
    second_step(client, totp_code(analyst))
    assert int(client.session["_auth_user_id"]) == analyst.pk
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/en/privacy/consent/")
    client.post(CONSENT, {"agree": "1"})
    assert client.get("/admin/").status_code == 200


def test_a_session_made_without_allauth_is_not_asked(client, learner):
    publish_version()
    client.force_login(learner)
    assert client.get("/en/learning/").status_code == 200


def test_the_consent_page_without_anything_to_agree_to_says_so(client, learner):
    client.force_login(learner)
    page = client.get(CONSENT).content.decode()
    assert "You agreed to version 1 of the privacy notice on" in page
    client.post(CONSENT, {"agree": "1"})
    assert Consent.objects.filter(person=learner).count() == 1


def test_the_check_at_sign_in_reads_two_queries(learner, django_assert_num_queries):
    second = publish_version()
    with django_assert_num_queries(2):
        assert consent_method_needed(user=learner, notice=notice_current()) == Consent.Method.RECONSENT
    consent_record(person=learner, notice=second, method=Consent.Method.RECONSENT, language="en")
    with django_assert_num_queries(1):
        assert consent_method_needed(user=learner, notice=second) is None
