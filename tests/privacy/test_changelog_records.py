"""What the change logs record (privacy/changelog.py, django-auditlog): changes to people, their roles,
regions, districts, certificates, reporting contacts, API keys and privacy notices, with who made them
and from where; never a password, a sign-in's time or a key's secret."""

from datetime import date

import pytest
from auditlog.models import LogEntry
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_revoke
from courses.models import ReportingContact
from coverage.models import ApiToken
from coverage.tokens import api_token_create
from lms import roles
from lms.models import District, Region, User
from privacy.models import PrivacyNotice
from tests.factories import CertificateFactory, UserFactory
from tests.lms.test_coordinator_admin import edit_data

pytestmark = pytest.mark.django_db


def entries_of(instance):
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(instance)), object_pk=str(instance.pk)
    ).order_by("timestamp", "pk")


def test_a_superusers_edit_of_a_person_is_logged_with_each_field_before_and_after_and_who(client):
    admin = UserFactory(email="admin@example.org", is_superuser=True, is_staff=True)
    teacher = UserFactory(full_name="Айгүл Серікқызы", school="№5 мектеп", roles=[roles.LEARNERS])
    LogEntry.objects.all().delete()
    client.force_login(admin)
    trainers = Group.objects.get(name=roles.TRAINERS)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[teacher.pk]),
        edit_data(teacher, school="№12 мектеп", groups=[*teacher.groups.values_list("pk", flat=True), trainers.pk]),
        REMOTE_ADDR="203.0.113.7",
        HTTP_X_FORWARDED_FOR="198.51.100.1",  # not behind a trusted proxy in tests: ignored
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entries = list(entries_of(teacher))
    assert {entry.actor for entry in entries} == {admin}
    assert {entry.actor_email for entry in entries} == {"admin@example.org"}
    assert {entry.remote_addr for entry in entries} == {"203.0.113.7"}
    changes = {name: value for entry in entries for name, value in entry.changes.items()}
    assert changes["school"] == ["№5 мектеп", "№12 мектеп"]
    assert changes["groups"]["operation"] == "add"
    assert [str(name) for name in changes["groups"]["objects"]] == [str(trainers)]
    assert "password" not in changes and "last_login" not in changes


def test_a_password_change_and_a_sign_in_write_no_entry_and_a_sign_in_reads_nothing_more(client):
    person = UserFactory()
    LogEntry.objects.all().delete()
    person.set_password("another long passphrase")
    person.save()
    with CaptureQueriesContext(connection) as queries:
        person.save(update_fields=["last_login"])
    assert len(queries) == 1  # the update itself: auditlog does not read the row before it
    client.force_login(person)
    assert not LogEntry.objects.exists()


def test_the_interface_language_is_not_logged(client):
    person = UserFactory(language="kk")
    LogEntry.objects.all().delete()
    client.force_login(person)
    client.post(reverse("language_switch"), {"language": "ru", "next": "/"})
    assert User.objects.get(pk=person.pk).language == "ru"
    assert not LogEntry.objects.exists()


def test_a_regions_target_and_a_districts_name_are_logged():
    region = Region.objects.get(code="KZ-35")
    region.teacher_target = 1200
    region.save()
    district = District.objects.create(region=region, name_kk="Абай", name_ru="Абай", name_en="Abai")
    district.name_en = "Abay"
    district.save()
    assert entries_of(region).get().changes["teacher_target"][1] == "1200"
    created, changed = entries_of(district)
    assert (created.action, changed.action) == (LogEntry.Action.CREATE, LogEntry.Action.UPDATE)
    assert changed.changes == {"name_en": ["Abai", "Abay"]}


def test_a_certificates_revocation_is_logged_but_its_issue_is_not():
    admin = UserFactory(is_superuser=True, is_staff=True)
    certificate = CertificateFactory()
    assert not entries_of(certificate).exists()
    certificate_revoke(certificate=certificate, by=admin, reason="Issued in error")
    entry = entries_of(Certificate.objects.get(pk=certificate.pk)).get()
    assert entry.changes["status"] == ["valid", "revoked"]
    assert entry.changes["revoked_reason"] == ["", "Issued in error"]
    assert "pdf" not in entry.changes


def test_a_certificates_pdf_being_stored_writes_nothing_and_reads_nothing_more():
    certificate = CertificateFactory()
    with CaptureQueriesContext(connection) as queries:
        certificate.save(update_fields=["pdf"])
    assert len(queries) == 1
    assert not entries_of(certificate).exists()


def test_a_reporting_contacts_phone_is_logged():
    contact = ReportingContact.objects.create(service="Телефон доверия", phone="111", live=True)
    contact.phone = "150"
    contact.save()
    assert entries_of(contact).last().changes == {"phone": ["111", "150"]}


def test_an_api_key_is_logged_without_its_secret():
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    token, key = api_token_create(user=analyst, name="Ministry BI")
    entry = entries_of(ApiToken.objects.get(pk=token.pk)).get()
    assert entry.changes["name"] == ["None", "Ministry BI"]
    assert "key_hash" not in entry.changes
    assert token.key_hash not in str(entry.changes) and key not in str(entry.changes)


def test_a_privacy_notice_is_logged():
    notice = PrivacyNotice.objects.create(
        version=90,
        title_kk="Хабарлама",
        title_ru="Уведомление",
        title_en="Notice",
        body_kk="Мәтін",
        body_ru="Текст",
        body_en="Text",
        effective_from=date(2026, 1, 1),
    )
    notice.body_en = "Text, corrected"
    notice.save()
    assert entries_of(notice).last().changes == {"body_en": ["Text", "Text, corrected"]}


def test_an_entry_is_never_saved_again():
    person = UserFactory()
    entry = entries_of(person).first()
    entry.object_repr = "someone else"
    with pytest.raises(ValueError):
        entry.save()
