"""The privacy notice and its versions, the consent people give to them, and erasure requests."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Purpose(models.TextChoices):
    """What the platform processes personal data for; every notice names them all."""

    TRAINING = "training", _("Training: courses, progress, quizzes and activities")
    CERTIFICATES = "certificates", _("Certificates and their public verification")
    STATISTICS = "statistics", _("Statistics for the ministry and regional education departments")
    SHARING = "sharing", _("Sharing progress with one's trainer and region")


class PrivacyNotice(models.Model):
    """One version of the privacy notice. A draft (no `published_at`) is edited by staff; a
    published version is never edited again: a change is a new version."""

    version = models.PositiveIntegerField(_("version"), unique=True)
    title_kk = models.CharField(_("title in Kazakh"), max_length=200)
    title_ru = models.CharField(_("title in Russian"), max_length=200)
    title_en = models.CharField(_("title in English"), max_length=200)
    body_kk = models.TextField(_("text in Kazakh"))
    body_ru = models.TextField(_("text in Russian"))
    body_en = models.TextField(_("text in English"))
    changes_kk = models.TextField(_("what changed, in Kazakh"), blank=True)
    changes_ru = models.TextField(_("what changed, in Russian"), blank=True)
    changes_en = models.TextField(_("what changed, in English"), blank=True)
    effective_from = models.DateField(_("effective from"))
    requires_consent = models.BooleanField(
        _("asks for fresh consent"),
        default=True,
        help_text=_("People who agreed to an earlier version are asked again at their next sign-in."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("published by"),
    )

    class Meta:
        ordering = ["-version"]
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")

    def __str__(self):
        return f"{self.title} · {self.version}"

    def _in_language(self, field):
        language = (get_language() or "kk")[:2]
        return getattr(self, f"{field}_{language}", None) or getattr(self, f"{field}_kk")

    @property
    def title(self):
        return self._in_language("title")

    @property
    def body(self):
        return self._in_language("body")

    @property
    def changes(self):
        return self._in_language("changes")


class Consent(models.Model):
    """One consent given or withdrawn, as it happened: append-only, never edited."""

    class Action(models.TextChoices):
        GIVEN = "given", _("Given")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Method(models.TextChoices):
        SIGNUP = "signup", _("At signup")
        INVITATION = "invitation", _("At first sign-in after an invitation")
        RECONSENT = "reconsent", _("At sign-in, for a new version of the notice")
        MY_DATA = "my_data", _("On the page My data")
        DEMO = "demo", _("Demo data")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="consents", verbose_name=_("person")
    )
    notice = models.ForeignKey(
        PrivacyNotice, on_delete=models.PROTECT, related_name="consents", verbose_name=_("notice version")
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices, default=Action.GIVEN)
    purposes = models.JSONField(_("purposes"), default=list)  # Purpose values
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=2)
    method = models.CharField(_("how"), max_length=12, choices=Method.choices)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        indexes = [models.Index(fields=["person", "-at"], name="consent_person_at")]

    def __str__(self):
        return f"{self.person_id} · {self.notice_id} · {self.action}"


class ErasureRequest(models.Model):
    """A request to erase a person's personal data. It waits `PRIVACY_ERASURE_GRACE_DAYS` (the
    person may cancel it) unless staff erase at once; the nightly upkeep carries out those due."""

    class Source(models.TextChoices):
        PERSON = "person", _("The person's own request")
        STAFF = "staff", _("Staff")
        RETENTION = "retention", _("Retention: account inactive")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="erasure_requests", verbose_name=_("person")
    )
    source = models.CharField(_("asked by"), max_length=10, choices=Source.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    due_at = models.DateTimeField(_("due"), db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    done_at = models.DateTimeField(_("carried out"), null=True, blank=True)
    report = models.JSONField(_("what was erased"), default=dict, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("erasure request")
        verbose_name_plural = _("erasure requests")
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(cancelled_at__isnull=True, done_at__isnull=True),
                name="erasure_one_open_request_per_person",
            ),
        ]

    def __str__(self):
        return f"{self.person_id} · {self.requested_at:%Y-%m-%d}"


class InactivityWarning(models.Model):
    """The email telling a person whose account has been inactive for
    `PRIVACY_RETENTION["inactive_account_days"]` that it is erased on `erase_after` unless they sign
    in before (privacy/retention.py). Sent once per stretch of inactivity: `inactive_since` is the
    last sign-in (or signup) it is about. A sign-in after `sent_at` makes it void."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="inactivity_warnings",
        verbose_name=_("person"),
    )
    inactive_since = models.DateTimeField(_("last active"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    erase_after = models.DateTimeField(_("erased on"), db_index=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("inactivity warning")
        verbose_name_plural = _("inactivity warnings")
        constraints = [
            models.UniqueConstraint(fields=["person", "inactive_since"], name="inactivity_warning_once_per_period"),
        ]

    def __str__(self):
        return f"{self.person_id} · {self.sent_at:%Y-%m-%d}"
