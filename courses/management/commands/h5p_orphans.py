"""Files in the H5P storage that no package points at: `python manage.py h5p_orphans [--delete] [--all-ages]`.

Deleting or replacing a package removes its files after the transaction commits (courses/h5p/cleanup.py),
and a failed upload removes what it wrote; this finds what is left anyway (a worker that died mid-upload,
a removal that failed, files copied in by hand). Read-only unless --delete.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from courses.h5p.cleanup import HALF_WRITTEN, orphan_remove, orphans_find
from courses.h5p.storage import h5p_storage, local_path

YOUNG = timedelta(hours=1)


def human_size(size):
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def when(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else "unknown"


class Command(BaseCommand):
    help = (
        "List content folders and .h5p files in the H5P storage that no H5PPackage points at, and half-written "
        "folders (no h5p.json), with their sizes; --delete removes them. Anything modified in the last hour is "
        "left alone (an upload may be in progress) unless --all-ages."
    )

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Remove the orphans listed.")
        parser.add_argument(
            "--all-ages", action="store_true", help="Include orphans modified in the last hour (uploads in progress)."
        )

    def handle(self, *args, **options):
        storage = h5p_storage()
        where = local_path(storage, "") or type(storage).__name__
        cutoff = timezone.now() - YOUNG
        found = orphans_find()
        young = [o for o in found if not options["all_ages"] and (o.modified is None or o.modified > cutoff)]
        chosen = [o for o in found if o not in young]

        self.stdout.write(f"H5P storage: {where}")
        if not found:
            self.stdout.write("No orphans: every content folder and .h5p file belongs to a package.")
            return
        width = max(len(o.name) for o in found)
        if chosen:
            self.stdout.write("Orphans (no package points at them):")
        for orphan in chosen:
            note = (
                " — a package has this hash but cannot play it"
                if orphan.kind == HALF_WRITTEN and orphan.has_row
                else ""
            )
            self.stdout.write(
                f"  {orphan.name:<{width}}  {human_size(orphan.size):>9}  modified {when(orphan.modified)}  "
                f"{orphan.kind}{note}"
            )
        if young:
            self.stdout.write(
                "Left alone, modified in the last hour (an upload may be in progress; --all-ages to include):"
            )
            for orphan in young:
                self.stdout.write(
                    f"  {orphan.name:<{width}}  {human_size(orphan.size):>9}  modified {when(orphan.modified)}  "
                    f"{orphan.kind}"
                )
        total = human_size(sum(o.size for o in chosen))
        if not options["delete"]:
            self.stdout.write(f"{len(chosen)} orphan(s), {total} in all. Run again with --delete to remove them.")
            return

        removed, kept = [], []
        for orphan in chosen:
            reason = orphan_remove(orphan)
            (kept if reason else removed).append(orphan)
            self.stdout.write(f"  {'kept' if reason else 'removed'} {orphan.name}" + (f": {reason}" if reason else ""))
        self.stdout.write(
            f"Removed {len(removed)} orphan(s), {human_size(sum(o.size for o in removed))}"
            + (f"; kept {len(kept)} that changed meanwhile." if kept else ".")
        )
