"""An erasure leaves the change log saying what changed and when, and nothing that names the person
(privacy/changelog.py `changelog_erase`, a provider of lms.hooks.PERSONAL_DATA_ERASE)."""

import json

import pytest
from auditlog.models import LogEntry
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import certificate_revoke
from coverage.tokens import api_token_create
from lms import roles
from lms.hooks import personal_data_erase
from lms.models import Region, User
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db

NAME, EMAIL, SCHOOL = "Айгүл Серікқызы", "aigul@example.org", "№5 мектеп"


def everything_logged():
    return json.dumps(
        list(LogEntry.objects.values("object_repr", "changes", "changes_text", "actor_email", "remote_addr")),
        ensure_ascii=False,
        default=str,
    )


def test_after_an_erasure_no_entry_names_the_person_but_the_changes_stay(django_capture_on_commit_callbacks):
    person = UserFactory(full_name=NAME, email=EMAIL, school=SCHOOL, roles=[roles.TRAINERS])
    certificate = CertificateFactory(user=person)
    kept, _key = api_token_create(user=person, name=f"{NAME} кестесі")
    gone, _key = api_token_create(user=person, name=f"{NAME} жүйесі")
    gone.delete()
    certificate_revoke(certificate=certificate, by=None, reason="Issued in error")
    person.position = "Мұғалім"
    person.save()
    bystander = UserFactory(full_name="Ерлан Жұмабаев")
    assert NAME in everything_logged()

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        locked = User.objects.select_for_update().get(pk=person.pk)
        done = personal_data_erase(user=locked)
        # What the erasure service does after the providers: the person's own fields and roles.
        locked.full_name, locked.email, locked.school, locked.position = "—", f"erased-{person.pk}@invalid", "", ""
        locked.save()
        locked.groups.remove(Group.objects.get(name=roles.TRAINERS))
        Certificate.objects.filter(user=locked).update(holder_name="—")

    logged = everything_logged()
    for text in (NAME, EMAIL, SCHOOL, "Мұғалім"):
        assert text not in logged
    assert done["changelog_entries"] >= 3
    # What happened is still there: the revocation, the roles taken away, the bystander untouched.
    revocation = LogEntry.objects.get_for_object(certificate).get(action=LogEntry.Action.UPDATE)
    assert revocation.changes["status"] == ["valid", "revoked"]
    assert LogEntry.objects.get_for_object(person).filter(changes__groups__operation="delete").exists()
    assert "Ерлан Жұмабаев" in logged and bystander.email in logged


def test_changes_the_person_made_lose_their_email_and_address(client):
    person = UserFactory(email=EMAIL, roles=[roles.MINISTRY_ANALYSTS])
    region = Region.objects.get(code="KZ-35")
    client.force_login(person)
    response = client.post(
        reverse("regional_targets:edit", args=[region.pk]), {"teacher_target": 1500}, REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = LogEntry.objects.get_for_object(region).get()
    assert (entry.actor_email, entry.remote_addr) == (EMAIL, "203.0.113.7")
    with transaction.atomic():
        personal_data_erase(user=person)
    entry.refresh_from_db()
    assert (entry.actor_email, entry.remote_addr, entry.actor_id) == (None, None, person.pk)
