"""The privacy app's nightly work now: the erasure requests whose grace period is over, then
retention (privacy/retention.py): `python manage.py privacy_retention [--dry-run]`.

With the Procfile's worker running, the nightly upkeep does this every night (privacy/upkeep.py);
the command is for a deployment without one (cron), or to see with `--dry-run` what is due.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from privacy.models import ErasureRequest
from privacy.retention import retention_apply, retention_periods
from privacy.services import erasures_carry_out_due


class Command(BaseCommand):
    help = (
        "Carry out the erasures that are due and remove the personal data whose retention period is over; "
        "with --dry-run, only say what is due."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what is due; change nothing.")

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        if dry_run:
            erasures = ErasureRequest.objects.filter(
                cancelled_at__isnull=True, done_at__isnull=True, due_at__lte=timezone.now()
            ).count()
        else:
            erasures = erasures_carry_out_due()
        done = retention_apply(dry_run=dry_run)
        days = retention_periods()
        removed = "would be deleted" if dry_run else "deleted"
        lines = [
            f"Erasure requests whose grace period is over, {'would be carried out' if dry_run else 'carried out'}: "
            f"{erasures}",
            f"Never-confirmed signups older than {days['unconfirmed_signup_days']} days, {removed}: "
            f"{done['unconfirmed_signups']}",
            f"Accounts inactive for more than {days['inactive_account_days']} days, "
            f"{'would be warned' if dry_run else 'warned by email'}: {done['inactive_warned']}",
            f"Inactive accounts whose warning period ({days['inactive_warning_days']} days) is over, "
            f"{'would be erased' if dry_run else 'erased'}: {done['inactive_erased']}",
            f"Staff accounts inactive for more than {days['inactive_account_days']} days, kept "
            f"(retention never erases staff; review them in the user admin): {done['staff_inactive']}",
            f"Access records older than {days['audit_days']} days, {removed}: {done['access_records']}",
        ]
        if "change_log" in done:
            lines.append(f"Change log entries older than {days['audit_days']} days, {removed}: {done['change_log']}")
        lines.append(
            f"Finished background task results older than {days['task_result_days']} days, {removed}: "
            f"{done['task_results']}"
        )
        if dry_run:
            lines.append("Dry run: nothing was changed.")
        self.stdout.write("\n".join(lines))
