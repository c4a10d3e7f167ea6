"""Importing master trainers: all rows or none, every bad line named, twice changes nothing."""

import io

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import translation

from cascade.imports import MasterTrainerImportError, master_trainers_import
from cascade.selectors import trainer_generation
from certificates.models import Certificate
from courses.models import CoursePage
from lms import roles
from lms.models import User
from tests.factories import DistrictFactory, UserFactory, build_course

pytestmark = pytest.mark.django_db

HEADER = "email,full_name,region_code,district,school,language\n"


@pytest.fixture
def trainer_course():
    course = build_course(slug="trainers", lessons=1, title="Training teachers")
    CoursePage.objects.filter(pk=course.pk).update(audience=CoursePage.Audience.TRAINER)
    course.refresh_from_db()
    return course


def as_file(text):
    return io.BytesIO(text.encode("utf-8"))


def messages_of(text, course):
    with translation.override("en"), pytest.raises(MasterTrainerImportError) as refused:
        master_trainers_import(file=as_file(text), course=course)
    return refused.value.errors


def test_master_trainers_get_accounts_generation_0_certificates_and_one_invitation(
    trainer_course, django_capture_on_commit_callbacks
):
    district = DistrictFactory(name_ru="Октябрьский район")
    known = UserFactory(email="known@example.org", full_name="Known Person")
    text = (
        HEADER
        + "Saule@Example.org,Сәуле Мұратқызы,KZ-35,Октябрьский район,№12 мектеп,kk\n"
        + "known@example.org,Another Name,KZ-75,,,ru\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = master_trainers_import(file=as_file(text), course=trainer_course)
    assert (result.created, result.found, result.certified) == (1, 1, 2)
    saule = User.objects.get(email="saule@example.org")
    assert (saule.full_name, saule.district, saule.school, saule.language) == (
        "Сәуле Мұратқызы",
        district,
        "№12 мектеп",
        "kk",
    )
    assert not saule.has_usable_password()
    assert set(saule.groups.values_list("name", flat=True)) == {roles.LEARNERS, roles.TRAINERS}
    known.refresh_from_db()
    assert known.full_name == "Known Person"  # found, not changed
    assert trainer_generation(saule) == 0 and trainer_generation(known) == 0
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["saule@example.org"]
    assert "/password/reset/key/" in mail.outbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        again = master_trainers_import(file=as_file(text), course=trainer_course)
    assert (again.created, again.found, again.certified) == (0, 2, 0)
    assert Certificate.objects.count() == 2 and User.objects.count() == 2 and len(mail.outbox) == 1


def test_every_bad_line_is_named_and_nothing_is_imported(trainer_course):
    text = (
        HEADER
        + "good@example.org,Good Person,KZ-35,,,kk\n"
        + "not-an-email,Someone,KZ-35,,,kk\n"
        + "good@example.org,Twice,KZ-35,,,kk\n"
        + "other@example.org,Other,KZ-99,,,kk\n"
        + "third@example.org,Third,KZ-35,Nowhere,,kk\n"
        + "fourth@example.org,Fourth,KZ-35,,,de\n"
    )
    errors = messages_of(text, trainer_course)
    assert errors == [
        "Line 3: not-an-email is not an email address.",
        "Line 4: good@example.org is already on line 2.",
        "Line 5: unknown region code KZ-99.",
        "Line 6: Nowhere is not a district of Karaganda Region.",
        "Line 7: the language must be kk, ru or en, not de.",
    ]
    assert not User.objects.exists() and not Certificate.objects.exists()


def test_a_file_with_the_wrong_columns_is_refused(trainer_course):
    assert messages_of("email,name\nx@example.org,X\n", trainer_course) == [
        "Line 1: the columns must be email,full_name,region_code,district,school,language."
    ]


def test_the_command_reports_bad_lines_and_imports_nothing(trainer_course, tmp_path, capsys):
    path = tmp_path / "trainers.csv"
    path.write_text(HEADER + "bad,Bad,KZ-35,,,kk\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_master_trainers", str(path), "--language", "en")
    assert "Line 2: bad is not an email address." in capsys.readouterr().err
    path.write_text(HEADER + "ok@example.org,Ok Person,KZ-35,,,ru\n", encoding="utf-8")
    call_command("import_master_trainers", str(path))
    assert "1 account(s) created" in capsys.readouterr().out
