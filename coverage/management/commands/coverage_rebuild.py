from django.core.management.base import BaseCommand

from coverage.rebuild import summaries_rebuild


class Command(BaseCommand):
    help = "Recompute every coverage summary from the raw rows (nightly, after the certificate expiry task)."

    def handle(self, *args, **options):
        count = summaries_rebuild(progress=lambda line: self.stdout.write(f"  {line}"))
        self.stdout.write(self.style.SUCCESS(f"{count} learner facts and their tallies rebuilt."))
