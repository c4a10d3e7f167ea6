"""The certificate register in the Wagtail admin: ministry analysts find, inspect and revoke."""

import pytest
from django.urls import reverse
from django.utils import translation

from certificates.models import Certificate, CertificateEvent
from lms import roles
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db


def kk(message):
    """The admin and the public pages speak the platform's default language, Kazakh, here."""
    with translation.override("kk"):
        return translation.gettext(message)


@pytest.fixture
def analyst(client):
    user = UserFactory(roles=[roles.MINISTRY_ANALYSTS], full_name="Гүлнар Оспанова", language="en")
    client.force_login(user)
    return user


def test_an_analyst_finds_a_certificate_by_its_code_or_holder(client, analyst):
    wanted = CertificateFactory(holder_name="Айгерім Нұрланқызы")
    CertificateFactory(holder_name="Someone Else")
    by_code = client.get(reverse("certificates_admin:index"), {"q": wanted.short_code}).content.decode()
    assert "Айгерім Нұрланқызы" in by_code and "Someone Else" not in by_code
    by_name = client.get(reverse("certificates_admin:index"), {"q": "Нұрланқызы"}).content.decode()
    assert wanted.short_code in by_name and "Someone Else" not in by_name


def test_the_register_lists_twenty_certificates_in_as_many_queries_as_two(
    client, analyst, django_assert_max_num_queries
):
    CertificateFactory.create_batch(2)
    client.get(reverse("certificates_admin:index"))  # warm per-process caches
    with django_assert_max_num_queries(15) as few:
        client.get(reverse("certificates_admin:index"))
    CertificateFactory.create_batch(18)
    with django_assert_max_num_queries(15) as many:
        response = client.get(reverse("certificates_admin:index"))
    assert response.content.decode().count("/inspect/") >= 20
    assert len(many) == len(few)


def test_an_analyst_revokes_with_a_reason_and_it_is_logged(client, analyst):
    certificate = CertificateFactory()
    url = reverse("certificates_admin:revoke", args=[certificate.pk])
    empty = client.post(url, {"reason": "  "})
    assert empty.status_code == 400
    assert kk("Give the reason for revoking: it is kept in the certificate's history.") in empty.content.decode()
    certificate.refresh_from_db()
    assert certificate.status == "valid"

    response = client.post(url, {"reason": "Issued in error"})
    assert response.url == reverse("certificates_admin:inspect", args=[certificate.pk])
    certificate.refresh_from_db()
    assert (certificate.status, certificate.revoked_reason, certificate.revoked_by) == (
        "revoked",
        "Issued in error",
        analyst,
    )
    event = CertificateEvent.objects.get(certificate=certificate, action="revoked")
    assert (event.by, event.note) == (analyst, "Issued in error")
    inspect = client.get(response.url).content.decode()
    assert "Issued in error" in inspect and "Гүлнар Оспанова" in inspect
    assert url not in inspect  # nothing left to revoke
    public = client.get(reverse("certificates:verify", kwargs={"token": certificate.token})).content.decode()
    assert kk("This certificate has been revoked.") in public


def test_revoking_twice_logs_once(client, analyst):
    certificate = CertificateFactory()
    url = reverse("certificates_admin:revoke", args=[certificate.pk])
    client.post(url, {"reason": "Issued in error"})
    client.post(url, {"reason": "Again"})
    assert CertificateEvent.objects.filter(action="revoked").count() == 1
    assert Certificate.objects.get().revoked_reason == "Issued in error"


def test_the_verification_page_leads_analysts_to_the_register(client, analyst):
    certificate = CertificateFactory()
    page = client.get(reverse("certificates:verify", kwargs={"token": certificate.token})).content.decode()
    assert reverse("certificates_admin:inspect", args=[certificate.pk]) in page
    client.logout()
    page = client.get(reverse("certificates:verify", kwargs={"token": certificate.token})).content.decode()
    assert "/admin/" not in page


@pytest.mark.parametrize("role", [roles.LEARNERS, roles.TRAINERS, roles.REGIONAL_COORDINATORS, roles.CONTENT_EDITORS])
def test_nobody_else_sees_the_register_or_revokes(client, role):
    certificate = CertificateFactory()
    client.force_login(UserFactory(roles=[role]))
    assert client.get(reverse("certificates_admin:index")).status_code in (302, 403)
    assert client.get(reverse("certificates_admin:inspect", args=[certificate.pk])).status_code in (302, 403)
    assert client.post(reverse("certificates_admin:revoke", args=[certificate.pk]), {"reason": "No"}).status_code in (
        302,
        403,
    )
    certificate.refresh_from_db()
    assert certificate.status == "valid"


def test_not_even_a_superuser_edits_or_deletes_a_certificate(client):
    certificate = CertificateFactory()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    page = client.get(reverse("certificates_admin:inspect", args=[certificate.pk])).content.decode()
    assert reverse("certificates_admin:revoke", args=[certificate.pk]) in page
    assert "/edit/" not in page and "/delete/" not in page
    listing = client.get(reverse("certificates_admin:index")).content.decode()
    assert "/new/" not in listing
    for action in ("new/", f"edit/{certificate.pk}/", f"delete/{certificate.pk}/", f"copy/{certificate.pk}/"):
        assert client.get(reverse("certificates_admin:index") + action, follow=True).status_code == 404
