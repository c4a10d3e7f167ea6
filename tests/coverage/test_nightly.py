"""The nightly upkeep: booked once with the task worker, it expires certificates past their date,
recomputes the summaries, and books the next night."""

from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from django_tasks_db.models import DBTaskResult

from certificates.models import Certificate
from coverage.models import LearnerFact
from coverage.rebuild import summaries_rebuild
from coverage.tasks import next_night, nightly_upkeep
from lms.models import User
from tests.coverage.helpers import days_ago, holder, today
from tests.factories import DistrictFactory

pytestmark = pytest.mark.django_db

ALMATY = ZoneInfo("Asia/Almaty")


@pytest.fixture
def worker_backend(settings):
    """The database backend production uses, instead of the tests' immediate one."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def booked():
    return DBTaskResult.objects.filter(task_path=nightly_upkeep.module_path, status="READY")


def test_the_upkeep_runs_at_half_past_two_at_night_local_time():
    assert next_night(datetime(2026, 12, 1, 1, 0, tzinfo=ALMATY)) == datetime(2026, 12, 1, 2, 30, tzinfo=ALMATY)
    assert next_night(datetime(2026, 12, 1, 2, 30, tzinfo=ALMATY)) == datetime(2026, 12, 2, 2, 30, tzinfo=ALMATY)
    assert next_night(datetime(2026, 12, 1, 15, 0, tzinfo=ALMATY)) == datetime(2026, 12, 2, 2, 30, tzinfo=ALMATY)


def test_booking_the_upkeep_at_every_release_books_one_night(worker_backend):
    out = StringIO()
    call_command("schedule_nightly", stdout=out)
    call_command("schedule_nightly", stdout=out)
    assert booked().count() == 1
    run = booked().get().run_after
    assert timezone_local(run).strftime("%H:%M") == "02:30"
    assert timedelta(0) < run - datetime.now(tz=ALMATY) <= timedelta(days=1)
    assert out.getvalue().count("The nightly upkeep runs next at") == 2


def timezone_local(moment):
    return moment.astimezone(ALMATY)


def test_a_backend_that_cannot_wait_is_told_to_use_cron():
    with pytest.raises(CommandError, match="cron"):
        call_command("schedule_nightly", stdout=StringIO())


def test_a_night_expires_what_passed_its_date_recounts_the_holders_and_books_the_next_night(worker_backend, courses):
    teachers = courses[0]
    lapsed = holder(teachers, issued_on=days_ago(800), expires_on=days_ago(1))
    kept = holder(teachers, issued_on=days_ago(10))
    Certificate.objects.filter(pk=lapsed.pk).update(status=Certificate.Status.VALID)
    summaries_rebuild(today=days_ago(2))  # the summaries as they stood two days ago: both valid
    moved_to = DistrictFactory(region=kept.user.region)
    User.objects.filter(pk=kept.user_id).update(district=moved_to)  # a profile edit no service counts
    assert LearnerFact.objects.filter(course_key=teachers.translation_key, valid=True).count() == 2
    done = nightly_upkeep.call()
    assert done["expired"] == 1
    lapsed.refresh_from_db()
    assert lapsed.status == Certificate.Status.EXPIRED
    valid = LearnerFact.objects.filter(course_key=teachers.translation_key, valid=True)
    assert list(valid.values_list("user_id", "district_key")) == [(kept.user_id, moved_to.pk)]
    assert booked().count() == 1
    assert today() <= timezone_local(booked().get().run_after).date() <= today() + timedelta(days=1)


def test_a_night_that_fails_still_books_the_next(worker_backend, monkeypatch):
    import certificates.daily

    def broken():
        raise ConnectionError("the mail server is down")

    monkeypatch.setattr(certificates.daily, "certificates_daily", broken)
    with pytest.raises(ConnectionError):
        nightly_upkeep.call()
    assert booked().count() == 1
