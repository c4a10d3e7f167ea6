"""Every refusal the platform makes is a page of the site in the person's language that says
what they may open instead: 403 (PermissionDenied), a failed CSRF check, 405 and allauth's 429.
Checked as in production (DEBUG off) and as in development (DEBUG on)."""

import re

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from lms import roles
from lms.models import Region
from tests.factories import PASSWORD, UserFactory, build_course

pytestmark = pytest.mark.django_db

ASTANA, KARAGANDA = "KZ-71", "KZ-35"
HEADINGS = {"kk": "Қол жеткізу мүмкін емес", "ru": "Доступ запрещён"}


@pytest.fixture(params=[False, True], ids=["production-like", "debug"])
def debug(request, settings):
    settings.DEBUG = request.param
    return request.param


@pytest.fixture
def course(db):
    return build_course(slug="teachers", lessons=0, title="Recognising abuse")


def in_the_layout(page, language):
    return f'<html lang="{language}"' in page and "<main" in page and "<header" in page


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_coordinator_refused_another_region_is_offered_their_own(client, course, debug, language):
    client.force_login(UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=Region.objects.get(code=ASTANA)))
    response = client.get(f"/{language}/coverage/regions/{KARAGANDA}/")
    page = response.content.decode()
    assert response.status_code == 403
    assert in_the_layout(page, language)
    assert HEADINGS[language] in page
    assert f'href="/{language}/coverage/regions/{ASTANA}/"' in page  # their region's page
    with translation.override(language):
        reason = translation.gettext("You coordinate %(region)s: the figures of other regions are for the ministry.")
        assert reason % {"region": Region.objects.get(code=ASTANA).name} in page
    assert "403 Forbidden" not in page


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_learner_refused_the_dashboards_is_offered_my_learning(client, debug, language):
    client.force_login(UserFactory(roles=[roles.LEARNERS]))
    response = client.get(f"/{language}/coverage/")
    page = response.content.decode()
    assert response.status_code == 403
    assert in_the_layout(page, language)
    assert f'href="/{language}/learning/"' in page  # My learning
    assert "/coverage/regions/" not in page


def test_an_analyst_refused_an_admin_report_is_offered_the_dashboards(client, debug):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    response = client.get("/admin/reports/site-history/", HTTP_ACCEPT_LANGUAGE="ru")
    page = response.content.decode()
    assert response.status_code == 403
    assert in_the_layout(page, "ru")
    assert 'href="/ru/coverage/"' in page


def test_a_trainer_refused_an_admin_report_sees_their_places_in_russian(client, debug):
    client.force_login(UserFactory(roles=[roles.TRAINERS], language="ru"))
    response = client.get("/admin/reports/site-history/", HTTP_ACCEPT_LANGUAGE="ru")
    page = response.content.decode()
    assert response.status_code == 403
    assert HEADINGS["ru"] in page
    assert 'href="/ru/learning/"' in page


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_form_sent_without_its_csrf_token_is_refused_with_a_way_to_sign_in(debug, language):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(f"/{language}/accounts/login/", {"login": "a@example.org", "password": "x"})
    page = response.content.decode()
    assert response.status_code == 403
    assert in_the_layout(page, language)
    assert "CSRF verification failed" not in page
    # Signing in again, without a way "back" to the address of a form (it would answer 405).
    assert f'<a class="button" href="/{language}/accounts/login/">' in page


def test_a_signed_in_persons_stale_form_is_refused_with_their_places(course, debug):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(UserFactory(roles=[roles.LEARNERS]))
    response = browser.post("/ru/accounts/profile/", {})
    page = response.content.decode()
    assert response.status_code == 403
    assert in_the_layout(page, "ru")
    assert 'href="/ru/learning/"' in page
    assert "/accounts/login/" not in page


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_opening_an_address_that_only_takes_a_form_is_a_page_not_a_blank(client, debug, language):
    response = client.get("/language/", HTTP_ACCEPT_LANGUAGE=language)
    page = response.content.decode()
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert in_the_layout(page, language)
    assert "accounts/login/?next=" not in page  # signing in would only come back to this 405


def test_the_api_keeps_its_json_405(client):
    response = client.post("/api/v1/coverage/")
    assert (response.status_code, response["Content-Type"]) == (405, "application/json")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_too_many_sign_in_attempts_are_refused_on_a_page_of_the_site(client, settings, debug, language):
    cache.clear()
    settings.ACCOUNT_RATE_LIMITS = {"login": "1/m/ip"}
    UserFactory(email="teacher@example.org")
    for _attempt in range(3):
        response = client.post(f"/{language}/accounts/login/", {"login": "teacher@example.org", "password": "wrong"})
    cache.clear()
    page = response.content.decode()
    assert response.status_code == 429
    assert in_the_layout(page, language)
    assert "Too Many Requests" not in page
    assert '<a class="button" href="/' + language + "/accounts/login/" not in page  # wait, not sign in at once
    assert PASSWORD not in page


