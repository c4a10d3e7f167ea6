"""Read again, from their stored files, what the platform knows of each H5P package: whether its
content type reports a result and how much the player downloads. Migration 0009 does it once;
run this when the files were not reachable then (restored later from a backup, another storage)."""

from django.core.management.base import BaseCommand

from courses.h5p.facts import stored_facts
from courses.h5p.storage import content_folder, h5p_storage
from courses.models import H5PPackage


class Command(BaseCommand):
    help = "Read whether each H5P package reports a result, and its download size, from its stored files."

    def handle(self, *args, **options):
        storage = h5p_storage()
        changed = unreadable = 0
        for package in H5PPackage.objects.exclude(content_hash="").order_by("pk"):
            try:
                reports, download = stored_facts(storage, content_folder(package.content_hash))
            except Exception as error:  # noqa: BLE001  one unreadable package must not stop the others
                unreadable += 1
                reason = type(error).__name__
                self.stderr.write(f"#{package.pk} {package.title}: files unreadable ({reason}); kept as is")
                continue
            if (reports, download) != (package.reports_results, package.player_bytes):
                H5PPackage.objects.filter(pk=package.pk).update(reports_results=reports, player_bytes=download)
                changed += 1
                self.stdout.write(f"#{package.pk} {package.title}: reports a result: {reports}, {download} bytes")
        self.stdout.write(f"{changed} package(s) updated, {unreadable} unreadable.")
