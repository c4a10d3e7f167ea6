"""Book the nightly upkeep (coverage/tasks.py) with the task worker; run at every release.

Booking twice books once. Where the task backend cannot run tasks later (the immediate backend),
it says so: run `certificates_daily` and `coverage_rebuild` from cron instead.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django_tasks.exceptions import InvalidTaskError

from coverage.tasks import nightly_schedule


class Command(BaseCommand):
    help = "Book the nightly upkeep (certificate expiry, reminders and PDFs, then the coverage summaries)."

    def handle(self, *args, **options):
        try:
            run = nightly_schedule()
        except InvalidTaskError as error:
            raise CommandError(
                f"The task backend cannot run tasks later ({error}). Use the database backend with a worker, "
                "or run certificates_daily and coverage_rebuild from cron every night."
            ) from error
        self.stdout.write(f"The nightly upkeep runs next at {timezone.localtime(run):%Y-%m-%d %H:%M %Z}.")
