import pytest

from lms.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_kazakh_home_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/kk/"


def test_root_follows_the_browser_language(client):
    response = client.get("/", headers={"accept-language": "ru-RU,ru;q=0.9"})
    assert response["Location"] == "/ru/"


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("kk", "Балаларды қорғау"),
        ("ru", "Защита детей"),
        ("en", "Protecting children"),
    ],
)
def test_home_page_speaks_the_language_of_its_prefix(client, language, heading):
    response = client.get(f"/{language}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in page
    assert heading in page


def test_switching_language_shows_the_same_page_in_the_new_language(client):
    response = client.post("/language/", {"language": "ru", "next": "/kk/accounts/login/"})
    assert response.status_code == 302
    assert response["Location"] == "/ru/accounts/login/"
    assert response.cookies["lms_language"].value == "ru"
    assert client.get("/")["Location"] == "/ru/"


def test_switching_language_refuses_an_outside_next_url(client):
    response = client.post("/language/", {"language": "en", "next": "https://evil.example.com/"})
    assert response["Location"] == "/en/"


def test_switching_language_saves_the_choice_of_a_signed_in_person(client):
    user = UserFactory(language="kk")
    client.force_login(user)
    client.post("/language/", {"language": "en", "next": "/kk/"})
    assert User.objects.get(pk=user.pk).language == "en"


def test_signing_in_opens_the_platform_in_the_preferred_language(client):
    UserFactory(email="guljan@example.org", language="en")
    response = client.post("/kk/accounts/login/", {"login": "guljan@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert response.cookies["lms_language"].value == "en"


def test_every_page_has_the_language_switcher(client):
    for url in ("/kk/", "/ru/accounts/login/", "/en/accounts/signup/"):
        page = client.get(url).content.decode()
        assert 'action="/language/"' in page
        for name in ("Қазақша", "Русский", "English"):
            assert name in page
        assert 'aria-current="true"' in page
