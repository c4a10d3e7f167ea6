"""Response headers: a Content-Security-Policy with a nonce on every platform page (its own on the
H5P origin, a little more for the admin), a Permissions-Policy, and no-store on personal data."""

import re

import pytest
from django.urls import reverse

from courses.h5p.middleware import content_security_policy
from coverage.tokens import api_token_create
from lms import roles
from tests.factories import UserFactory, build_h5p_package
from tests.lms.header_scenes import build_scene
from tests.shared_rows import built_once

pytestmark = pytest.mark.django_db

H5P_HOST = "h5p.testserver"  # lms/settings/test.py: H5P_ORIGIN = "http://h5p.testserver"


@pytest.fixture(scope="module")
def scene(django_db_setup, django_db_blocker):
    """One of each page, built once for the module's forty-odd tests (about a second a build)."""
    yield from built_once(django_db_blocker, build_scene)


def policy_of(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def not_stored(response):
    """The answer may be kept by no cache: no-store and private among its Cache-Control directives."""
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"no-store", "private"} <= directives


def page_as(client, scene, name):
    """(who, url) for each kind of platform page."""
    pages = {
        "home": (None, "/kk/"),
        "signup": (None, reverse("account_signup")),
        "lesson": (scene.learner, scene.lesson.url),
        "quiz attempt": (scene.learner, reverse("quizzes:attempt", kwargs={"attempt_id": scene.attempt.pk})),
        "learner's certificates": (scene.learner, reverse("certificates:mine")),
        "coverage dashboard": (scene.analyst, reverse("coverage:national")),
        "attendance": (
            scene.trainer,
            reverse("cascade:attendance", kwargs={"cohort_id": scene.cohort.pk, "session_id": scene.session.pk}),
        ),
        "roster": (scene.trainer, reverse("cascade:roster", kwargs={"cohort_id": scene.cohort.pk})),
    }
    user, url = pages[name]
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, (name, url, response.status_code)
    return response


PLATFORM_PAGES = [
    "home",
    "signup",
    "lesson",
    "quiz attempt",
    "learner's certificates",
    "coverage dashboard",
    "attendance",
    "roster",
]


@pytest.mark.parametrize("name", PLATFORM_PAGES)
def test_every_platform_page_has_a_policy_with_a_nonce_and_no_unsafe_inline(client, scene, name):
    response = page_as(client, scene, name)
    policy = policy_of(response)
    nonce = re.fullmatch(r"'nonce-([A-Za-z0-9+/=]+)'", policy["script-src"][-1])
    assert nonce and policy["script-src"] == ["'self'", f"'nonce-{nonce.group(1)}'"]
    assert policy["style-src"] == ["'self'", f"'nonce-{nonce.group(1)}'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'self'"] and policy["img-src"] == ["'self'", "data:"]


@pytest.mark.parametrize("name", PLATFORM_PAGES)
def test_no_platform_page_has_inline_script_style_or_event_handler(client, scene, name):
    html = page_as(client, scene, name).content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert " src=" in tag or 'type="application/json"' in tag, tag
    assert "<style" not in html
    assert not re.search(r"<[^>]+\sstyle=", html)
    assert not re.search(r"<[^>]+\son[a-z]+=", html)


def test_each_page_gets_a_nonce_of_its_own(client, scene):
    first = policy_of(page_as(client, scene, "home"))["script-src"]
    second = policy_of(page_as(client, scene, "home"))["script-src"]
    assert first != second


VIDEO_PLAYERS = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]


def test_a_lesson_frames_only_the_h5p_origin_and_the_video_services_players(client, scene):
    response = page_as(client, scene, "lesson")
    assert 'class="h5p-frame" src="http://h5p.testserver/play/' in response.content.decode()
    assert policy_of(response)["frame-src"] == ["http://h5p.testserver", *VIDEO_PLAYERS]


