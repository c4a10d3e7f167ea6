"""Erasing a person's personal data from this app's rows (lms.hooks.PERSONAL_DATA_ERASE).

The summaries stay as they are: a learner's facts hold ids, a region, a district and scores,
never a name, so every count and average of the dashboards stays what a rebuild gives (the
region and district stay on the erased user row for that reason). The API keys the person made
are revoked at once (a key reads as its owner) and their names lose any mention of the person.
"""

from django.utils import timezone

from coverage.models import ApiToken
from lms.erased import text_without


def personal_data_erase(*, user) -> dict[str, int]:
    revoked = ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
    tokens = [token for token in ApiToken.objects.filter(user=user).only("pk", "name")]
    renamed = []
    for token in tokens:
        name = text_without(token.name, user.full_name, user.email)
        if name != token.name:
            token.name = name
            renamed.append(token)
    ApiToken.objects.bulk_update(renamed, ["name"])
    return {"api_keys_revoked": revoked}
