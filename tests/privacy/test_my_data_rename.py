"""Correcting one's full name on the profile carries it onto one's certificates: the same certificate
(code and verification link unchanged) with the new name, a PDF printed again, and the old name kept
in the certificate's history for the holder (and the register's staff), not on the public page."""

import io
import json

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext
from pypdf import PdfReader

from certificates.models import Certificate, CertificateEvent
from certificates.services import certificate_revoke
from courses.services import enrollment_create, lesson_complete
from lms.models import Region
from tests.factories import UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db

OLD, NEW = "Айгүл Сапарова", "Айгүл Сапарқызы"


@pytest.fixture
def holder():
    """A teacher holding the certificate of a course, its PDF downloaded (stored) once."""
    person = UserFactory(full_name=OLD, school="№5 мектеп")
    course = build_course(lessons=1, title="Балаға қатыгездікті тану")
    enrollment_create(user=person, course=course)
    lesson_complete(user=person, lesson=lessons_of(course)[0], course=course)
    return person


def profile_post(client, person, **changes):
    data = {
        "full_name": person.full_name,
        "region": person.region_id,
        "district": "",
        "school": person.school,
        "position": person.position,
        "language": "kk",
        **changes,
    }
    return client.post(reverse("account_profile"), data, follow=True)


def pdf_text(content):
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())


def test_a_corrected_name_is_carried_onto_the_same_certificate(client, holder, django_capture_on_commit_callbacks):
    client.force_login(holder)
    certificate = Certificate.objects.get(user=holder)
    old_pdf = client.get(reverse("certificates:download", args=[certificate.pk])).content
    stored = Certificate.objects.get(pk=certificate.pk).pdf
    assert stored and OLD in pdf_text(old_pdf)

    with django_capture_on_commit_callbacks(execute=True):
        response = profile_post(client, holder, full_name=NEW)

    renamed = Certificate.objects.get(pk=certificate.pk)
    assert (renamed.short_code, renamed.token, renamed.issued_on) == (
        certificate.short_code,
        certificate.token,
        certificate.issued_on,
    )
    assert renamed.holder_name == NEW and not renamed.pdf
    assert not stored.storage.exists(stored.name)  # the old file went with the commit
    [event] = CertificateEvent.objects.filter(certificate=certificate, action=CertificateEvent.Action.RENAMED)
    assert (event.note, event.by) == (f"{OLD} → {NEW}", holder)
    messages = [str(message) for message in response.context["messages"]]
    with translation.override("kk"):
        told = ngettext(
            "Your %(count)d certificate now carries the corrected name; its link and code stay the same.",
            "Your %(count)d certificates now carry the corrected name; their links and codes stay the same.",
            1,
        ) % {"count": 1}
    assert told in messages

    new_pdf = client.get(reverse("certificates:download", args=[certificate.pk])).content
    assert NEW in pdf_text(new_pdf) and OLD not in pdf_text(new_pdf)
    assert Certificate.objects.get(pk=certificate.pk).pdf  # printed again and stored


def test_the_public_page_shows_the_current_name_and_only_the_holder_reads_the_old_one(client, holder):
    certificate = Certificate.objects.get(user=holder)
    client.force_login(holder)
    profile_post(client, holder, full_name=NEW)

    mine = client.get(reverse("certificates:mine")).content.decode()
    assert NEW in mine and OLD not in mine
    history = json.loads(client.get(reverse("privacy:my_data_json")).content)["sections"]["certificate_events"]
    assert [row["note"] for row in history] == [f"{OLD} → {NEW}"]

    client.logout()
    public = client.get(reverse("certificates:verify", args=[certificate.token])).content.decode()
    assert NEW in public and OLD not in public


def test_a_revoked_certificate_keeps_the_name_it_was_revoked_with(client, holder):
    certificate = Certificate.objects.get(user=holder)
    certificate_revoke(certificate=certificate, by=None, reason="Қате берілген")
    client.force_login(holder)

    response = profile_post(client, holder, full_name=NEW)

    assert Certificate.objects.get(pk=certificate.pk).holder_name == OLD
    assert not CertificateEvent.objects.filter(action=CertificateEvent.Action.RENAMED).exists()
    assert len(list(response.context["messages"])) == 1  # "saved", nothing about certificates


def test_a_profile_saved_without_a_new_name_changes_no_certificate(client, holder):
    client.force_login(holder)

    profile_post(client, holder, school="№7 мектеп", region=Region.objects.get(code="KZ-71").pk)

    assert Certificate.objects.get(user=holder).holder_name == OLD
    assert not CertificateEvent.objects.filter(action=CertificateEvent.Action.RENAMED).exists()


def test_signing_up_announces_no_name_change(client):
    from lms.services import user_profile_apply

    person = UserFactory(full_name=OLD)
    user_profile_apply(user=person, full_name=NEW, region=person.region, is_signup=True)

    assert not CertificateEvent.objects.exists()
