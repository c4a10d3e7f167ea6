"""Retention runs in the nightly upkeep, after the erasures that are due, and the task's result
reports what went; the command says it in words, and with --dry-run changes nothing."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from coverage.tasks import nightly_upkeep
from lms.audit import AccessRecord
from lms.erased import is_erased
from lms.models import User
from privacy.models import ErasureRequest
from tests.factories import UserFactory
from tests.privacy.retention_helpers import access_record, days, task_result, unconfirmed

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker_backend(settings):
    """The database backend production uses, instead of the tests' immediate one."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_the_nightly_upkeep_carries_out_due_erasures_and_reports_retention(worker_backend):
    now = timezone.now()
    asked = UserFactory()
    ErasureRequest.objects.create(
        person=asked, source=ErasureRequest.Source.PERSON, requested_at=now - timedelta(days=15), due_at=now
    )
    access_record(at=now - days("audit_days") - timedelta(days=1))
    access_record(at=now - days("audit_days") + timedelta(days=1))
    unconfirmed(joined=now - days("unconfirmed_signup_days") - timedelta(days=1))

    done = nightly_upkeep.call()

    assert done["erasures"] == 1
    asked.refresh_from_db()
    assert is_erased(asked)
    retention = done["retention"]
    assert (retention["access_records"], retention["unconfirmed_signups"], retention["dry_run"]) == (1, 1, False)
    assert AccessRecord.objects.count() == 1


def test_the_command_says_what_is_due_and_a_dry_run_removes_nothing():
    now = timezone.now()
    access_record(at=now - days("audit_days") - timedelta(days=1))
    access_record(at=now - days("audit_days") - timedelta(days=2))
    unconfirmed(joined=now - days("unconfirmed_signup_days") - timedelta(days=1))
    task_result(finished_at=now - days("task_result_days") - timedelta(days=1))
    UserFactory(is_staff=True, last_login=now - days("inactive_account_days") - timedelta(days=1))
    asked = UserFactory()
    ErasureRequest.objects.create(person=asked, source=ErasureRequest.Source.PERSON, due_at=now - timedelta(hours=1))

    out = StringIO()
    call_command("privacy_retention", "--dry-run", stdout=out)

    said = out.getvalue()
    assert "Access records older than 1825 days, would be deleted: 2" in said
    assert "Never-confirmed signups older than 7 days, would be deleted: 1" in said
    assert "Finished background task results older than 30 days, would be deleted: 1" in said
    assert "Staff accounts inactive for more than 1095 days, kept" in said and said.count(": 1") >= 3
    assert "Erasure requests whose grace period is over, would be carried out: 1" in said
    assert "Dry run: nothing was changed." in said
    assert (AccessRecord.objects.count(), User.objects.count()) == (2, 3)
    assert not is_erased(User.objects.get(pk=asked.pk))

    out = StringIO()
    call_command("privacy_retention", stdout=out)

    said = out.getvalue()
    assert "Access records older than 1825 days, deleted: 2" in said
    assert "Never-confirmed signups older than 7 days, deleted: 1" in said
    assert "Erasure requests whose grace period is over, carried out: 1" in said
    assert "Dry run" not in said
    assert (AccessRecord.objects.count(), User.objects.count()) == (0, 2)
    assert is_erased(User.objects.get(pk=asked.pk))
