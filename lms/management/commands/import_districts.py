from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from lms.services import DistrictImportError, districts_import


class Command(BaseCommand):
    help = "Import districts from a CSV file with columns region_code,name_kk,name_ru,name_en (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="CSV file, UTF-8")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="Language of the messages about bad lines (default: %(default)s).",
        )

    def handle(self, *args, file, language, **options):
        translation.activate(language)
        if not file.is_file():
            raise CommandError(f"{file}: no such file.")
        with file.open("rb") as handle:
            try:
                result = districts_import(file=handle)
            except DistrictImportError as error:
                for message in error.errors:
                    self.stderr.write(message)
                raise CommandError(f"{file}: nothing was imported ({len(error.errors)} problem(s)).") from None
        self.stdout.write(self.style.SUCCESS(f"{result.created} district(s) added, {result.updated} updated."))
