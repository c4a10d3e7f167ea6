"""The coverage app's background work: the night's upkeep, and the follow-ups of a trainer's
subtree.

The night's upkeep: the certificates' daily work (expiry, reminders, PDFs), then every coverage
summary recomputed from the raw rows, which settles what no service saw (a certificate past its
date, a district deleted from under its people).

It is booked with django-tasks' database backend, so a deployment running the Procfile's
`worker` needs no cron: `python manage.py schedule_nightly` (run at release) books the first
night, and every night's run books the next. Booking twice books once.
"""

from datetime import time, timedelta

from django.utils import timezone
from django_tasks import TaskResultStatus, task

from lms import hooks as lms_hooks

NIGHTLY_AT = time(2, 30)  # local time (Asia/Almaty): after the day's training, long before the next


def next_night(now=None):
    """The next NIGHTLY_AT, local time, after `now`."""
    now = timezone.localtime(now)
    run = now.replace(hour=NIGHTLY_AT.hour, minute=NIGHTLY_AT.minute, second=0, microsecond=0)
    return run if run > now else run + timedelta(days=1)


def nightly_booked():
    """When the next upkeep is booked (a waiting task in the database backend), or None."""
    from django_tasks_db.models import DBTaskResult

    return (
        DBTaskResult.objects.filter(task_path=nightly_upkeep.module_path, status=TaskResultStatus.READY)
        .order_by("run_after")
        .values_list("run_after", flat=True)
        .first()
    )


def nightly_schedule(*, now=None):
    """Book the next night's upkeep unless one is booked already; returns when it runs. Raises
    django_tasks' InvalidTaskError where the task backend cannot run tasks later."""
    booked = nightly_booked()
    if booked is not None:
        return booked
    run = next_night(now)
    nightly_upkeep.using(run_after=run).enqueue()
    return run


@task()
def nightly_upkeep():
    from certificates.daily import certificates_daily
    from coverage.rebuild import summaries_rebuild

    # The next night first: a night that fails (a mail server down, a PDF that will not render)
    # is retried the night after instead of ending the chain until the next release.
    done = {"next": nightly_schedule().isoformat()}
    done.update(certificates_daily())
    done["facts"] = summaries_rebuild()
    # The apps below coverage (privacy: due erasures, retention) through lms.hooks.NIGHTLY_UPKEEP.
    done.update(lms_hooks.nightly_upkeep())
    return done


@task()
def trainees_follow(*, follow, token):
    """Trainers' master trainers changed: their trainees' facts follow, in short transactions
    of their own, and the next generation is queued in turn (coverage.services.trainees_follow,
    queued by coverage.services.follow_up_queue)."""
    from coverage import services

    return services.trainees_follow(follow=follow, token=token)
