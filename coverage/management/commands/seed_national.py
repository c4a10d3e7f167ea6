from django.core.management.base import BaseCommand, CommandError

from coverage.seed.command import SeedRefused, seed_national


class Command(BaseCommand):
    help = (
        "Generate a synthetic national programme (master trainers, generations, groups, enrolments, "
        "quiz results, certificates over two years) for dashboards and benchmarks. Same seed, same data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--teachers", type=int, default=412_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--force", action="store_true", help="Run even though the database holds real people.")

    def handle(self, *args, teachers, seed, force, **options):
        try:
            message = seed_national(
                teachers=teachers, seed=seed, force=force, say=lambda line: self.stdout.write(f"  {line}")
            )
        except SeedRefused as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(self.style.SUCCESS(message))
