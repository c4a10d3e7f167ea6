"""Certificates: issued once per learner, course and completion; kept as they were issued."""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def certificate_storage():
    """The private storage of rendered PDFs (never under MEDIA_URL: served only to their holder)."""
    return storages["certificates"]


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates")
    course_key = models.UUIDField(_("course"))
    number = models.PositiveSmallIntegerField(
        _("completion"), default=1, help_text=_("1 for the first completion, 2 for the first renewal, and so on.")
    )
    renews = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="renewed_by", verbose_name=_("renews")
    )
    holder_name = models.CharField(_("holder's name"), max_length=200)
    course_titles = models.JSONField(_("course title in each language"))
    language = models.CharField(_("language"), max_length=5)
    issued_on = models.DateField(_("issued on"))
    expires_on = models.DateField(_("expires on"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.VALID)
    revoked_reason = models.CharField(_("reason for revocation"), max_length=500, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    # Filled by the cascade: who trained the holder, in which cohort and generation.
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates_as_trainer",
        verbose_name=_("trainer"),
    )
    trainer_name = models.CharField(_("trainer's name"), max_length=200, blank=True)
    cohort_id = models.PositiveBigIntegerField(_("cohort"), null=True, blank=True)
    generation = models.PositiveSmallIntegerField(_("generation"), null=True, blank=True)
    token = models.CharField(_("verification token"), max_length=64, unique=True, editable=False)
    short_code = models.CharField(_("short code"), max_length=12, unique=True, editable=False)
    template_version = models.CharField(_("template version"), max_length=20)
    pdf = models.FileField(_("PDF"), storage=certificate_storage, max_length=200, blank=True, editable=False)
    region = models.ForeignKey(
        "lms.Region", on_delete=models.PROTECT, null=True, related_name="certificates", verbose_name=_("region")
    )
    reminder_sent_at = models.DateTimeField(_("expiry reminder sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key", "number"], name="certificate_once_per_completion"),
            models.CheckConstraint(
                condition=Q(expires_on__gt=models.F("issued_on")), name="certificate_expires_after_issue"
            ),
            models.CheckConstraint(
                condition=~Q(status="revoked") | (Q(revoked_at__isnull=False) & ~Q(revoked_reason="")),
                name="certificate_revoked_with_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["course_key", "region", "status"], name="certificate_course_region"),
            # The region's expired and soon-expiring certificates: a window of dates, not the whole region.
            models.Index(fields=["course_key", "region", "expires_on"], name="certificate_region_expiry"),
        ]

    def __str__(self):
        return f"{self.short_code} · {self.holder_name}"

    def course_title(self, language=None):
        titles = self.course_titles or {}
        return titles.get(language or self.language) or titles.get(self.language) or next(iter(titles.values()), "")

    @property
    def localized_course_title(self):
        """The course title in the language of the page being shown."""
        return self.course_title((get_language() or self.language)[:2])

    def status_on(self, today):
        """The status as of a day: a valid certificate past its expiry date is expired even before
        the daily task has marked it."""
        if self.status == self.Status.VALID and today > self.expires_on:
            return self.Status.EXPIRED
        return self.status


class CertificateEvent(models.Model):
    """What happened to a certificate, who did it and when: the log revocations are read from."""

    class Action(models.TextChoices):
        REVOKED = "revoked", _("Revoked")
        EXPIRED = "expired", _("Expired")
        REMINDED = "reminded", _("Expiry reminder sent")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")
        ordering = ["certificate", "at"]

    def __str__(self):
        return f"{self.certificate_id} · {self.action}"
