"""Rows of each kind retention removes, made as they would be after some time."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django_tasks_db.models import DBTaskResult

from lms.audit import AccessRecord
from tests.factories import UserFactory

ALMATY = ZoneInfo("Asia/Almaty")
NOW = datetime(2027, 6, 15, 2, 30, tzinfo=ALMATY)  # a night's run
MINUTE = timedelta(minutes=1)


def days(kind):
    return timedelta(days=settings.PRIVACY_RETENTION[kind])


def unconfirmed(*, joined, **fields):
    """Someone who signed up at `joined` and never confirmed their address."""
    return UserFactory(verified=False, date_joined=joined, **fields)


def access_record(*, at, subject=None):
    record = AccessRecord.objects.create(
        actor_label="coordinator@example.org", action="view", what="Trainee record", subject=subject, path="/x/"
    )
    AccessRecord.objects.filter(pk=record.pk).update(at=at)  # `at` is set on create; moved back here
    return record


def task_result(*, finished_at, status="SUCCESSFUL"):
    return DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [], "kwargs": {"user_id": 1}},
        task_path="certificates.tasks.certificate_issued_email",
        backend_name="default",
        run_after=finished_at - MINUTE,
        started_at=None if status in ("READY",) else finished_at - MINUTE,
        finished_at=finished_at if status in ("SUCCESSFUL", "FAILED") else None,
    )
