"""The daily work of certificates (see certificates/daily.py): `python manage.py certificates_daily`.

With the Procfile's worker running, the nightly upkeep does this every night (coverage/tasks.py);
the command is for a deployment without one, or for running it by hand.
"""

from django.core.management.base import BaseCommand

from certificates.daily import RENDER_LIMIT, certificates_daily


class Command(BaseCommand):
    help = "Mark expired certificates, email reminders 30 days before expiry, render new certificates' PDFs."

    def add_arguments(self, parser):
        parser.add_argument(
            "--render-limit",
            type=int,
            default=RENDER_LIMIT,
            help="Render at most this many PDFs in one run (about 0.1 s each); the rest wait for the next run.",
        )

    def handle(self, *args, **options):
        done = certificates_daily(render_limit=options["render_limit"])
        self.stdout.write(
            f"{done['expired']} certificate(s) marked expired, {done['reminded']} holder(s) reminded, "
            f"{done['rendered']} PDF(s) rendered."
        )
