"""`python manage.py breach_reach --account <email> | --token <key name or id> --since <date> --until <date>
[--format text|csv]`: whose data an account or an API key could reach in a window (privacy/breach.py),
for the first hours of a breach response (docs/breach-runbook.md)."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from coverage.models import ApiToken
from lms.models import Region, User
from lms.tabular import csv_line, csv_lines
from privacy.breach import EVERYONE, GROUP, NAMED, REGION, ROLE, Reach, breach_reach, people_rows

HEADER = ["id", "name", "email", "region", "reached_as"]


def _day(value):
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{value!r} is not a date: write it as YYYY-MM-DD.") from None


class Command(BaseCommand):
    help = (
        "List whose personal data an account or an API key could reach between two dates, from the audit "
        "trail and the account's roles at the time: a count per kind, then the people (id, name, email, "
        "region) for the notification."
    )

    def add_arguments(self, parser):
        who = parser.add_mutually_exclusive_group(required=True)
        who.add_argument("--account", metavar="EMAIL", help="The account that may have been misused.")
        who.add_argument("--token", metavar="KEY", help="The API key that may have leaked: its name or its id.")
        parser.add_argument("--since", required=True, type=_day, help="First day, YYYY-MM-DD (inclusive).")
        parser.add_argument("--until", required=True, type=_day, help="Last day, YYYY-MM-DD (inclusive).")
        parser.add_argument("--format", choices=["text", "csv"], default="text", help="text (default) or csv.")

    def handle(self, *args, account=None, token=None, since, until, format, **options):
        if since > until:
            raise CommandError("--since comes after --until.")
        found_account = _account(account) if account else None
        found_token = _token(token) if token else None
        reach = breach_reach(account=found_account, token=found_token, since=since, until=until)
        summary = _summary(reach, since=since, until=until)
        if format == "csv":
            # The table alone on standard output, ready for the mailing; the counts beside it.
            self.stderr.write(summary)
            for line in csv_lines(HEADER, people_rows(reach)):
                self.stdout.write(line, ending="")
            return
        self.stdout.write(summary)
        self.stdout.write("")
        self.stdout.write(csv_line(HEADER), ending="")
        for row in people_rows(reach):
            self.stdout.write(csv_line(row), ending="")


def _account(email):
    found = User.objects.filter(email__iexact=email.strip()).first()
    if found is None:
        raise CommandError(f"No account with the email {email}.")
    return found


def _token(value):
    value = value.strip()
    if value.isdigit():
        found = ApiToken.objects.filter(pk=int(value)).select_related("user").first()
        if found is None:
            raise CommandError(f"No API key with the id {value}.")
        return found
    keys = list(ApiToken.objects.filter(name__iexact=value).select_related("user").order_by("pk"))
    if not keys:
        raise CommandError(f"No API key named {value!r}.")
    if len(keys) > 1:
        listed = ", ".join(f"{key.pk} ({key.user.email})" for key in keys)
        raise CommandError(f"Several API keys are named {value!r}: give one of their ids: {listed}.")
    return keys[0]


def _summary(reach: Reach, *, since, until):
    if reach.token is not None:
        who = f"the API key «{reach.token.name}» (id {reach.token.pk}) of {reach.token.user.email}"
    elif reach.account is not None:
        who = f"the account {reach.account.email} (id {reach.account.pk})"
    zone = timezone.get_current_timezone_name()
    regions = dict(Region.objects.filter(pk__in=reach.regions | _coordinated(reach)).values_list("pk", "code"))
    lines = [
        f"Whose data {who} could reach from {since} to {until} ({zone}).",
        "",
        f"From the audit trail: {reach.records} record(s).",
        f"  people named in a record:                {reach.count(NAMED)}",
        f"  members of the groups recorded:          {reach.count(GROUP)} ({len(reach.groups)} group(s))",
        f"  people of the regions recorded:          {reach.count(REGION)} "
        f"({', '.join(sorted(regions[pk] for pk in reach.regions)) or 'none'})",
        f"  everyone signed up (whole-country rows): {reach.count(EVERYONE)} ({reach.national_records} record(s))",
        f"From its roles in the window: {_scopes(reach, regions)}.",
        f"  people its roles could reach:            {reach.count(ROLE)}",
        f"People to notify (any of the above):       {len(reach.people)}",
    ]
    return "\n".join(lines)


def _coordinated(reach):
    return {scope.region_id for scope in reach.scopes if scope.region_id is not None}


def _scopes(reach, regions):
    said = []
    for scope in reach.scopes:
        if scope.national:
            said.append("the whole country (superuser or ministry analyst)")
        if scope.region_id is not None:
            said.append(f"regional coordinator of {regions.get(scope.region_id, scope.region_id)}")
        if scope.trainer:
            said.append("trainer (the members of their groups)")
    return "; ".join(dict.fromkeys(said)) or "their own data only"
