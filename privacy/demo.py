"""The privacy app's demo data (a DEMO_LOADER provider): version 1 of the notice, and the demo
accounts' consent to it, so that signing in to the demo does not stop at the consent page. An
account made later (a master-trainer import) has none and is asked at its first sign-in."""

from django.db import transaction

from lms.demo.accounts import ACCOUNTS
from lms.models import User
from privacy.consent import consent_record, notice_first_version
from privacy.models import Consent
from privacy.notice_selectors import notice_current


@transaction.atomic
def load_demo_privacy() -> str:
    notice, created = notice_first_version()
    current = notice_current()
    emails = [account[0] for account in ACCOUNTS]
    recorded = 0
    if current is not None:
        for person in User.objects.filter(email__in=emails, consents__isnull=True):
            consent_record(person=person, notice=current, method=Consent.Method.DEMO, language=person.language)
            recorded += 1
    version = f"version {notice.version} published" if created else "a version exists already"
    return f"privacy notice: {version}; {recorded} demo account(s) consented."
