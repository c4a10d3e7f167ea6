"""Unique random codes (lms/codes.py): a clash is drawn again, the same row made meanwhile is
returned, and a clash on every attempt is an error that leaves the caller's transaction usable."""

import itertools

import pytest
from django.db import IntegrityError, transaction

import cascade.services
import certificates.services
from cascade.models import Cohort
from certificates.models import Certificate
from lms.codes import CODE_ATTEMPTS, create_with_unique_codes
from tests.cascade.helpers import open_cohort
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_join_code_drawn_twice_is_drawn_again(monkeypatch, master, courses):
    taken = open_cohort(master, courses[0]).join_code
    drawn = iter([taken, taken, "QRTUVW"])
    monkeypatch.setattr(cascade.services, "new_join_code", lambda: next(drawn))
    assert open_cohort(master, courses[0]).join_code == "QRTUVW"
    assert Cohort.objects.count() == 2


def test_a_short_code_drawn_twice_is_drawn_again(monkeypatch, master, courses):
    taken = CertificateFactory().short_code
    drawn = iter([taken, "KZ-QRTU-VWXY"])
    monkeypatch.setattr(certificates.services, "new_short_code", lambda: next(drawn))
    learner = UserFactory()
    certificate = certificates.services.certificate_record_prior(
        user=learner, course_key=courses[0].translation_key, lineage=None, language="kk"
    )
    assert certificate.short_code == "KZ-QRTU-VWXY"


def test_the_same_row_made_meanwhile_is_returned_and_nothing_is_drawn_again():
    made = CertificateFactory()
    attempts = []

    def create():
        attempts.append(1)
        raise IntegrityError("certificate_once_per_completion")

    assert create_with_unique_codes(create, existing=lambda: made) == (made, False)
    assert len(attempts) == 1


def test_a_clash_on_every_attempt_raises_and_the_transaction_goes_on(monkeypatch, master, courses):
    taken = open_cohort(master, courses[0]).join_code
    calls = itertools.count(1)
    monkeypatch.setattr(cascade.services, "new_join_code", lambda: next(calls) and taken)
    with transaction.atomic():
        with pytest.raises(IntegrityError):
            open_cohort(master, courses[0])
        assert next(calls) == CODE_ATTEMPTS + 1  # five inserts were tried, no more
        assert Certificate.objects.filter(user=master).exists()  # the transaction still answers
