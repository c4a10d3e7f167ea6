"""The figures of the month table, the expiring certificates and the region's trainers against
hand-made data sets."""

from datetime import timedelta

import pytest

from certificates.models import Certificate
from coverage.rebuild import summaries_rebuild
from coverage.selectors.region import expiry_counts
from tests.coverage.helpers import (
    certificate,
    days_ago,
    filters,
    group,
    holder,
    person,
    region,
    table,
    today,
    trainee,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(courses):
    """The figures here come from certificates, groups and scores: the courses need no lessons."""
    return courses


def test_the_month_table_counts_each_regions_certificates_in_their_month(courses):
    teachers = courses[0]
    this_month = today().replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    holder(teachers, issued_on=this_month)
    holder(teachers, issued_on=this_month)
    holder(teachers, issued_on=last_month)
    holder(teachers, "KZ-71", issued_on=last_month)
    summaries_rebuild()
    months = table("months", teachers)
    rows = {row["code"]: row for row in months.rows}
    assert (rows["KZ-35"][this_month.isoformat()], rows["KZ-35"][last_month.isoformat()]) == (2, 1)
    assert (rows["KZ-71"][last_month.isoformat()], rows["KZ-71"]["total"]) == (1, 1)
    assert months.footer["total"] == 4
    assert rows["KZ-10"]["total"] == 0


def test_the_expiring_list_holds_the_last_and_next_90_days_soonest_first_without_renewed_or_revoked(courses):
    teachers = courses[0]
    soon = holder(teachers, full_name="Soon", issued_on=days_ago(700), expires_on=today() + timedelta(days=10))
    holder(teachers, full_name="Lapsed", issued_on=days_ago(760), expires_on=days_ago(30))
    holder(teachers, full_name="Far off", issued_on=days_ago(10))
    holder(teachers, full_name="Long gone", issued_on=days_ago(900), expires_on=days_ago(120))
    renewed_holder = person(full_name="Renewed")
    old = certificate(teachers, renewed_holder, issued_on=days_ago(700), expires_on=today() + timedelta(days=20))
    certificate(teachers, renewed_holder, number=2, renews=old, issued_on=days_ago(3))
    # Renewed by a certificate revoked since: this one is still the holder's, and expiring.
    unlucky = person(full_name="Renewal revoked")
    kept = certificate(teachers, unlucky, issued_on=days_ago(700), expires_on=today() + timedelta(days=15))
    certificate(
        teachers,
        unlucky,
        number=2,
        renews=kept,
        issued_on=days_ago(3),
        status=Certificate.Status.REVOKED,
        revoked_reason="Issued in error",
        revoked_at=kept.created_at,
    )
    holder(
        teachers,
        full_name="Revoked",
        issued_on=days_ago(700),
        expires_on=today() + timedelta(days=5),
        status=Certificate.Status.REVOKED,
        revoked_reason="Issued in error",
        revoked_at=soon.created_at,
    )
    summaries_rebuild()
    listed = table("expiring", teachers, region="KZ-35")
    assert [(row["name"], row["status"]) for row in listed.rows] == [
        ("Lapsed", "Expired"),
        ("Soon", "Valid"),
        ("Renewal revoked", "Valid"),
    ]
    # The counts above the list count the same certificates.
    assert expiry_counts(filters(teachers), region("KZ-35")) == {"expired": 1, "expiring": 2}


def test_the_holders_list_names_a_renewed_holder_once(courses):
    teachers = courses[0]
    renewed_holder = person(full_name="Renewed")
    old = certificate(teachers, renewed_holder, issued_on=days_ago(700), expires_on=today() + timedelta(days=20))
    certificate(teachers, renewed_holder, number=2, renews=old, issued_on=days_ago(3))
    waiting = person(full_name="Renewal under way")  # renewing, the new one not issued yet: the old one counts
    certificate(teachers, waiting, issued_on=days_ago(700), expires_on=today() + timedelta(days=20))
    holder(teachers, full_name="Expired", issued_on=days_ago(760), expires_on=days_ago(30))
    summaries_rebuild()
    names = [row["name"] for row in table("holders", teachers).rows]
    assert names == ["Renewal under way", "Renewed"]
    assert table("regions", teachers).footer["valid"] == len(names)


def test_the_region_lists_its_trainers_by_trainees_with_their_mean_final_score(courses, master):
    teachers = courses[0]
    cohort = group(master, teachers)
    for score in (60.0, 80.0):
        trainee(cohort, final=score)
    summaries_rebuild()
    rows = table("trainers", teachers, region="KZ-35").rows
    assert [(row["name"], row["groups"], row["trainees"], row["final_mean"]) for row in rows] == [
        (master.full_name, 1, 2, 70.0)
    ]
