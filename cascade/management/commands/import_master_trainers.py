from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from cascade.imports import MasterTrainerImportError, master_trainers_import, unconfirmed_message
from courses.selectors import trainer_course_pages


class Command(BaseCommand):
    help = (
        "Import master trainers (generation 0) from a CSV file with columns "
        "email,full_name,region_code,district,school,language (all rows or none)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="CSV file, UTF-8")
        parser.add_argument("--course", help="Slug of the trainer-level course (default: the only one)")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="Language of the messages about bad lines (default: %(default)s).",
        )

    def handle(self, *args, file, course, language, **options):
        translation.activate(language)
        if not file.is_file():
            raise CommandError(f"{file}: no such file.")
        courses = trainer_course_pages(settings.LANGUAGE_CODE)
        if course:
            courses = courses.filter(slug=course)
        courses = list(courses[:2])
        if len(courses) != 1:
            raise CommandError(f"Name the trainer-level course with --course SLUG (found {len(courses)}).")
        with file.open("rb") as handle:
            try:
                result = master_trainers_import(file=handle, course=courses[0])
            except MasterTrainerImportError as error:
                for message in error.errors:
                    self.stderr.write(message)
                raise CommandError(f"{file}: nothing was imported ({len(error.errors)} problem(s)).") from None
        for unconfirmed in result.unconfirmed:
            self.stdout.write(self.style.WARNING(unconfirmed_message(unconfirmed)))
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.created} account(s) created, {result.found} found, {len(result.unconfirmed)} not confirmed; "
                f"{result.certified} trainer certificate(s) recorded; {len(result.invited)} invitation(s) sent."
            )
        )
