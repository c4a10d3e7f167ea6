"""Retention removes exactly what is due: never-confirmed signups, old access records and old
finished task results, one just past and one just inside each period; staff and people holding
records are never deleted as never-confirmed; a dry run removes nothing and counts the same."""

import uuid
from datetime import date

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from courses.models import Enrollment
from lms import roles
from lms.audit import AccessRecord
from lms.models import User
from privacy.models import Consent, PrivacyNotice
from privacy.retention import retention_apply
from tests.factories import CertificateFactory, UserFactory
from tests.privacy.retention_helpers import MINUTE, NOW, access_record, days, task_result, unconfirmed

pytestmark = pytest.mark.django_db


def notice():
    return PrivacyNotice.objects.create(
        version=1,
        **{f"{field}_{language}": "x" for field in ("title", "body") for language in ("kk", "ru", "en")},
        effective_from=date(2027, 1, 1),
        published_at=timezone.now(),
    )


def test_never_confirmed_signups_go_after_the_period_with_their_address_and_consent():
    period = days("unconfirmed_signup_days")
    gone = unconfirmed(joined=NOW - period - MINUTE, email="gone@example.org")
    EmailAddress.objects.create(user=gone, email=gone.email, verified=False, primary=True)
    Consent.objects.create(person=gone, notice=notice(), purposes=["training"], language="kk", method="signup")
    waiting = unconfirmed(joined=NOW - period + MINUTE)
    confirmed = UserFactory(date_joined=NOW - period * 10)

    done = retention_apply(now=NOW)

    assert done["unconfirmed_signups"] == 1
    assert not User.objects.filter(email="gone@example.org").exists()
    assert not EmailAddress.objects.filter(email="gone@example.org").exists()
    assert not Consent.objects.exists()
    assert set(User.objects.values_list("pk", flat=True)) == {waiting.pk, confirmed.pk}


def test_staff_and_people_holding_records_are_never_deleted_as_never_confirmed():
    long_ago = NOW - days("unconfirmed_signup_days") * 5
    kept = [
        unconfirmed(joined=long_ago, is_staff=True),
        unconfirmed(joined=long_ago, is_superuser=True),
        unconfirmed(joined=long_ago, roles=[roles.REGIONAL_COORDINATORS], second_factor=False),
        unconfirmed(joined=long_ago, roles=[roles.MINISTRY_ANALYSTS], second_factor=False),
        CertificateFactory(user=unconfirmed(joined=long_ago)).user,  # a record that must stay
        Enrollment.objects.create(user=unconfirmed(joined=long_ago), course_key=uuid.uuid4()).user,  # would cascade
        unconfirmed(joined=long_ago, last_login=long_ago),  # signed in once: not a mere signup
    ]
    gone = unconfirmed(joined=long_ago, roles=[roles.LEARNERS])

    done = retention_apply(now=NOW)

    assert done["unconfirmed_signups"] == 1
    assert not User.objects.filter(pk=gone.pk).exists()
    assert User.objects.filter(pk__in=[person.pk for person in kept]).count() == len(kept)


def test_access_records_go_after_the_audit_period_and_only_in_bulk():
    period = days("audit_days")
    person = UserFactory()
    old = access_record(at=NOW - period - MINUTE, subject=person)
    recent = access_record(at=NOW - period + MINUTE, subject=person)

    done = retention_apply(now=NOW)

    assert done["access_records"] == 1
    assert list(AccessRecord.objects.values_list("pk", flat=True)) == [recent.pk]
    assert old.pk not in AccessRecord.objects.values_list("pk", flat=True)
    with pytest.raises(ValueError, match="retention"):
        AccessRecord.objects.all().delete()
    with pytest.raises(ValueError, match="one by one"):
        recent.delete()


def test_finished_task_results_go_after_their_period_never_waiting_or_running_ones():
    period = days("task_result_days")
    old_success = task_result(finished_at=NOW - period - MINUTE)
    old_failure = task_result(finished_at=NOW - period - MINUTE, status="FAILED")
    recent = task_result(finished_at=NOW - period + MINUTE)
    waiting = task_result(finished_at=NOW - period * 3, status="READY")
    running = task_result(finished_at=NOW - period * 3, status="RUNNING")

    done = retention_apply(now=NOW)

    assert done["task_results"] == 2
    left = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert left == {recent.pk, waiting.pk, running.pk}
    assert not left & {old_success.pk, old_failure.pk}


def test_a_dry_run_removes_nothing_and_counts_what_the_run_then_removes():
    unconfirmed(joined=NOW - days("unconfirmed_signup_days") * 2)
    unconfirmed(joined=NOW - days("unconfirmed_signup_days") * 3)
    access_record(at=NOW - days("audit_days") * 2)
    task_result(finished_at=NOW - days("task_result_days") * 2)
    UserFactory(last_login=NOW - days("inactive_account_days") * 2)  # to be warned
    UserFactory(is_staff=True, last_login=NOW - days("inactive_account_days") * 2)
    before = (User.objects.count(), AccessRecord.objects.count(), DBTaskResult.objects.count())

    dry = retention_apply(now=NOW, dry_run=True)

    assert (User.objects.count(), AccessRecord.objects.count(), DBTaskResult.objects.count()) == before
    assert not User.objects.filter(inactivity_warnings__isnull=False).exists()
    assert dry.pop("dry_run") is True
    real = retention_apply(now=NOW)
    assert real.pop("dry_run") is False
    assert dry == real
    assert real == {
        **real,
        "unconfirmed_signups": 2,
        "access_records": 1,
        "task_results": 1,
        "inactive_warned": 1,
        "staff_inactive": 1,
        "inactive_erased": 0,
    }
