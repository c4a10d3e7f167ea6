"""Running the background queue inside a test, as the Procfile's worker would."""

import signal
from io import StringIO

from django.core.management import call_command
from django_tasks_db.models import DBTaskResult


def run_queued_tasks(monkeypatch):
    """Run every queued task as the Procfile's worker does, in this process, until none is left
    (`db_worker --batch`); returns how many ran. The worker's check for stale connections is left
    out (inside the test's transaction it would break it on PostgreSQL), and the signal handlers
    it installs are put back afterwards."""
    import django_tasks_db.management.commands.db_worker as db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    done_before = DBTaskResult.objects.exclude(status="READY").count()
    try:
        call_command("db_worker", batch=True, interval=0, startup_delay=False, reload=False, stdout=StringIO())
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
    assert not DBTaskResult.objects.filter(status="FAILED").exists(), list(
        DBTaskResult.objects.filter(status="FAILED").values_list("exception_class_path", "traceback")
    )
    return DBTaskResult.objects.exclude(status="READY").count() - done_before
