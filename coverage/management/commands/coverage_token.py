from django.core.management.base import BaseCommand, CommandError

from coverage.tokens import ACTIVE_LIMIT, TooManyKeys, api_token_issue
from lms import permissions
from lms.models import User


class Command(BaseCommand):
    help = "Make a key for a ministry system to read the coverage API as a user (shown once)."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The user the system reads as (same scope).")
        parser.add_argument("--name", required=True, help="Which system uses the key.")

    def handle(self, *args, email, name, **options):
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No user with the email {email}.")
        if not permissions.can_view_coverage(user):
            raise CommandError(f"{email} is neither a ministry analyst nor a regional coordinator.")
        try:
            _token, key = api_token_issue(user=user, name=name)
        except TooManyKeys as error:
            raise CommandError(
                f"{email} has {ACTIVE_LIMIT} keys in use: stop one at /<lang>/coverage/api-keys/ first."
            ) from error
        self.stdout.write(key)
