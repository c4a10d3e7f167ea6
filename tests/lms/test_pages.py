import re
from pathlib import Path

import pytest
from django.db import DatabaseError
from django.test import Client

from lms import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_healthz_answers_json_while_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    from lms import views

    class BrokenConnection:
        def cursor(self):
            raise DatabaseError("down")

    monkeypatch.setattr(views, "connection", BrokenConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_unknown_page_gets_the_custom_404_in_its_language(client):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Страница не найдена" in page
    assert 'href="/ru/"' in page


def test_server_error_gets_the_custom_500_page(settings):
    settings.ROOT_URLCONF = "tests.lms.urls_failing"
    client = Client(raise_request_exception=False)
    response = client.get("/en/boom/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_visitor_sees_sign_in_and_sign_up_but_no_private_places(client):
    page = client.get("/en/").content.decode()
    assert 'href="/en/accounts/signup/"' in page
    assert 'href="/en/accounts/login/"' in page
    assert "/admin/" not in page
    assert "My account" not in page


def test_learner_navigation_has_their_account_but_not_the_admin(client):
    client.force_login(UserFactory(roles=[roles.LEARNERS], full_name="Aigerim Seitkali"))
    page = client.get("/en/").content.decode()
    assert "Welcome, Aigerim" in page
    assert 'href="/en/accounts/profile/"' in page
    assert 'href="/admin/"' not in page


def test_editor_navigation_leads_to_the_content_admin(client):
    client.force_login(UserFactory(roles=[roles.CONTENT_EDITORS]))
    page = client.get("/en/").content.decode()
    assert 'href="/admin/"' in page


def test_page_has_landmarks_skip_link_and_a_labelled_navigation(client):
    page = client.get("/kk/").content.decode()
    for landmark in ("<header", "<main", "<footer", "<nav"):
        assert landmark in page
    assert 'href="#main"' in page
    assert re.search(r'<nav[^>]+aria-label="[^"]+"', page)


def test_home_page_runs_few_queries(client, django_assert_max_num_queries):
    client.force_login(UserFactory(roles=[roles.LEARNERS, roles.TRAINERS]))
    with django_assert_max_num_queries(12):
        assert client.get("/en/").status_code == 200


def test_first_page_load_is_under_150_kb_without_images(client):
    """The HTML and every stylesheet and script it loads: light enough for a slow phone connection."""
    from django.contrib.staticfiles import finders

    response = client.get("/kk/accounts/signup/")
    page = response.content.decode()
    total = len(response.content)
    for url in re.findall(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"', page):
        assert url.startswith("/static/"), f"{url} is not served by the platform itself"
        total += Path(finders.find(url.removeprefix("/static/"))).stat().st_size
    assert total < 150 * 1024
    assert "cdn" not in page.lower()
