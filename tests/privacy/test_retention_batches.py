"""Retention's cost grows with its batches, not its rows: the same queries for 3 rows due of each
kind as for 30, and more rows than a batch go in several transactions, every one of them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

import privacy.retention
from lms.audit import AccessRecord
from lms.models import User
from privacy.models import InactivityWarning
from privacy.retention import retention_apply
from tests.factories import UserFactory
from tests.privacy.retention_helpers import NOW, access_record, days, task_result, unconfirmed

pytestmark = pytest.mark.django_db


def due_rows(number):
    """`number` rows due of each kind that goes in batches (erasures go one person at a time)."""
    for _ in range(number):
        unconfirmed(joined=NOW - days("unconfirmed_signup_days") * 2)
        UserFactory(last_login=NOW - days("inactive_account_days") * 2)
        access_record(at=NOW - days("audit_days") * 2)
        task_result(finished_at=NOW - days("task_result_days") * 2)


def counts(done):
    return tuple(done[kind] for kind in ("unconfirmed_signups", "inactive_warned", "access_records", "task_results"))


def queries_of_a_run():
    with CaptureQueriesContext(connection) as queries:
        done = retention_apply(now=NOW)
    return len(queries), done


def test_thirty_rows_due_cost_the_queries_of_three():
    retention_apply(now=NOW)  # what is read once per process (content types) is read
    due_rows(3)
    three, done = queries_of_a_run()
    assert counts(done) == (3,) * 4
    due_rows(30)
    thirty, done = queries_of_a_run()
    assert counts(done) == (30,) * 4
    assert thirty == three, (three, thirty)
    assert InactivityWarning.objects.count() == 33


def test_a_dry_run_is_one_query_a_kind_whatever_is_due():
    due_rows(3)
    with CaptureQueriesContext(connection) as three:
        retention_apply(now=NOW, dry_run=True)
    due_rows(30)
    with CaptureQueriesContext(connection) as thirty:
        done = retention_apply(now=NOW, dry_run=True)
    assert done["access_records"] == 33
    assert len(thirty) == len(three) == 7  # one count for each kind, the change log included


def test_more_rows_than_a_batch_go_in_several_transactions(monkeypatch):
    monkeypatch.setattr(privacy.retention, "BATCH", 10)
    due_rows(25)

    with CaptureQueriesContext(connection) as queries:
        done = retention_apply(now=NOW)

    assert counts(done) == (25,) * 4
    assert not AccessRecord.objects.exists() and not DBTaskResult.objects.exists()
    assert User.objects.count() == 25  # the inactive ones, warned
    deletes = [query["sql"] for query in queries if query["sql"].startswith('DELETE FROM "lms_accessrecord"')]
    assert len(deletes) == 3  # 10, 10, 5
