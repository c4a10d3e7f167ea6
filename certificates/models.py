"""Certificates: issued once per learner, course and completion; kept as they were issued."""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def certificate_storage():
    """The private storage of rendered PDFs (never under MEDIA_URL: served only to their holder)."""
    return storages["certificates"]


# The certificate rules, each written once. "Valid on a day" is the one the programme counts
# (a teacher holding a valid certificate, a trainer allowed to teach): status "valid" and an
# expiry date not before that day. The status alone is not enough: the daily task marks
# certificates expired only once a day, so a certificate past its date may still say "valid".
# "Not revoked" is what is handed out and counted as issued: a revoked certificate was issued
# in error, an expired one was not. The raw SQL of cascade/lineage.py writes "valid" again
# (a recursive query takes no QuerySet); tests/certificates/test_rules.py holds the two together.


def valid_on(today, *, through=""):
    """The condition "valid on `today`" as a Q, for a filter across a relation (`through` is the
    path to the certificate with its "__", e.g. "certificates__" or "renewed_by__")."""
    return Q(**{f"{through}status": Certificate.Status.VALID, f"{through}expires_on__gte": today})


def not_revoked(*, through=""):
    """The condition "not revoked" as a Q, for a filter across a relation (see `valid_on`)."""
    return ~Q(**{f"{through}status": Certificate.Status.REVOKED})


def status_on(status, expires_on, today):
    """The status as of a day, from a row's values: a certificate marked valid but past its
    expiry date is expired even before the daily task has marked it."""
    if status == Certificate.Status.VALID and today > expires_on:
        return Certificate.Status.EXPIRED
    return status


class CertificateQuerySet(models.QuerySet):
    def valid(self, today=None):
        """Certificates valid on `today` (default: the local date): marked valid and not past
        their expiry date. A certificate expiring today is still valid today."""
        return self.filter(valid_on(today or timezone.localdate()))

    def not_revoked(self):
        """Valid and expired certificates: those handed out and counted as issued."""
        return self.filter(not_revoked())

    def due_to_expire(self, today=None):
        """Certificates still marked valid whose expiry date is before `today`: what the daily
        task marks expired."""
        return self.filter(status=Certificate.Status.VALID, expires_on__lt=today or timezone.localdate())


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

    objects = CertificateQuerySet.as_manager()

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
        """The status as of a day (see `status_on` above)."""
        return status_on(self.status, self.expires_on, today)


class CertificateEvent(models.Model):
    """What happened to a certificate, who did it and when: the log revocations are read from."""

    class Action(models.TextChoices):
        REVOKED = "revoked", _("Revoked")
        EXPIRED = "expired", _("Expired")
        REMINDED = "reminded", _("Expiry reminder sent")
        RENAMED = "renamed", _("Name corrected")

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