def too_many_fields(settings):
    """A form with more fields than the site reads (Django's TooManyFieldsSent, a SuspiciousOperation)."""
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 2
    return {"language": "kk", "next": "/", "a": "1", "b": "2"}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_request_the_site_cannot_read_is_a_page_of_the_site(client, settings, language):
    # As in production: with DEBUG on, Django shows its technical page for these instead.
    response = client.post("/language/", too_many_fields(settings), HTTP_ACCEPT_LANGUAGE=language)
    page = response.content.decode()
    assert response.status_code == 400
    assert in_the_layout(page, language)
    assert "Bad Request" not in page
    assert response["Cache-Control"] == "no-store, private"


def test_a_signed_in_person_sent_back_by_a_400_is_offered_their_places(client, settings, course):
    client.force_login(UserFactory(roles=[roles.LEARNERS]))
    response = client.post("/language/", too_many_fields(settings), HTTP_ACCEPT_LANGUAGE="ru")
    page = response.content.decode()
    assert response.status_code == 400
    assert 'href="/ru/learning/"' in page


def test_a_host_the_site_does_not_serve_gets_a_short_answer_without_forms_or_cookies(client, settings):
    # As in production (with DEBUG on, Django's technical page says which setting to change).
    # Whoever sends a Host the site does not serve (a scanner, a wrong proxy, a rebinding page) gets
    # no layout: no form, no CSRF cookie, nothing built from the request, only one line of text.
    settings.ALLOWED_HOSTS = ["testserver"]
    response = client.get("/kk/", HTTP_HOST="evil.example")
    body = response.content.decode()
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert "Bad Request" not in body and "evil.example" not in body and body.strip()
    assert not response.cookies


def test_refusals_raised_before_the_session_and_the_user_are_loaded_still_render():
    from django.core.exceptions import PermissionDenied, SuspiciousOperation
    from django.test import RequestFactory

    from lms import views

    request = RequestFactory().get("/kk/coverage/")  # no session, no user: an early middleware refused
    assert views.permission_denied(request, PermissionDenied()).status_code == 403
    assert views.bad_request(request, SuspiciousOperation("x")).status_code == 400
    assert views.too_many_requests(request).status_code == 429


def test_the_h5p_origin_keeps_its_own_405(client):
    # That origin answers from its own URLconf, which has no sign-in page to link to: the site's
    # refusal page there was a 500 (and would have put the site's layout on the player's origin).
    response = client.post(f"/play/{'a' * 64}/", HTTP_HOST="h5p.testserver")
    assert response.status_code == 405
    assert not response.content


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_refusal_by_a_library_shows_no_english_developer_message(client, settings, debug, language):
    # Django, allauth and Wagtail raise PermissionDenied with English text meant for a log
    # ("Forbidden user agent", "Unable to determine client IP address"); only the platform's own
    # reasons, written in the person's language, are shown. This one is raised before the user is
    # loaded (CommonMiddleware), so the page is a visitor's.
    settings.DISALLOWED_USER_AGENTS = [re.compile("BadBot")]
    response = client.get(f"/{language}/", HTTP_USER_AGENT="BadBot/1.0")
    page = response.content.decode()
    assert response.status_code == 403
    assert in_the_layout(page, language)
    assert HEADINGS[language] in page
    assert "Forbidden user agent" not in page


def test_a_request_the_h5p_origin_cannot_read_stays_a_400(client, settings):
    # Its URLconf has no handler400, so Django's own looks for a template named "400.html": the
    # site's page there (links to the site's URLs, unknown on that origin) made it a 500.
    from tests.factories import build_h5p_package

    package = build_h5p_package(language="ru")
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 2
    client.raise_request_exception = False
    response = client.get(f"/play/{package.content_hash}/?lang=kk&a=1&b=2", HTTP_HOST="h5p.testserver")
    assert response.status_code == 400


def test_a_form_posted_to_the_h5p_origin_is_refused_without_a_500():
    # The CSRF check refuses it before the player's view; the site's refusal page cannot be drawn
    # on that origin (its URLconf has no sign-in page), which made every such POST a 500.
    browser = Client(enforce_csrf_checks=True, raise_request_exception=False)
    response = browser.post(f"/play/{'a' * 64}/", HTTP_HOST="h5p.testserver")
    assert response.status_code == 403
    assert not response.cookies


def test_the_address_asked_for_comes_back_only_encoded_in_the_sign_in_link(client, settings):
    settings.DISALLOWED_USER_AGENTS = [re.compile("BadBot")]
    response = client.get("/kk/", {"q": '"><script>alert(1)</script>'}, HTTP_USER_AGENT="BadBot/1.0")
    page = response.content.decode()
    assert response.status_code == 403
    assert "<script>alert" not in page and "%22%3E%3Cscript%3E" in page
    # The way back is the path on this site (allauth refuses any other), encoded once more.
    assert 'href="/kk/accounts/login/?next=%2Fkk%2F%3Fq%3D%2522%253E%253Cscript%253E' in page
    assert response["Cache-Control"] == "no-store, private"