def test_video_links_are_found_only_on_the_services_whose_players_the_lesson_may_frame():
    from wagtail.embeds.finders import get_finders

    (finder,) = get_finders()
    assert finder.accept("https://www.youtube.com/watch?v=abcdefghijk")
    assert finder.accept("https://vimeo.com/76979871")
    assert not finder.accept("https://www.dailymotion.com/video/x7tgad0")


def test_a_page_without_an_h5p_origin_or_video_services_frames_nothing(client, scene, settings):
    settings.H5P_ORIGIN = ""
    settings.VIDEO_EMBED_ORIGINS = []
    assert policy_of(page_as(client, scene, "home"))["frame-src"] == ["'none'"]


def test_the_attendance_page_loads_its_script_from_a_file_and_still_marks_everyone(client, scene):
    html = page_as(client, scene, "attendance").content.decode()
    assert '<script src="/static/cascade/attendance.js" defer></script>' in html
    assert "data-mark-all" in html
    script = client.get("/static/cascade/attendance.js")
    assert script.status_code == 200
    assert "data-mark-all" in b"".join(script.streaming_content).decode()


def test_the_coverage_legend_shades_its_swatches_without_style_attributes(client, scene):
    html = page_as(client, scene, "coverage dashboard").content.decode()
    assert html.count('<svg class="swatch"') >= 1  # one per shade of the values shown (coverage/shading.py)
    assert 'class="swatch" style=' not in html


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/snippets/", "/admin/users/"])
def test_the_admin_has_its_own_policy_with_scripts_still_by_nonce(client, scene, path):
    client.force_login(scene.superuser)
    response = client.get(path)
    assert response.status_code == 200
    policy = policy_of(response)
    nonce = policy["script-src"][-1]
    assert policy["script-src"] == ["'self'", nonce] and nonce.startswith("'nonce-")
    # Wagtail's templates and editor write style attributes and elements: styles only.
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    # The page editor frames its preview (same origin), which frames the H5P player.
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["frame-src"] == ["'self'", "http://h5p.testserver", *VIDEO_PLAYERS]


def test_the_page_editor_has_the_admin_policy(client, scene):
    client.force_login(scene.superuser)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[scene.lesson.pk]))
    assert response.status_code == 200
    policy = policy_of(response)
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["script-src"][0] == "'self'" and policy["script-src"][1].startswith("'nonce-")
    assert len(policy["script-src"]) == 2


def test_the_h5p_player_keeps_its_own_policy_exactly(client):
    package = build_h5p_package(language="ru")
    response = client.get(f"/play/{package.content_hash}/", HTTP_HOST=H5P_HOST)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == content_security_policy()
    assert "nonce-" not in response["Content-Security-Policy"]


def test_h5p_package_files_keep_their_immutable_cache_for_a_browser_with_a_session(client, learner):
    package = build_h5p_package(language="ru")
    client.force_login(learner)  # the test client sends the platform's cookie to any host
    response = client.get(f"/content/{package.content_hash}/h5p.json", HTTP_HOST=H5P_HOST)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"


@pytest.mark.parametrize("path", ["/kk/", "/static/lms/css/site.css", "/healthz"])
def test_every_answer_has_a_permissions_policy(client, path):
    header = client.get(path)["Permissions-Policy"]
    features = dict(re.findall(r"([a-z-]+)=\(([^)]*)\)", header))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "serial", "hid"):
        assert features[feature] == "", feature
    assert features["publickey-credentials-create"] == "self"
    assert features["publickey-credentials-get"] == "self"
    players = " ".join(f'"{origin}"' for origin in VIDEO_PLAYERS)
    assert features["fullscreen"] == f'self "http://h5p.testserver" {players}'
    assert features["picture-in-picture"] == players


def test_the_h5p_origin_has_a_permissions_policy_too(client):
    package = build_h5p_package(language="ru")
    response = client.get(f"/play/{package.content_hash}/", HTTP_HOST=H5P_HOST)
    assert "camera=()" in response["Permissions-Policy"]


def test_static_files_keep_their_cache_header_for_a_signed_in_person(client, learner):
    client.force_login(learner)
    response = client.get("/static/lms/css/site.css")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "no-store" not in response["Cache-Control"]


