"""Attempts with their snapshots, one summary row per learner per quiz, and per-question responses.

A quiz is one thing in every language: rows are keyed by the quiz page's translation_key.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from quizzes.pages import QuizPage  # noqa: F401  (Wagtail finds pages here)

ROLE_CHOICES = QuizPage.Role.choices


class QuizResult(models.Model):
    """One row per learner per quiz: what dashboards and completion read. Its row lock orders
    everything that happens to the learner's attempts at this quiz."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_results")
    quiz_key = models.UUIDField(_("quiz"))
    course_key = models.UUIDField(_("course"))
    role = models.CharField(_("role"), max_length=10, choices=ROLE_CHOICES)
    region = models.ForeignKey(
        "lms.Region", on_delete=models.PROTECT, null=True, related_name="quiz_results", verbose_name=_("region")
    )
    attempts_started = models.PositiveSmallIntegerField(_("attempts started"), default=0)
    attempts_submitted = models.PositiveSmallIntegerField(_("attempts submitted"), default=0)
    best_percent = models.FloatField(_("best score (%)"), null=True)
    first_percent = models.FloatField(_("first score (%)"), null=True)
    passed = models.BooleanField(_("passed"), default=False)
    passed_at = models.DateTimeField(_("passed"), null=True, blank=True)
    last_submitted_at = models.DateTimeField(_("last submitted"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz result")
        verbose_name_plural = _("quiz results")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz_key"], name="quiz_result_once_per_quiz"),
            models.CheckConstraint(
                condition=Q(best_percent__isnull=True) | Q(best_percent__gte=0, best_percent__lte=100),
                name="quiz_result_best_within_0_100",
            ),
            models.CheckConstraint(
                condition=Q(attempts_submitted__lte=F("attempts_started")), name="quiz_result_submitted_at_most_started"
            ),
        ]
        indexes = [models.Index(fields=["course_key", "role", "region"], name="quiz_result_course_role")]

    def __str__(self):
        return f"{self.user_id} · {self.quiz_key}"


class QuizAttempt(models.Model):
    """One attempt, kept for ever with the snapshot it was graded against."""

    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        SUBMITTED = "submitted", _("Submitted")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz_key = models.UUIDField(_("quiz"))
    course_key = models.UUIDField(_("course"))
    quiz_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("quiz page")
    )
    role = models.CharField(_("role"), max_length=10, choices=ROLE_CHOICES)
    number = models.PositiveSmallIntegerField(_("attempt number"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    started_at = models.DateTimeField(_("started"))
    deadline = models.DateTimeField(_("time limit ends"), null=True, blank=True)
    snapshot = models.JSONField(_("questions as asked"))
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    answers_saved_at = models.DateTimeField(_("answers last saved"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    timed_out = models.BooleanField(_("graded at the time limit"), default=False)
    points = models.FloatField(_("points"), null=True)
    max_points = models.FloatField(_("maximum points"), null=True)
    percent = models.FloatField(_("score (%)"), null=True)
    passed = models.BooleanField(_("passed"), null=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz_key", "number"], name="quiz_attempt_numbered_once"),
            models.UniqueConstraint(
                fields=["user", "quiz_key"], condition=Q(status="open"), name="quiz_attempt_one_open_per_quiz"
            ),
            models.CheckConstraint(
                condition=Q(status="open", submitted_at__isnull=True, percent__isnull=True)
                | Q(status="submitted", submitted_at__isnull=False, percent__isnull=False, passed__isnull=False),
                name="quiz_attempt_graded_when_submitted",
            ),
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(percent__gte=0, percent__lte=100),
                name="quiz_attempt_percent_within_0_100",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} · {self.quiz_key} · {self.number}"

    @property
    def is_open(self):
        return self.status == self.Status.OPEN

    def expired(self, now):
        return self.deadline is not None and now >= self.deadline


class QuestionResponse(models.Model):
    """How one submitted attempt answered one question: what per-question statistics read."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="responses")
    quiz_key = models.UUIDField(_("quiz"))
    question_key = models.CharField(_("question"), max_length=64)
    topic = models.CharField(_("topic"), max_length=20, blank=True)
    answered = models.BooleanField(_("answered"))
    correct = models.BooleanField(_("correct"))
    points = models.FloatField(_("points"))
    answer_key = models.CharField(_("answer"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("question response")
        verbose_name_plural = _("question responses")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question_key"], name="question_response_once_per_attempt"),
            models.CheckConstraint(condition=Q(points__gte=0, points__lte=1), name="question_response_points_0_1"),
        ]
        indexes = [models.Index(fields=["quiz_key", "question_key"], name="question_response_quiz")]

    def __str__(self):
        return f"{self.attempt_id} · {self.question_key}"
