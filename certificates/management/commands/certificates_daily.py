"""The daily work of certificates: mark expired ones, remind holders 30 days before expiry.

Run it once a day (cron, or the platform's scheduler): `python manage.py certificates_daily`.
Running it twice in a day changes nothing the second time.
"""

from django.core.management.base import BaseCommand

from certificates.services import certificates_expire, certificates_remind


class Command(BaseCommand):
    help = "Mark expired certificates and email reminders 30 days before expiry."

    def handle(self, *args, **options):
        expired = certificates_expire()
        reminded = certificates_remind()
        self.stdout.write(f"{expired} certificate(s) marked expired, {reminded} holder(s) reminded.")
