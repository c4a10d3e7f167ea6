"""The H5P origin serves the player and package files only, with safe headers and no cookies."""

import pytest

from tests.factories import build_h5p_package

pytestmark = pytest.mark.django_db

H5P_HOST = "h5p.testserver"  # lms/settings/test.py: H5P_ORIGIN = "http://h5p.testserver"


@pytest.fixture
def package():
    return build_h5p_package(language="ru")


def on_h5p(client, path, **extra):
    return client.get(path, HTTP_HOST=H5P_HOST, **extra)


def test_player_page_plays_the_package_with_the_bundled_player(client, package):
    response = on_h5p(client, f"/play/{package.content_hash}/?lang=ru")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-content="/content/{package.content_hash}"' in html
    assert "/static/h5p-standalone/dist/main.bundle.js" in html
    assert "/static/h5p-standalone/dist/frame.bundle.js" in html
    assert '<html lang="ru">' in html
    assert '["http://testserver"]' in html  # the only parent it will talk to


def test_player_page_may_be_framed_only_by_the_platform(client, package):
    response = on_h5p(client, f"/play/{package.content_hash}/")
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors http://testserver" in policy
    assert "X-Frame-Options" not in response.headers
    assert response["X-Content-Type-Options"] == "nosniff"


def test_h5p_origin_sets_no_cookie_even_for_a_signed_in_browser(client, package, learner):
    client.force_login(learner)
    client.cookies["lms_language"] = "ru"
    for path in (f"/play/{package.content_hash}/", f"/content/{package.content_hash}/h5p.json", "/missing/"):
        response = on_h5p(client, path)
        assert not response.cookies, path
        assert "Set-Cookie" not in str(response.serialize_headers())


@pytest.mark.parametrize(
    "name, mime_type",
    [
        ("h5p.json", "application/json"),
        ("content/content.json", "application/json"),
        ("Qorgau.ScenarioChoice-1.0/scenario-choice.js", "text/javascript; charset=utf-8"),
        ("Qorgau.ScenarioChoice-1.0/scenario-choice.css", "text/css; charset=utf-8"),
    ],
)
def test_package_files_are_served_with_their_mime_type_and_nosniff(client, package, name, mime_type):
    response = on_h5p(client, f"/content/{package.content_hash}/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == mime_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "immutable" in response["Cache-Control"]
    assert b"".join(response.streaming_content)


@pytest.mark.parametrize(
    "path",
    [
        "/content/{hash}/content/../h5p.json",
        "/content/{hash}/missing.json",
        "/content/{hash}/content/page.html",
        "/content/{hash}/.hidden.json",
        "/content/nothex/h5p.json",
        "/play/{short}/",
        "/play/{other}/",
        "/kk/",
        "/admin/",
        "/kk/accounts/login/",
        "/healthz",
        "/static/lms/css/site.css",
    ],
)
def test_h5p_origin_serves_nothing_else(client, package, path):
    path = path.format(hash=package.content_hash, short=package.content_hash[:10], other="0" * 64)
    response = on_h5p(client, path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/plain")


def test_player_static_files_are_served_on_the_h5p_origin(client):
    response = on_h5p(client, "/static/h5p-standalone/dist/main.bundle.js")
    assert response.status_code == 200
    assert "Content-Security-Policy" in response.headers


def test_platform_origin_never_serves_package_files_or_the_player(client, package):
    for path in (f"/content/{package.content_hash}/h5p.json", f"/play/{package.content_hash}/"):
        assert client.get(path, follow=True).status_code == 404


def test_player_licences_are_served_with_the_player(client):
    response = on_h5p(client, "/static/h5p-standalone/LICENSE")
    assert response.status_code == 200
    assert b"MIT" in b"".join(response.streaming_content)


def test_licence_page_shows_the_players_mit_and_gpl_texts(client):
    html = client.get("/en/learning/h5p/licences/").content.decode()
    assert "Tunapanda" in html  # h5p-standalone's MIT notice
    assert "GNU GENERAL PUBLIC LICENSE" in html and "Version 3, 29 June 2007" in html


@pytest.mark.parametrize("host", ["h5p.testserver.", "h5p.testserver:8443", "H5P.TestServer"])
def test_every_spelling_of_the_h5p_host_gets_only_the_player(client, host):
    response = client.get("/kk/accounts/login/", HTTP_HOST=host)
    assert response.status_code == 404
    assert not response.cookies


def test_origins_are_compared_as_a_browser_writes_them(settings):
    from courses.h5p.origins import h5p_origin, normalise_origin, platform_origins

    settings.H5P_ORIGIN = "HTTPS://H5P.Example.kz:443/"
    settings.PLATFORM_ORIGINS = ["https://lms.example.kz:443", "http://localhost:8000", "not an origin"]
    assert h5p_origin() == "https://h5p.example.kz"
    assert platform_origins() == ["https://lms.example.kz", "http://localhost:8000"]
    assert normalise_origin("http://[::1]:80") == "http://[::1]"


@pytest.mark.parametrize("status", [400, 403, 404, 500])
def test_every_error_of_the_h5p_origin_is_plain_text_of_its_own(rf, status):
    """The origin's URLconf names a handler for each error: Django's defaults would draw the
    platform's pages, whose links to the platform cannot be made there (a 500 instead)."""
    from django.urls import get_resolver

    handler = get_resolver("courses.h5p.player_urls").resolve_error_handler(status)
    request = rf.get("/play/x/", HTTP_HOST=H5P_HOST)
    response = handler(request) if status == 500 else handler(request, exception=Exception("refused"))
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/plain")
