"""Background work of the certificates app (django-tasks: the database backend in production)."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from certificates.links import absolute, verify_url


@task()
def certificate_issued_email(*, certificate_id):
    """Tell the holder their certificate is ready, in the certificate's language."""
    from certificates.models import Certificate

    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None:
        return
    with translation.override(certificate.language):
        context = {
            "certificate": certificate,
            "course_title": certificate.course_title(),
            "download_url": absolute(reverse("certificates:download", kwargs={"certificate_id": certificate.pk})),
            "verify_url": verify_url(certificate),
        }
        subject = render_to_string("certificates/email/issued_subject.txt", context).strip()
        body = render_to_string("certificates/email/issued.txt", context)
    send_mail(subject, body, None, [certificate.user.email])


@task()
def certificate_expiry_email(*, certificate_id):
    """Remind the holder that their certificate expires soon, and how to renew it."""
    from certificates.models import Certificate

    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None:
        return
    with translation.override(certificate.language):
        context = {
            "certificate": certificate,
            "course_title": certificate.course_title(),
            "certificates_url": absolute(reverse("certificates:mine")),
        }
        subject = render_to_string("certificates/email/expiry_subject.txt", context).strip()
        body = render_to_string("certificates/email/expiry.txt", context)
    send_mail(subject, body, None, [certificate.user.email])
