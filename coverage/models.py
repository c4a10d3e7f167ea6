"""The coverage app's own rows: one fact per learner per course, and the tallies dashboards read.

A fact says what the dashboards count about one learner in one course (region, district,
generation, trainer, certified, scores). Every tally is a sum over facts or certificates, kept
by the services that write (through `lms.hooks`) so that no page sums raw rows. Keys that may
be absent are stored as numbers, not NULLs, so the unique constraints hold on every database:
district 0 is "no district" (in IssueTally: the whole region), generation -1 "trained outside
the cascade", trainer and master 0 "none".
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

NO_GENERATION = -1


class LearnerFact(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    course_key = models.UUIDField(_("course"))
    region = models.ForeignKey("lms.Region", on_delete=models.PROTECT, null=True, related_name="+")
    district_key = models.PositiveIntegerField(_("district"), default=0)
    generation_key = models.SmallIntegerField(_("generation"), default=NO_GENERATION)
    trainer_key = models.PositiveBigIntegerField(_("trainer"), default=0)
    master_key = models.PositiveBigIntegerField(_("master trainer"), default=0)
    month = models.DateField(_("month enrolled"))
    completed = models.BooleanField(_("completed"), default=False)
    certified = models.BooleanField(_("certified"), default=False)
    valid = models.BooleanField(_("holds a valid certificate"), default=False)
    pre_percent = models.FloatField(_("pre-test score (%)"), null=True)
    final_percent = models.FloatField(_("final score (%)"), null=True)
    final_passed = models.BooleanField(_("final passed"), default=False)
    post_percent = models.FloatField(_("post-test score (%)"), null=True)

    class Meta:
        verbose_name = _("learner fact")
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="coverage_fact_once")]
        indexes = [
            models.Index(fields=["trainer_key"], name="coverage_fact_trainer"),
            models.Index(fields=["course_key", "generation_key"], name="coverage_fact_generation"),
        ]

    def __str__(self):
        return f"{self.user_id} · {self.course_key}"


class Tally(models.Model):
    """Sums of learner facts."""

    learners = models.IntegerField(default=0)
    completed = models.IntegerField(default=0)
    certified = models.IntegerField(default=0)
    valid = models.IntegerField(default=0)
    pre_n = models.IntegerField(default=0)
    pre_sum = models.FloatField(default=0)
    final_n = models.IntegerField(default=0)
    final_sum = models.FloatField(default=0)
    final_passed = models.IntegerField(default=0)
    post_n = models.IntegerField(default=0)
    post_sum = models.FloatField(default=0)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{type(self).__name__} {self.pk}: {self.learners}"


class LearnerTally(Tally):
    """Learners of a course by region, district, generation and month of enrolment."""

    course_key = models.UUIDField()
    region = models.ForeignKey("lms.Region", on_delete=models.PROTECT, related_name="+")
    district_key = models.PositiveIntegerField(default=0)
    generation_key = models.SmallIntegerField(default=NO_GENERATION)
    month = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course_key", "region", "district_key", "generation_key", "month"],
                name="coverage_learner_tally",
            )
        ]


class TrainerTally(Tally):
    """A trainer's trainees in a course and a region (the trainees' region)."""

    trainer_key = models.PositiveBigIntegerField()
    course_key = models.UUIDField()
    region = models.ForeignKey("lms.Region", on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["trainer_key", "course_key", "region"], name="coverage_trainer_tally")
        ]


class MasterTally(Tally):
    """Everyone below a master trainer, in a course and a region."""

    master_key = models.PositiveBigIntegerField()
    course_key = models.UUIDField()
    region = models.ForeignKey("lms.Region", on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["master_key", "course_key", "region"], name="coverage_master_tally")
        ]


class IssueTally(models.Model):
    """Certificates issued per day: district 0 holds the whole region, the others one district each."""

    course_key = models.UUIDField()
    region = models.ForeignKey("lms.Region", on_delete=models.PROTECT, related_name="+")
    district_key = models.PositiveIntegerField(default=0)
    day = models.DateField()
    issued = models.IntegerField(default=0)
    first_issued = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["course_key", "region", "district_key", "day"], name="coverage_issue_tally")
        ]

    def __str__(self):
        return f"{self.day} · {self.region_id}/{self.district_key}: {self.issued}"


class ApiToken(models.Model):
    """A key a ministry system uses to read the coverage API as the user it belongs to (same
    scope). Only its SHA-256 is stored; the key is shown once, when it is made."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coverage_tokens", verbose_name=_("user")
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("Which system uses it."))
    key_hash = models.CharField(_("SHA-256 of the key"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.name} ({self.user_id})"


class FollowUp(models.Model):
    """A trainer whose trainees' facts are queued to follow a change of their master trainer
    (coverage.tasks.trainees_follow). While any row exists, the dashboards say that their
    figures are being updated. One row per trainer: a new follow-up of the same trainer takes
    the row over with a new `token`, so an earlier run, finishing, leaves it to the later one.
    The nightly rebuild, which recomputes every fact, clears the rows queued before it began
    (those of a follow-up that failed or whose worker died)."""

    trainer_key = models.PositiveBigIntegerField(unique=True)
    token = models.UUIDField()
    queued_at = models.DateTimeField()

    def __str__(self):
        return f"{self.trainer_key} · {self.queued_at:%Y-%m-%d %H:%M}"
