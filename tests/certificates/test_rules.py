"""The certificate rules in one place (certificates/models.py): "valid on a day", "not revoked",
"due to expire", and the places that cannot call them and must agree with them."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from cascade.lineage import downstream
from certificates.models import Certificate, not_revoked, status_on, valid_on
from coverage.facts import CertificateRow, fact_values
from lms.models import User
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = date(2027, 3, 10)


@pytest.fixture
def edges():
    """One certificate on each edge of "valid", by name."""
    made = {
        "expires today": CertificateFactory(expires_on=TODAY),
        "expires tomorrow": CertificateFactory(expires_on=TODAY + timedelta(days=1)),
        "expired yesterday": CertificateFactory(expires_on=TODAY - timedelta(days=1)),
        "marked expired": CertificateFactory(expires_on=TODAY - timedelta(days=3), status=Certificate.Status.EXPIRED),
        "revoked": CertificateFactory(
            expires_on=TODAY + timedelta(days=300),
            status=Certificate.Status.REVOKED,
            revoked_reason="Issued in error",
            revoked_at=timezone.now(),
        ),
    }
    return made


def names(queryset, edges):
    found = set(queryset.values_list("pk", flat=True))
    return {name for name, certificate in edges.items() if certificate.pk in found}


def test_valid_keeps_a_certificate_through_its_expiry_day_and_never_a_revoked_one(edges):
    assert names(Certificate.objects.valid(TODAY), edges) == {"expires today", "expires tomorrow"}
    assert names(Certificate.objects.valid(TODAY + timedelta(days=1)), edges) == {"expires tomorrow"}


def test_valid_without_a_day_means_today(edges, time_machine):
    time_machine.move_to(TODAY)
    assert names(Certificate.objects.valid(), edges) == {"expires today", "expires tomorrow"}


def test_not_revoked_keeps_expired_certificates(edges):
    assert names(Certificate.objects.not_revoked(), edges) == set(edges) - {"revoked"}


def test_due_to_expire_is_what_the_daily_task_has_still_to_mark(edges):
    assert names(Certificate.objects.due_to_expire(TODAY), edges) == {"expired yesterday"}


def test_the_conditions_across_a_relation_are_the_same_rules(edges):
    holders = User.objects.filter(certificates__isnull=False)
    valid_holders = set(holders.filter(valid_on(TODAY, through="certificates__")).values_list("pk", flat=True))
    kept_holders = set(holders.filter(not_revoked(through="certificates__")).values_list("pk", flat=True))
    assert valid_holders == {edges[name].user_id for name in ("expires today", "expires tomorrow")}
    assert kept_holders == {certificate.user_id for name, certificate in edges.items() if name != "revoked"}


def test_the_status_of_a_row_on_a_day_agrees_with_valid(edges):
    valid = {name for name, certificate in edges.items() if certificate.status_on(TODAY) == Certificate.Status.VALID}
    assert valid == names(Certificate.objects.valid(TODAY), edges)
    assert status_on("valid", TODAY - timedelta(days=1), TODAY) == Certificate.Status.EXPIRED
    assert status_on("revoked", TODAY + timedelta(days=9), TODAY) == Certificate.Status.REVOKED


def test_the_coverage_fact_counts_valid_as_the_queryset_does(edges):
    for name, certificate in edges.items():
        row = CertificateRow(
            number=1,
            status=certificate.status,
            issued_on=certificate.issued_on,
            expires_on=certificate.expires_on,
            region_id=certificate.region_id,
            generation=None,
            trainer_id=None,
        )
        fact = fact_values(
            enrollment=None,
            district_id=None,
            certificates=[row],
            results={},
            membership=None,
            master_of=lambda trainer_id: 0,
            today=TODAY,
        )
        assert fact["valid"] == (name in {"expires today", "expires tomorrow"}), name


def test_the_lineage_tree_counts_certified_as_valid_does(edges):
    """The recursive query of cascade/lineage.py writes "valid" in SQL: it must agree."""
    trainer = UserFactory()
    for certificate in edges.values():
        Certificate.objects.filter(pk=certificate.pk).update(trainer=trainer)
    certified = {row.user_id for row in downstream(trainer.pk, today=TODAY) if row.certified}
    assert certified == {certificate.user_id for certificate in Certificate.objects.valid(TODAY)}
    assert certified == {edges["expires today"].user_id, edges["expires tomorrow"].user_id}
