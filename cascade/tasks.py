"""Background work of the cascade (django-tasks)."""

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from certificates.links import absolute


def _password_link_email(*, user_id, template, greet_by_name, **links):
    """Email a person a link to set their password (allauth's reset key), in their language,
    rendered from cascade/email/<template>.txt and <template>_subject.txt."""
    from lms.models import User

    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return
    with translation.override(user.language or "kk"):
        key = default_token_generator.make_token(user)
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(user), "key": key})
        context = {"set_password_url": absolute(path), **{name: absolute(reverse(url)) for name, url in links.items()}}
        if greet_by_name:
            context["user"] = user
        subject = render_to_string(f"cascade/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"cascade/email/{template}.txt", context)
    send_mail(subject, body, None, [user.email])


@task()
def master_trainer_invitation_email(*, user_id):
    """Invite an imported master trainer to set a password, in their language."""
    _password_link_email(user_id=user_id, template="invitation", greet_by_name=True)


@task()
def master_trainer_claim_email(*, user_id):
    """Invite the holder of a listed master trainer's address to take the account someone
    registered with it but never confirmed: a new password, then the address confirmed at the
    first sign-in. The registered name is not repeated: whoever registered it wrote it."""
    _password_link_email(user_id=user_id, template="claim", greet_by_name=False, sign_in_url="account_login")


@task()
def trainee_reminder_email(*, user_id, cohort_id):
    """Remind a trainee, in their language, to finish the course of their group."""
    from cascade.models import Cohort
    from cascade.selectors import course_titles
    from lms.models import User

    user = User.objects.filter(pk=user_id).first()
    cohort = Cohort.objects.select_related("trainer").filter(pk=cohort_id).first()
    if user is None or cohort is None:
        return
    language = user.language or "kk"
    with translation.override(language):
        title, url = course_titles([cohort.course_key], language).get(cohort.course_key, ("", None))
        context = {
            "user": user,
            "cohort": cohort,
            "course_title": title,
            "course_url": absolute(url or reverse("courses:my_learning")),
        }
        subject = render_to_string("cascade/email/reminder_subject.txt", context).strip()
        body = render_to_string("cascade/email/reminder.txt", context)
    send_mail(subject, body, None, [user.email])
