"""Background work of the cascade (django-tasks)."""

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from certificates.links import absolute


@task()
def master_trainer_invitation_email(*, user_id):
    """Invite an imported master trainer to set a password, in their language."""
    from lms.models import User

    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return
    with translation.override(user.language or "kk"):
        key = default_token_generator.make_token(user)
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(user), "key": key})
        context = {"user": user, "set_password_url": absolute(path)}
        subject = render_to_string("cascade/email/invitation_subject.txt", context).strip()
        body = render_to_string("cascade/email/invitation.txt", context)
    send_mail(subject, body, None, [user.email])
