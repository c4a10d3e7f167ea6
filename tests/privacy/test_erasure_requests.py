"""The person's request waits out the grace period and may be cancelled; staff erase at once; the
nightly run carries out what is due; a second erasure changes nothing."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from lms.models import User
from privacy.models import Consent, ErasureRequest
from privacy.services import (
    ErasureClosed,
    erasure_cancel,
    erasure_request,
    erasures_carry_out_due,
    person_erase,
)
from tests.factories import CertificateFactory, UserFactory
from tests.privacy.erasure_world import published_notice

pytestmark = pytest.mark.django_db
PERSON = ErasureRequest.Source.PERSON


@pytest.fixture
def person():
    person = UserFactory(full_name="Айжан Кетушіқызы", email="aizhan.ketushi@example.org", language="ru")
    Consent.objects.create(person=person, notice=published_notice(), language="kk", method=Consent.Method.SIGNUP)
    return person


def test_the_persons_request_is_due_after_the_grace_period_and_erases_nothing_yet(person, settings):
    settings.PRIVACY_ERASURE_GRACE_DAYS = 14
    now = timezone.now()
    request = erasure_request(person=person, by=person, source=PERSON, now=now)
    assert request.due_at == now + timedelta(days=14)
    person.refresh_from_db()
    assert (person.email, person.is_active) == ("aizhan.ketushi@example.org", True)


def test_the_request_withdraws_consent_and_cancelling_gives_it_again(person):
    request = erasure_request(person=person, by=person, source=PERSON)
    latest = Consent.objects.filter(person=person).first()
    assert (latest.action, latest.method) == (Consent.Action.WITHDRAWN, Consent.Method.MY_DATA)
    erasure_cancel(request=request, by=person)
    latest = Consent.objects.filter(person=person).first()
    assert (latest.action, latest.method) == (Consent.Action.GIVEN, Consent.Method.MY_DATA)
    assert Consent.objects.filter(person=person).count() == 3


def test_the_request_is_confirmed_by_email_in_the_persons_language(person, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        erasure_request(person=person, by=person, source=PERSON)
    assert [message.to for message in mail.outbox] == [["aizhan.ketushi@example.org"]]
    assert "/ru/accounts/my-data/erase/" in mail.outbox[0].body


def test_a_second_request_returns_the_open_one(person):
    first = erasure_request(person=person, by=person, source=PERSON)
    assert erasure_request(person=person, by=person, source=PERSON) == first
    assert ErasureRequest.objects.count() == 1


def test_the_database_allows_one_open_request_per_person(person):
    erasure_request(person=person, by=person, source=PERSON)
    with pytest.raises(IntegrityError):
        ErasureRequest.objects.create(person=person, source=PERSON, due_at=timezone.now())


def test_a_cancelled_request_is_never_carried_out(person):
    request = erasure_request(person=person, by=person, source=PERSON)
    erasure_cancel(request=request, by=person)
    assert erasures_carry_out_due(now=timezone.now() + timedelta(days=30)) == 0
    person.refresh_from_db()
    assert person.is_active and person.email == "aizhan.ketushi@example.org"


def test_a_request_carried_out_or_cancelled_cannot_be_cancelled(person):
    request = erasure_request(person=person, by=person, source=PERSON)
    erasure_cancel(request=request, by=person)
    with pytest.raises(ErasureClosed):
        erasure_cancel(request=request, by=person)


def test_the_nightly_run_erases_those_due_and_leaves_the_others(person, django_capture_on_commit_callbacks):
    waiting = UserFactory()
    now = timezone.now()
    erasure_request(person=person, by=person, source=PERSON, now=now - timedelta(days=15))
    erasure_request(person=waiting, by=waiting, source=PERSON, now=now - timedelta(days=3))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert erasures_carry_out_due(now=now) == 1
    person.refresh_from_db()
    waiting.refresh_from_db()
    assert not person.is_active and waiting.is_active
    done = ErasureRequest.objects.get(person=person)
    assert done.done_at == now and done.report["email_addresses"] == 1
    # The last message went to the address as it was, just before it was erased.
    assert [message.to for message in mail.outbox] == [["aizhan.ketushi@example.org"]]
    assert erasures_carry_out_due(now=now + timedelta(days=1)) == 0


def test_staff_erase_at_once(person):
    staff = UserFactory(is_superuser=True)
    request = erasure_request(person=person, by=staff, source=ErasureRequest.Source.STAFF, at_once=True)
    assert request.done_at is not None and request.requested_by == staff
    assert not User.objects.get(pk=person.pk).is_active


def test_a_second_erasure_changes_nothing(person):
    CertificateFactory(user=person)
    first = person_erase(person=person, by=None, source=ErasureRequest.Source.STAFF)
    assert first["certificates_revoked"] == 1
    row = User.objects.filter(pk=person.pk).values().get()
    assert person_erase(person=person, by=None, source=ErasureRequest.Source.STAFF) == {}
    assert User.objects.filter(pk=person.pk).values().get() == row
    assert ErasureRequest.objects.filter(person=person).count() == 1
    # Asking again for an erased person gives the request that erased them.
    assert erasure_request(person=person, by=person, source=PERSON).done_at is not None
