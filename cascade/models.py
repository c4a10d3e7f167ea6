"""Cohorts a trainer leads, and who is in them: the record of who trained whom.

A learner is in at most one cohort per course, and a cohort never holds more than its capacity:
both are database constraints (the member count is kept on the cohort under its row lock).
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class Cohort(models.Model):
    class Delivery(models.TextChoices):
        IN_PERSON = "in_person", _("Face to face")
        ONLINE = "online", _("Online")

    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cohorts_led", verbose_name=_("trainer")
    )
    trainer_generation = models.PositiveSmallIntegerField(
        _("trainer's generation"),
        help_text=_("The trainer's generation when the cohort opened; trainees are the next."),
    )
    course_key = models.UUIDField(_("course"))
    name = models.CharField(_("name"), max_length=200)
    region = models.ForeignKey("lms.Region", on_delete=models.PROTECT, related_name="cohorts", verbose_name=_("region"))
    district = models.ForeignKey(
        "lms.District",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cohorts",
        verbose_name=_("district"),
    )
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices, default=Delivery.IN_PERSON)
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    capacity = models.PositiveSmallIntegerField(_("places"))
    member_count = models.PositiveSmallIntegerField(_("trainees"), default=0, editable=False)
    attendance_required = models.BooleanField(
        _("attendance counts toward the certificate"),
        default=False,
        help_text=_("Trainees must attend a share of the face-to-face sessions to complete the course."),
    )
    attendance_percent = models.PositiveSmallIntegerField(_("sessions to attend (%)"), default=80)
    join_code = models.CharField(_("join code"), max_length=12, unique=True, editable=False)
    is_closed = models.BooleanField(_("closed to new trainees"), default=False)
    reminded_at = models.DateTimeField(_("last reminder sent"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="cohort_ends_after_start"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="cohort_has_places"),
            models.CheckConstraint(condition=Q(member_count__lte=F("capacity")), name="cohort_within_capacity"),
            models.CheckConstraint(condition=Q(attendance_percent__lte=100), name="cohort_attendance_at_most_100"),
        ]
        indexes = [models.Index(fields=["trainer", "starts_on"], name="cohort_trainer")]

    def __str__(self):
        return self.name


class CohortMember(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.PROTECT, related_name="members", verbose_name=_("cohort"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships", verbose_name=_("trainee")
    )
    course_key = models.UUIDField(_("course"), help_text=_("The cohort's course, copied: one cohort per course."))
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("cohort member")
        verbose_name_plural = _("cohort members")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="cohort_member_once_per_course"),
        ]

    def __str__(self):
        return f"{self.user_id} · {self.cohort_id}"


class CohortSession(models.Model):
    """A face-to-face meeting of a cohort, whose attendance the trainer marks."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("cohort"))
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=300)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["held_on", "pk"]

    def __str__(self):
        return f"{self.held_on} · {self.place}"


class Attendance(models.Model):
    """One mark per trainee per session: present and late count as attended."""

    class Mark(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        ABSENT = "absent", _("Absent")

    ATTENDED = (Mark.PRESENT, Mark.LATE)

    session = models.ForeignKey(
        CohortSession, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("session")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("trainee")
    )
    mark = models.CharField(_("mark"), max_length=10, choices=Mark.choices)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("marked by")
    )
    marked_at = models.DateTimeField(_("marked"), auto_now=True)

    class Meta:
        verbose_name = _("attendance mark")
        verbose_name_plural = _("attendance marks")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="attendance_once_per_session"),
        ]

    def __str__(self):
        return f"{self.user_id} · {self.session_id} · {self.mark}"
