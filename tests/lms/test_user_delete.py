"""Deleting a person in the user admin: refused with the reason while they hold records that must
stay (a certificate must stay verifiable), erasing their personal data offered instead, and done as
before when they hold none (tests/privacy/test_erasure_admin.py erases)."""

import pytest
from django.urls import reverse

from lms.models import User
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True, language="en"))
    return client


def test_the_delete_page_of_a_certificate_holder_says_why_and_offers_erasure_instead(admin_client):
    holder = CertificateFactory().user
    response = admin_client.get(reverse("wagtailusers_users:delete", args=[holder.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "lms-delete-refused" in page
    assert reverse("wagtailusers_users:edit", args=[holder.pk]) in page
    assert "referenced 0 times" not in page
    # The one form on offer erases; none deletes.
    assert page.count('type="submit"', page.index("lms-delete-refused")) == 1
    assert 'name="erase"' in page and "Yes, delete" not in page


def test_deleting_a_certificate_holder_is_refused_without_an_error(admin_client):
    holder = CertificateFactory().user
    response = admin_client.post(reverse("wagtailusers_users:delete", args=[holder.pk]))
    assert response.status_code == 409
    assert "lms-delete-refused" in response.content.decode()
    assert User.objects.filter(pk=holder.pk).exists()


def test_a_person_without_records_is_deleted(admin_client):
    person = UserFactory()
    response = admin_client.post(reverse("wagtailusers_users:delete", args=[person.pk]))
    assert response.status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()


def test_bulk_delete_leaves_a_certificate_holder_and_deletes_the_others(admin_client):
    holder, person = CertificateFactory().user, UserFactory()
    url = f"/admin/bulk/lms/user/delete/?id={holder.pk}&id={person.pk}"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url)
    assert response.status_code == 302
    assert User.objects.filter(pk=holder.pk).exists()
    assert not User.objects.filter(pk=person.pk).exists()
