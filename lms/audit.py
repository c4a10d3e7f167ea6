"""The personal-data audit trail: every view or download by staff or a trainer of another person's
data is written here, append-only (DESIGN: "Personal data"). Views call `access_record` once per
answer; a person reads who accessed theirs (`accesses_of`), staff search it within their scope.

A row names one person (`subject`: a trainee's record, a user's admin page) or a group (`cohort_id`,
`region`, or neither for the whole country: a roster, an export, a zip of certificates), with how
many people it covered.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccessRecord(models.Model):
    class Action(models.TextChoices):
        VIEW = "view", _("viewed")
        DOWNLOAD = "download", _("downloaded")
        EXPORT = "export", _("exported")
        API = "api", _("read through the API")

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("who"),
    )
    # Kept as it was when the access happened, also once the account is gone.
    actor_label = models.CharField(_("who (as recorded)"), max_length=300)
    action = models.CharField(_("what was done"), max_length=10, choices=Action.choices)
    what = models.CharField(_("what"), max_length=200, help_text=_("The page or file, as the platform names it."))
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("whose"),
    )
    cohort_id = models.PositiveBigIntegerField(_("group"), null=True, blank=True)
    region = models.ForeignKey(
        "lms.Region", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("region")
    )
    people = models.PositiveIntegerField(_("people covered"), default=1)
    path = models.CharField(_("address"), max_length=500)
    ip = models.GenericIPAddressField(_("from where"), null=True, blank=True)
    token_label = models.CharField(_("API key"), max_length=200, blank=True)

    class Meta:
        app_label = "lms"
        ordering = ["-at", "-pk"]
        verbose_name = _("personal data access")
        verbose_name_plural = _("personal data accesses")
        indexes = [
            models.Index(fields=["subject", "at"], name="access_subject_at"),
            models.Index(fields=["actor", "at"], name="access_actor_at"),
            models.Index(fields=["cohort_id", "at"], name="access_cohort_at"),
            models.Index(fields=["region", "at"], name="access_region_at"),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.what}"

    def save(self, *args, **kwargs):
        # Append-only: a recorded access is never rewritten (retention removes old rows in bulk).
        if self.pk is not None:
            raise ValueError("An access record is never changed.")
        super().save(*args, **kwargs)


def _address(request):
    from ipaddress import ip_address

    from lms.ratelimit import client_address

    try:
        return str(ip_address(client_address(request)))
    except ValueError:
        return None


def access_record(
    request,
    *,
    what: str,
    action: str = AccessRecord.Action.VIEW,
    subject=None,
    cohort_id: int | None = None,
    region=None,
    people: int = 1,
    token_label: str = "",
) -> AccessRecord:
    """Record that the person answering `request` (or the API key) saw another person's data."""
    user = getattr(request, "user", None)
    actor = user if user is not None and user.is_authenticated else None
    actor_label = (actor.email if actor is not None else "") or token_label or "?"
    return AccessRecord.objects.create(
        actor=actor,
        actor_label=actor_label[:300],
        action=action,
        what=what[:200],
        subject=subject,
        cohort_id=cohort_id,
        region=region,
        people=people,
        path=request.get_full_path()[:500],
        ip=_address(request),
        token_label=token_label[:200],
    )
