"""Background work of the certificates app (django-tasks: the database backend in production)."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from certificates.links import absolute, verify_url


def _email_holder(certificate_id, template, context_of):
    """Render `template` (and its _subject) in the certificate's language and send it to the holder."""
    from certificates.models import Certificate

    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None:
        return
    with translation.override(certificate.language):
        context = {"certificate": certificate, "course_title": certificate.course_title(), **context_of(certificate)}
        subject = render_to_string(f"certificates/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"certificates/email/{template}.txt", context)
    send_mail(subject, body, None, [certificate.user.email])


@task()
def certificate_issued_email(*, certificate_id):
    """Tell the holder their certificate is ready, in the certificate's language."""
    _email_holder(
        certificate_id,
        "issued",
        lambda certificate: {
            "download_url": absolute(reverse("certificates:download", kwargs={"certificate_id": certificate.pk})),
            "verify_url": verify_url(certificate),
        },
    )


@task()
def certificate_expiry_email(*, certificate_id):
    """Remind the holder that their certificate expires soon, and how to renew it."""
    _email_holder(
        certificate_id, "expiry", lambda certificate: {"certificates_url": absolute(reverse("certificates:mine"))}
    )
