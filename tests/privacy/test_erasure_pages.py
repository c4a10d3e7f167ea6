"""The person's erasure page, the public verification page of an erased holder, and the end of
the erased person's sessions."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from certificates.models import Certificate
from privacy.models import ErasureRequest
from privacy.services import erasure_request, person_erase
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db
NAME = "Гүлнар Өшіретінқызы"


def url(name):
    with translation.override("en"):
        return reverse(name)


@pytest.fixture
def teacher(client):
    person = UserFactory(full_name=NAME, email="gulnar@example.org", language="en")
    client.force_login(person)
    return person


def verify_url(certificate):
    with translation.override("en"):
        return reverse("certificates:verify", kwargs={"token": certificate.token})


def test_the_page_explains_what_happens_and_asks_for_a_tick(client, teacher, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):  # measured: 4
        response = client.get(url("privacy:erase"))
    page = response.content.decode()
    assert response.status_code == 200 and response["Cache-Control"].startswith("no-store")
    assert "14 days after your request" in page and "Your certificates are revoked" in page
    assert 'type="checkbox" name="confirm"' in page


def test_without_the_tick_nothing_is_asked_and_the_page_says_why(client, teacher):
    response = client.post(url("privacy:erase"), {})
    assert response.status_code == 200
    assert "Tick the box to confirm" in response.content.decode()
    assert not ErasureRequest.objects.exists()


def test_asking_shows_the_pending_request_with_its_date_and_a_cancel_button(client, teacher):
    response = client.post(url("privacy:erase"), {"confirm": "on"}, follow=True)
    request = ErasureRequest.objects.get(person=teacher)
    page = response.content.decode()
    assert request.source == ErasureRequest.Source.PERSON and request.requested_by == teacher
    assert timezone.localtime(request.due_at).strftime("%d.%m.%Y") in page
    assert reverse("privacy:erase_cancel") in page and "Your request is pending" in page


def test_cancelling_from_the_page_keeps_everything(client, teacher):
    client.post(url("privacy:erase"), {"confirm": "on"})
    response = client.post(url("privacy:erase_cancel"), follow=True)
    assert "Your request is cancelled" in response.content.decode()
    assert ErasureRequest.objects.get(person=teacher).cancelled_at is not None
    assert 'name="confirm"' in response.content.decode()
    # Nothing to cancel any more: said, not an error.
    assert client.post(url("privacy:erase_cancel")).status_code == 302


def test_the_person_still_signs_in_and_learns_during_the_grace_period(client, teacher):
    erasure_request(person=teacher, by=teacher, source=ErasureRequest.Source.PERSON)
    assert client.get(url("courses:my_learning")).status_code == 200


def test_one_persons_request_is_not_shown_to_another(client, teacher):
    other = UserFactory()
    erasure_request(person=other, by=other, source=ErasureRequest.Source.PERSON)
    page = client.get(url("privacy:erase")).content.decode()
    assert "Your request is pending" not in page


def test_the_erased_persons_open_session_ends_at_the_next_request(client, teacher):
    assert client.get(url("account_profile")).status_code == 200
    person_erase(person=teacher, by=None, source=ErasureRequest.Source.STAFF)
    response = client.get(url("account_profile"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_verification_page_of_an_erased_holder_shows_no_name(client, django_assert_max_num_queries):
    holder = UserFactory(full_name=NAME)
    certificate = CertificateFactory(user=holder)
    person_erase(person=holder, by=None, source=ErasureRequest.Source.PERSON)
    client.get(verify_url(certificate))
    with django_assert_max_num_queries(3):
        response = client.get(verify_url(certificate))
    page = response.content.decode()
    assert NAME not in page and "The holder's name has been erased." in page
    assert "This certificate has been revoked." in page


def test_an_erased_trainer_leaves_the_trainees_certificate_valid_without_their_name(client):
    trainer = UserFactory(full_name=NAME)
    certificate = CertificateFactory(trainer=trainer, trainer_name=NAME)
    person_erase(person=trainer, by=None, source=ErasureRequest.Source.PERSON)
    page = client.get(verify_url(certificate)).content.decode()
    assert NAME not in page and certificate.holder_name in page and "This certificate is valid." in page


@override_settings(PRIVACY_KEEP_CERTIFICATE_REGISTER=True)
def test_a_register_kept_by_the_ministry_keeps_the_name_but_the_public_page_never_shows_it(client):
    holder = UserFactory(full_name=NAME)
    certificate = CertificateFactory(user=holder)
    person_erase(person=holder, by=None, source=ErasureRequest.Source.PERSON)
    assert Certificate.objects.get(pk=certificate.pk).holder_name == NAME
    assert NAME not in client.get(verify_url(certificate)).content.decode()


def test_a_request_past_its_date_not_yet_carried_out_still_shows_as_pending(client):
    person = UserFactory()
    asked = timezone.now() - timedelta(days=20)
    erasure_request(person=person, by=person, source=ErasureRequest.Source.PERSON, now=asked)
    client.force_login(person)
    page = client.get(url("privacy:erase")).content.decode()
    assert "Your request is pending" in page
