"""Enrolments, lesson completions and reporting contacts.

A course is one thing in every language: progress is keyed by the pages'
translation_key, so switching language keeps everything.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin

from courses.pages import CourseIndexPage, CoursePage, LessonPage  # noqa: F401  (Wagtail finds pages here)


class Enrollment(models.Model):
    """One row per learner per course: the summary that progress pages and dashboards read."""

    class Status(models.TextChoices):
        ENROLLED = "enrolled", _("Enrolled")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments")
    course_key = models.UUIDField(
        _("course"), help_text=_("The translation key shared by every language of the course.")
    )
    region = models.ForeignKey(
        "lms.Region", on_delete=models.PROTECT, null=True, related_name="enrollments", verbose_name=_("region")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ENROLLED)
    lessons_done = models.PositiveIntegerField(_("lessons done"), default=0)
    lessons_total = models.PositiveIntegerField(_("lessons in the course"), default=0)
    percent = models.PositiveSmallIntegerField(_("percent done"), default=0)
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="enrollment_once_per_course"),
            models.CheckConstraint(condition=models.Q(percent__lte=100), name="enrollment_percent_at_most_100"),
        ]
        indexes = [models.Index(fields=["course_key", "region", "status"], name="enrollment_course_region")]

    def __str__(self):
        return f"{self.user} · {self.course_key}"

    @property
    def is_completed(self):
        return self.status == self.Status.COMPLETED


class LessonCompletion(models.Model):
    """A lesson a learner has completed; recorded once, whatever the language."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="completions")
    lesson_key = models.UUIDField(_("lesson"))
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "lesson_key"], name="lesson_completed_once"),
        ]

    def __str__(self):
        return f"{self.enrollment_id} · {self.lesson_key}"


class ReportingContact(TranslatableMixin, models.Model):
    """Where to report: a service with its phone and hours, national or for one region."""

    service = models.CharField(_("service"), max_length=200)
    phone = models.CharField(_("phone"), max_length=40)
    hours = models.CharField(_("hours"), max_length=100, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    region = models.ForeignKey(
        "lms.Region",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reporting_contacts",
        verbose_name=_("region"),
        help_text=_("Leave empty for a national contact shown to everyone."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = ["service", "phone", "hours", "note", "region", "sort_order"]

    class Meta(TranslatableMixin.Meta):
        ordering = ["region__code", "sort_order", "service"]
        verbose_name = _("reporting contact")
        verbose_name_plural = _("reporting contacts")

    def __str__(self):
        return f"{self.service} ({self.phone})"
