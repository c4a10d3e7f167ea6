"""A name is printed on a certificate: it is letters of the Kazakh, Russian and English alphabets,
with spaces, hyphens, apostrophes and dots, wherever a person or an administrator types it."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from lms.demo.accounts import ACCOUNTS
from lms.models import Region, User
from lms.validators import validate_person_name
from tests.factories import UserFactory
from tests.lms.test_signup import SIGNUP_URL, signup_data

pytestmark = pytest.mark.django_db

MARKUP = "<img src=x onerror=alert(1)>"
MESSAGE = "Write the name in letters"

NAMES = [
    "Сәуле Мұратқызы Әбенова",
    "Ғалымжан Құрманғазыұлы Үсенов-Һадиев",
    "Анна-Мария Петровна Д'Артаньян",
    "Мухтар О. Ауэзов",
    "Aigerim Nurlanovna Seitkali",
    "Mary-Jane O’Connor",
    "J. R. R. Tolkien",
    "Äliya Qasymqyzy Şäripova",
]


@pytest.mark.parametrize("name", NAMES)
def test_kazakh_russian_and_latin_names_with_hyphens_apostrophes_and_initials_are_accepted_at_signup(client, name):
    response = client.post(SIGNUP_URL, signup_data(full_name=name))
    assert response.status_code == 302
    assert User.objects.get(email="aigerim@example.org").full_name == name


def test_markup_as_a_name_is_refused_at_signup_with_the_message_and_the_form_keeps_the_rest(client):
    response = client.post(SIGNUP_URL, signup_data(full_name=MARKUP))
    page = response.content.decode()
    assert response.status_code == 200
    assert MESSAGE in page
    assert 'value="aigerim@example.org"' in page and 'value="School-lyceum No. 12"' in page
    assert not User.objects.filter(email="aigerim@example.org").exists()


def test_markup_as_a_name_is_refused_at_signup_in_the_page_language(client):
    response = client.post("/ru/accounts/signup/", signup_data(full_name=MARKUP))
    assert response.status_code == 200
    with translation.override("ru"):
        russian = str(validate_person_name_message())
    assert escape(russian) in response.content.decode()
    assert not User.objects.filter(email="aigerim@example.org").exists()


def validate_person_name_message():
    try:
        validate_person_name(MARKUP)
    except ValidationError as error:
        return error.messages[0]


def profile_data(user, **overrides):
    return {
        "full_name": user.full_name,
        "region": user.region_id,
        "district": "",
        "school": "",
        "position": "",
        "language": "en",
        **overrides,
    }


def test_markup_as_a_name_is_refused_in_the_profile_and_the_name_stays(client):
    person = UserFactory(full_name="Айгерім Сейтқали")
    client.force_login(person)
    response = client.post("/en/accounts/profile/", profile_data(person, full_name=MARKUP, school="Lyceum"))
    page = response.content.decode()
    assert response.status_code == 200
    assert MESSAGE in page and 'value="Lyceum"' in page
    person.refresh_from_db()
    assert person.full_name == "Айгерім Сейтқали"


@pytest.mark.parametrize("name", ["Жанар Б. Қасымқызы", "Pierre-Marie D'Arcy"])
def test_names_with_initials_and_apostrophes_are_saved_in_the_profile(client, name):
    person = UserFactory()
    client.force_login(person)
    response = client.post("/en/accounts/profile/", profile_data(person, full_name=name))
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.full_name == name


def test_markup_as_a_name_is_refused_in_the_user_admin(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        "/admin/users/new/",
        {
            "email": "new.person@example.org",
            "full_name": MARKUP,
            "region": Region.objects.get(code="KZ-55").pk,
            "language": "kk",
            "password1": "Steppe-wind-lantern-81",
            "password2": "Steppe-wind-lantern-81",
            "groups": [],
        },
    )
    assert response.status_code == 200
    assert not User.objects.filter(email="new.person@example.org").exists()


def test_markup_as_a_name_is_refused_when_the_user_admin_edits_a_person(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    person = UserFactory(full_name="Сәуле Маратқызы")
    response = client.post(
        reverse("wagtailusers_users:edit", args=[person.pk]),
        {
            "email": person.email,
            "full_name": MARKUP,
            "region": person.region_id,
            "language": "kk",
            "is_active": "on",
            "groups": [],
        },
    )
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.full_name == "Сәуле Маратқызы"


def test_the_model_refuses_markup_as_a_name():
    person = UserFactory.build(full_name=MARKUP, region=Region.objects.get(code="KZ-35"))
    with pytest.raises(ValidationError) as error:
        person.full_clean(exclude=["password"])
    assert "full_name" in error.value.message_dict


def test_the_demo_accounts_factories_and_generated_teachers_have_valid_names():
    import random

    from coverage.seed.names import full_name

    rng = random.Random(7)
    names = [row[1] for row in ACCOUNTS]
    names += [UserFactory.build().full_name for _ in range(30)]
    names += [full_name(rng, russian) for russian in (True, False) * 50]
    for name in names:
        validate_person_name(name)


def test_a_name_typed_with_decomposed_letters_is_accepted_and_stored_composed(client):
    # Some phone keyboards send й as и followed by a combining breve.
    decomposed = unicodedata.normalize("NFD", "Айгүл Йорданқызы")
    assert decomposed != "Айгүл Йорданқызы"
    response = client.post(SIGNUP_URL, signup_data(full_name=decomposed))
    assert response.status_code == 302
    assert User.objects.get(email="aigerim@example.org").full_name == "Айгүл Йорданқызы"


def test_the_user_admin_stores_an_address_typed_with_capitals_in_lower_case(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        "/admin/users/new/",
        {
            "email": "New.Person@Example.org",
            "full_name": "Сәуле Мұратқызы",
            "region": Region.objects.get(code="KZ-55").pk,
            "language": "kk",
            "password1": "Steppe-wind-lantern-81",
            "password2": "Steppe-wind-lantern-81",
            "groups": [],
        },
    )
    assert response.status_code == 302
    assert User.objects.filter(email="new.person@example.org").exists()
