from django.core.management.base import BaseCommand

from privacy.consent import notice_first_version


class Command(BaseCommand):
    help = (
        "Publish version 1 of the privacy notice (kk, ru, en), in force from today, on a fresh "
        "installation. Does nothing when a version exists already: safe to run again."
    )

    def handle(self, *args, **options):
        notice, created = notice_first_version()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Privacy notice version {notice.version} published."))
        else:
            self.stdout.write("A privacy notice exists already: nothing to do.")
