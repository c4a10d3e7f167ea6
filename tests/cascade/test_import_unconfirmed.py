"""The master-trainer import grants trainer status only to an address its holder confirmed, and
reads names as names."""

import io
import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from cascade.imports import MasterTrainerImportError, master_trainers_import
from cascade.selectors import trainer_generation
from certificates.models import Certificate
from courses.models import CoursePage
from lms import roles
from lms.models import User
from tests.factories import PASSWORD, UserFactory, build_course

pytestmark = pytest.mark.django_db

HEADER = "email,full_name,region_code,district,school,language\n"
LINES = HEADER + "new@example.org,Сәуле Мұратқызы,KZ-35,,,kk\n" + "master@example.org,Айгүл Серікқызы,KZ-35,,,ru\n"


@pytest.fixture
def trainer_course():
    course = build_course(slug="trainers", lessons=1, title="Training teachers")
    CoursePage.objects.filter(pk=course.pk).update(audience=CoursePage.Audience.TRAINER)
    course.refresh_from_db()
    return course


@pytest.fixture
def squatter():
    """Someone registered the master trainer's address before the import and never confirmed it."""
    return UserFactory(email="master@example.org", full_name="Attacker", language="ru", verified=False)


def as_file(text):
    return io.BytesIO(text.encode("utf-8"))


def run_import(text, course, capture):
    with capture(execute=True), translation.override("en"):
        return master_trainers_import(file=as_file(text), course=course)


def test_an_unconfirmed_account_gets_no_trainer_certificate_and_its_address_is_invited(
    trainer_course, squatter, django_capture_on_commit_callbacks
):
    result = run_import(LINES, trainer_course, django_capture_on_commit_callbacks)

    assert [(line.line, line.email) for line in result.unconfirmed] == [(3, "master@example.org")]
    assert trainer_generation(squatter) is None
    assert not Certificate.objects.filter(user=squatter).exists()
    assert not squatter.groups.filter(name=roles.TRAINERS).exists()
    # The rest of the file is imported as usual.
    assert (result.created, result.found, result.certified) == (1, 0, 1)
    assert trainer_generation(User.objects.get(email="new@example.org")) == 0
    invitation = next(message for message in mail.outbox if message.to == ["master@example.org"])
    assert "/password/reset/key/" in invitation.body
    assert "Attacker" not in invitation.body  # whoever registered wrote that name


def test_the_same_file_grants_the_certificate_once_the_address_is_confirmed(
    trainer_course, squatter, django_capture_on_commit_callbacks
):
    run_import(LINES, trainer_course, django_capture_on_commit_callbacks)
    EmailAddress.objects.filter(user=squatter).update(verified=True)

    again = run_import(LINES, trainer_course, django_capture_on_commit_callbacks)

    assert again.unconfirmed == [] and (again.found, again.certified) == (2, 1)
    assert trainer_generation(squatter) == 0
    third = run_import(LINES, trainer_course, django_capture_on_commit_callbacks)
    assert (third.certified, third.invited) == (0, [])
    assert Certificate.objects.count() == 2


def test_the_holder_of_the_address_takes_the_account_with_the_invitation(
    client, trainer_course, squatter, django_capture_on_commit_callbacks
):
    """The link sets a new password (the registrant's no longer signs in); signing in then sends
    the confirmation allauth asks for, and confirming it lets the next import grant the certificate."""
    run_import(LINES, trainer_course, django_capture_on_commit_callbacks)
    invitation = next(message for message in mail.outbox if message.to == ["master@example.org"])
    link = re.search(r"https?://[^/\s]+(/\S+/password/reset/key/\S+)", invitation.body).group(1)
    form_url = client.get(link).url
    new_password = "the-real-Owner-2026"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    client.logout()
    mail.outbox.clear()

    login = reverse("account_login")
    assert client.post(login, {"login": "master@example.org", "password": PASSWORD}).status_code == 200
    client.post(login, {"login": "master@example.org", "password": new_password})
    confirm = re.search(r"https?://[^/\s]+(/\S+/confirm-email/\S+/)", mail.outbox[-1].body).group(1)
    client.post(confirm)
    assert EmailAddress.objects.get(email="master@example.org").verified

    again = run_import(LINES, trainer_course, django_capture_on_commit_callbacks)
    assert trainer_generation(squatter) == 0 and again.unconfirmed == []


def test_the_import_page_names_the_unconfirmed_line_to_the_analyst(client, trainer_course, squatter):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    with translation.override("en"):
        url = reverse("cascade:import")
    upload = io.BytesIO(LINES.encode("utf-8"))
    upload.name = "trainers.csv"

    response = client.post(url, {"course": str(trainer_course.translation_key), "file": upload}, follow=True)

    assert response.status_code == 200
    assert (
        "Line 3: master@example.org was not made a master trainer: the account with this address never "
        "confirmed it" in response.content.decode()
    )
    assert "The address was invited to take the account" in response.content.decode()
    assert trainer_generation(squatter) is None


def test_the_command_names_the_unconfirmed_line(trainer_course, squatter, tmp_path, capsys):
    path = tmp_path / "trainers.csv"
    path.write_text(LINES, encoding="utf-8")
    call_command("import_master_trainers", str(path), "--language", "en")
    out = capsys.readouterr().out
    assert "Line 3: master@example.org was not made a master trainer" in out
    assert "1 not confirmed" in out and "2 invitation(s) sent" in out
    assert trainer_generation(squatter) is None


def test_a_full_name_made_of_markup_is_a_line_error_and_nothing_is_imported(trainer_course):
    text = (
        HEADER
        + "good@example.org,Good Person,KZ-35,,,kk\n"
        + 'bad@example.org,"<img src=x onerror=alert(1)>",KZ-35,,,kk\n'
    )
    with translation.override("en"), pytest.raises(MasterTrainerImportError) as refused:
        master_trainers_import(file=as_file(text), course=trainer_course)
    assert len(refused.value.errors) == 1
    assert refused.value.errors[0].startswith("Line 3: the full name <img src=x onerror=alert(1)> is not a name.")
    assert "Write the name in letters" in refused.value.errors[0]
    assert not User.objects.exists() and not Certificate.objects.exists()


def test_an_account_whose_address_has_capitals_is_found_not_created_again(
    trainer_course, django_capture_on_commit_callbacks
):
    holder = UserFactory(email="Master@Example.org", full_name="Айгүл Серікқызы", verified=False)
    EmailAddress.objects.create(user=holder, email="Master@Example.org", verified=True, primary=True)

    result = run_import(LINES, trainer_course, django_capture_on_commit_callbacks)

    assert result.unconfirmed == []
    assert User.objects.filter(email__iexact="master@example.org").count() == 1
    assert trainer_generation(holder) == 0
