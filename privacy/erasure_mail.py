"""The two emails of an erasure: the request received (with the date and how to cancel) and the
erasure done. The second is sent to the address captured just before it was erased, straight
from the committed transaction rather than through a task, so that the address is stored in no
task's arguments."""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

logger = logging.getLogger(__name__)


def _render(template, language, context):
    with translation.override(language):
        subject = render_to_string(f"privacy/erase_email/{template}_subject.txt", context).strip()
        body = render_to_string(f"privacy/erase_email/{template}.txt", context)
    return subject, body


@task()
def erasure_requested_email(*, request_id):
    """Tell the person their request was received, when it will be carried out, how to cancel."""
    from certificates.links import absolute
    from privacy.models import ErasureRequest

    request = ErasureRequest.objects.select_related("person").filter(pk=request_id).first()
    if request is None or request.done_at is not None or request.cancelled_at is not None:
        return
    person = request.person
    with translation.override(person.language):
        page = absolute(reverse("privacy:erase"))
    subject, body = _render("requested", person.language, {"name": person.full_name, "request": request, "url": page})
    send_mail(subject, body, None, [person.email])


def erasure_done_email(*, address, language):
    """Tell the person their data were erased; a failure to send is logged, never raised (the
    erasure has been committed)."""
    try:
        subject, body = _render("done", language, {})
        send_mail(subject, body, None, [address])
    except Exception:
        logger.exception("The erasure's confirmation could not be sent")
