"""The daily work of certificates: mark expired ones, remind holders 30 days before expiry, and
render the PDFs of new certificates so bulk downloads find them stored.

Run it once a day (cron, or the platform's scheduler): `python manage.py certificates_daily`.
Running it twice in a day changes nothing the second time.
"""

from django.core.management.base import BaseCommand

from certificates.bulk import certificates_render_missing
from certificates.services import certificates_expire, certificates_remind


class Command(BaseCommand):
    help = "Mark expired certificates, email reminders 30 days before expiry, render new certificates' PDFs."

    def add_arguments(self, parser):
        parser.add_argument(
            "--render-limit",
            type=int,
            default=20000,
            help="Render at most this many PDFs in one run (about 0.1 s each); the rest wait for the next run.",
        )

    def handle(self, *args, **options):
        expired = certificates_expire()
        reminded = certificates_remind()
        rendered = certificates_render_missing(limit=options["render_limit"])
        self.stdout.write(
            f"{expired} certificate(s) marked expired, {reminded} holder(s) reminded, {rendered} PDF(s) rendered."
        )
