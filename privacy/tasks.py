"""Background work of the privacy app (django-tasks: the database backend in production)."""

from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from certificates.links import absolute


@task()
def inactivity_warning_emails(*, warning_ids: list[int]) -> int:
    """Tell each warned person, in their language, that their inactive account is erased on the
    warning's date unless they sign in before (privacy/retention.py books one task a batch).
    A person who signed in since is not written to. Returns how many emails went."""
    from privacy.models import InactivityWarning

    messages = []
    warnings = InactivityWarning.objects.select_related("person").filter(pk__in=warning_ids).order_by("pk")
    for warning in warnings.iterator(chunk_size=500):
        person = warning.person
        if not person.email or (person.last_login is not None and person.last_login > warning.sent_at):
            continue
        with translation.override(person.language or "kk"):
            context = {
                "name": person.full_name,
                "erase_on": timezone.localtime(warning.erase_after).date(),
                "sign_in_url": absolute(reverse("account_login")),
                "password_reset_url": absolute(reverse("account_reset_password")),
            }
            subject = render_to_string("privacy/email/inactivity_warning_subject.txt", context).strip()
            body = render_to_string("privacy/email/inactivity_warning.txt", context)
        messages.append(EmailMessage(subject, body, None, [person.email]))
    if messages:
        get_connection().send_messages(messages)
    return len(messages)
