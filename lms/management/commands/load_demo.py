import logging
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lms.demo.accounts import ACCOUNTS, DEMO_PASSWORD, demo_accounts_load
from lms.demo.search import demo_pages_index
from lms.hooks import demo_loaders
from lms.models import District
from lms.services import districts_import

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


class Command(BaseCommand):
    help = "Load the demo data of a development machine. Safe to run again: it duplicates nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo accounts even though DEBUG is off (for a staging site).",
        )

    def handle(self, *args, allow_production=False, **options):
        # Publishing dozens of demo pages would otherwise log a line for each page and task.
        for name in ("wagtail", "django_tasks"):
            logging.getLogger(name).setLevel(logging.WARNING)
        if not settings.DEBUG and not allow_production:
            raise CommandError("Demo accounts are for development only; pass --allow-production to load them anyway.")
        if not District.objects.exists():
            with (DEMO_DIR / "districts.csv").open("rb") as handle:
                districts_import(file=handle)
        created = demo_accounts_load()
        self.stdout.write(f"Demo accounts: {len(created)} new.")
        for name, loader in demo_loaders():
            self.stdout.write(f"Demo {name}: {loader()}")
        # Now, not when a worker gets to the queued index tasks: authors search for pages at once.
        self.stdout.write(f"Search index: {demo_pages_index()} pages.")
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
        self.stdout.write("")
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD})")
        for email, _name, _region, role_names, superuser, _language in ACCOUNTS:
            what = "superuser" if superuser else ", ".join(role_names)
            self.stdout.write(f"  {email:<24} {what}")
        self.stdout.write("")
