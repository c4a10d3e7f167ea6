"""The user admin's delete page erases a person who holds records (never a 500), deletes one who
holds none, and the bulk delete leaves out those it cannot delete."""

import pytest
from django.urls import reverse

from lms.models import User
from privacy.models import ErasureRequest
from tests.factories import CertificateFactory, UserFactory
from tests.privacy.notice_helpers import kk

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    staff = UserFactory(is_superuser=True, is_staff=True, language="en")
    client.force_login(staff)
    return staff


def delete_url(person):
    return reverse("wagtailusers_users:delete", args=[person.pk])


def test_erasing_a_certificate_holder_from_the_delete_page(client, staff):
    holder = CertificateFactory().user
    response = client.post(delete_url(holder), {"erase": "1", "confirm": "1"})
    assert response.status_code == 302
    holder.refresh_from_db()
    assert not holder.is_active and holder.email.endswith("@erased.invalid")
    request = ErasureRequest.objects.get(person=holder)
    assert (request.source, request.requested_by, request.report["certificates_revoked"]) == ("staff", staff, 1)


def test_erasing_needs_the_box_ticked(client, staff):
    holder = CertificateFactory().user
    response = client.post(delete_url(holder), {"erase": "1"})
    assert response.status_code == 400
    assert kk("Tick the box to confirm the erasure.") in response.content.decode()
    assert User.objects.get(pk=holder.pk).is_active


def test_the_delete_page_of_an_erased_person_says_so_and_offers_nothing(client, staff):
    holder = CertificateFactory().user
    client.post(delete_url(holder), {"erase": "1", "confirm": "1"})
    page = client.get(delete_url(holder)).content.decode()
    assert "lms-erased" in page and 'name="erase"' not in page
    assert client.post(delete_url(holder), {"erase": "1", "confirm": "1"}).status_code == 409
    assert client.post(delete_url(holder)).status_code == 409


def test_a_person_with_nothing_is_deleted(client, staff):
    person = UserFactory()
    assert client.post(delete_url(person)).status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()


def test_a_staff_member_without_the_permission_cannot_erase(client):
    editor = UserFactory(roles=["Content editors"], is_staff=True)
    client.force_login(editor)
    holder = CertificateFactory().user
    response = client.post(delete_url(holder), {"erase": "1", "confirm": "1"})
    assert response.status_code in (302, 403)
    assert User.objects.get(pk=holder.pk).is_active


def test_bulk_delete_skips_a_record_made_after_the_check(client, staff, monkeypatch):
    from lms import admin_user_delete

    holder, person = CertificateFactory().user, UserFactory()
    monkeypatch.setattr(admin_user_delete, "records_keeping", lambda obj: [])  # the check saw nothing
    response = client.post(f"/admin/bulk/lms/user/delete/?id={holder.pk}&id={person.pk}")
    assert response.status_code == 302
    assert User.objects.filter(pk=holder.pk).exists()
    assert not User.objects.filter(pk=person.pk).exists()