def personal_answers(scene):
    """(who, url) of each answer that carries personal data."""
    cohort = {"cohort_id": scene.cohort.pk}
    return {
        "roster": (scene.trainer, reverse("cascade:roster", kwargs=cohort)),
        "roster CSV": (scene.trainer, reverse("cascade:roster_csv", kwargs=cohort)),
        "trainee record": (scene.trainer, reverse("cascade:trainee", kwargs={**cohort, "user_id": scene.learner.pk})),
        "group's certificates zip": (scene.trainer, reverse("cascade:cohort_zip", kwargs=cohort)),
        "certificate PDF": (
            scene.learner,
            reverse("certificates:download", kwargs={"certificate_id": scene.certificate.pk}),
        ),
        "coverage export CSV": (
            scene.analyst,
            reverse("coverage:export", kwargs={"slug": "holders", "extension": "csv"}),
        ),
        "coverage export XLSX": (
            scene.analyst,
            reverse("coverage:export", kwargs={"slug": "holders", "extension": "xlsx"}),
        ),
        "region's certificates zip": (scene.analyst, reverse("certificates:region_zip", kwargs={"code": "KZ-35"})),
        "profile": (scene.learner, reverse("account_profile")),
        "API with a session": (scene.analyst, "/api/v1/coverage/regions/"),
        "admin": (scene.superuser, "/admin/"),
        "verification page": (None, reverse("certificates:verify", kwargs={"token": scene.certificate.token})),
    }


PERSONAL = [
    "roster",
    "roster CSV",
    "trainee record",
    "group's certificates zip",
    "certificate PDF",
    "coverage export CSV",
    "coverage export XLSX",
    "region's certificates zip",
    "profile",
    "API with a session",
    "admin",
    "verification page",
]


@pytest.mark.parametrize("name", PERSONAL)
def test_personal_data_is_never_stored_by_a_browser_or_a_proxy(client, scene, name):
    user, url = personal_answers(scene)[name]
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, (name, response.status_code)
    assert not_stored(response)
    if response.streaming:
        b"".join(response.streaming_content)


def test_the_verification_page_names_the_holder_and_is_not_stored(client, scene):
    response = client.get(reverse("certificates:verify", kwargs={"token": scene.certificate.token}))
    assert "Айгүл Нұрланқызы" in response.content.decode()
    assert response["Cache-Control"] == "no-store, private"


def test_an_api_answer_to_a_key_is_not_stored_and_varies_by_the_key(client, scene):
    coordinator = UserFactory(roles=[roles.REGIONAL_COORDINATORS])
    _token, key = api_token_create(user=coordinator, name="Statistics")
    response = client.get("/api/v1/coverage/regions/?region=KZ-35", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store, private"
    assert "Authorization" in [value.strip() for value in response["Vary"].split(",")]


def test_an_api_refusal_also_varies_by_the_key(client):
    response = client.get("/api/v1/coverage/")
    assert response.status_code == 401
    assert response["Cache-Control"] == "no-store, private"
    assert "Authorization" in response["Vary"]


def test_a_page_that_already_forbids_storing_keeps_its_header(client, scene):
    client.force_login(scene.analyst)
    response = client.post(reverse("coverage:api_keys"), {"name": "Statistics"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("view", ["certificates", "lesson editor"])
def test_the_admins_inline_scripts_carry_the_nonce_of_the_page(client, scene, view):
    client.force_login(scene.superuser)
    path = {"certificates": "/admin/certificates/", "lesson editor": f"/admin/pages/{scene.lesson.pk}/edit/"}[view]
    response = client.get(path)
    nonce = policy_of(response)["script-src"][-1].removeprefix("'nonce-").removesuffix("'")
    inline = [
        tag
        for tag in re.findall(r"<script\b[^>]*>", response.content.decode())
        if " src=" not in tag and "application/json" not in tag
    ]
    assert inline  # Wagtail's date filter, panels…
    assert all(f'nonce="{nonce}"' in tag for tag in inline), inline
