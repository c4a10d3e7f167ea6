"""Enrolments, lesson completions, reporting contacts, public document collections, H5P packages and
their attempts.

A course is one thing in every language: progress is keyed by the pages'
translation_key, so switching language keeps everything.
"""

from contextvars import ContextVar

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    GroupApprovalTask,
    LockableMixin,
    Page,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)

from courses.h5p.forms import H5PPackageForm
from courses.h5p.storage import h5p_storage
from courses.pages import CourseIndexPage, CoursePage, LessonPage  # noqa: F401  (Wagtail finds pages here)
from lms.errors import AccessRefused


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
    cycle = models.PositiveSmallIntegerField(
        _("round"),
        default=1,
        help_text=_("1 for the first time through the course; each renewal starts the next round from the start."),
    )
    cycle_started_at = models.DateTimeField(_("round started"), null=True, blank=True)
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

    @property
    def round_started_at(self):
        """When the current round began, for a renewal; None in the first round (all counts)."""
        return self.cycle_started_at if self.cycle > 1 else None


class LessonCompletion(models.Model):
    """A lesson a learner has completed; recorded once per round of the course, whatever the
    language. Rounds before the current one are kept as history; progress reads the current one."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="completions")
    cycle = models.PositiveSmallIntegerField(_("round"), default=1)
    lesson_key = models.UUIDField(_("lesson"))
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "cycle", "lesson_key"], name="lesson_completed_once_per_round"
            ),
        ]

    def __str__(self):
        return f"{self.enrollment_id} · {self.lesson_key}"


class ReportingContact(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model):
    """Where to report: a service with its phone and hours, national or for one region.

    Safety-critical: a change is a draft until a child-protection expert approves it through the
    "Expert review" workflow; lessons show the live row only (see courses/selectors.py).
    """

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

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="reporting_contact",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="reporting_contact",
        for_concrete_model=False,
    )

    panels = ["service", "phone", "hours", "note", "region", "sort_order"]

    class Meta(TranslatableMixin.Meta):
        ordering = ["region__code", "sort_order", "service"]
        verbose_name = _("reporting contact")
        verbose_name_plural = _("reporting contacts")

    def __str__(self):
        return f"{self.service} ({self.phone})"

    # What learners see of a contact: a revision that changes none of these changes nothing.
    REVIEWED_FIELDS = ("service", "phone", "hours", "note", "region_id", "sort_order", "go_live_at", "expire_at")

    def _reviewed_values(self):
        return tuple(getattr(self, name) for name in self.REVIEWED_FIELDS)

    def authors_of_pending_change(self):
        """The ids of who submitted the change under review and of everyone whose revision since the
        live version changed what learners would see (a revision saved with no change, as approving
        from the edit page saves one, does not count)."""
        contact = type(self).objects.get(pk=self.pk)  # the live row, whatever version `self` holds
        authors = set()
        state = contact.current_workflow_state
        if state is not None:
            authors.add(state.requested_by_id)
        previous = contact._reviewed_values() if contact.live else None
        revisions = contact.revisions.order_by("created_at", "id")
        if contact.live_revision_id:
            revisions = revisions.filter(id__gt=contact.live_revision_id)
        for revision in revisions.select_related(None):
            values = revision.as_object()._reviewed_values()
            if values != previous:
                authors.add(revision.user_id)
            previous = values
        authors.discard(None)
        return authors


# The user approving a reporting contact in review, while the approval publishes it
# (`lms.permissions.can_publish_reporting_contacts`, courses/wagtail_hooks.py).
approving_reporting_contact = ContextVar("approving_reporting_contact", default=None)


class ExpertApprovalTask(GroupApprovalTask):
    """The "Expert review" task: Wagtail's group approval, unchanged for pages. A reporting contact
    needs two people: whoever submitted its change or wrote part of it is not offered approval and
    is refused it; another reviewer's approval publishes it, though reviewers may not publish."""

    class Meta:
        proxy = True
        verbose_name = _("Group approval task (by a second person for reporting contacts)")
        verbose_name_plural = _("Group approval tasks (by a second person for reporting contacts)")

    def _may_approve(self, obj, user):
        from lms import permissions

        if not isinstance(obj, ReportingContact):
            return True
        return permissions.can_approve_reporting_contact(user, authors=obj.authors_of_pending_change())

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and not self._may_approve(obj, user):
            actions = [action for action in actions if action[0] != "approve"]
        if any(action[0] == "approve" for action in actions) and isinstance(obj, Page):
            from courses.publishing import course_of_item

            if course_of_item(obj) is not None:
                # A lesson or quiz is approved from a dialog that says what publishing does to learners.
                actions = [action for action in actions if action[0] != "approve"]
                actions.append(("approve", _("Approve and publish"), True))
        return actions

    def get_form_for_action(self, action):
        if action == "approve":
            from courses.review import ApprovalForm

            return ApprovalForm
        return super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action == "approve":
            return "courses/admin/approve_modal.html"
        return super().get_template_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        from courses.review import course_item_approval_check

        # The dialog's form, or the edit page's JSON: only a real tick confirms, and only Wagtail's
        # comment goes on to the task state (anything else would reach TaskState.approve and fail).
        confirmed = kwargs.get("publish_without_translations") is True
        kwargs = {"comment": kwargs["comment"]} if isinstance(kwargs.get("comment"), str) else {}
        obj = task_state.workflow_state.content_object
        if action_name == "approve" and isinstance(obj, Page):
            # Approval publishes the newest revision (an edit saved with the approval included).
            course_item_approval_check(page=obj, revision=obj.get_latest_revision(), confirmed=confirmed)
        if action_name != "approve" or not isinstance(obj, ReportingContact):
            return super().on_action(task_state, user, action_name, **kwargs)
        if not self._may_approve(obj, user):
            raise AccessRefused(_("You submitted or changed this contact: another reviewer must approve it."))
        token = approving_reporting_contact.set(user.pk)
        try:
            return super().on_action(task_state, user, action_name, **kwargs)
        finally:
            approving_reporting_contact.reset(token)


class PublicCollection(models.Model):
    """A collection whose documents anyone may download without signing in: an editor's explicit
    choice, with who made it and why. The documents of every other collection, new ones included,
    are served to signed-in users only (courses/wagtail_hooks.py)."""

    collection = models.OneToOneField(
        "wagtailcore.Collection",
        on_delete=models.CASCADE,
        related_name="public_choice",
        verbose_name=_("collection"),
        help_text=_("Its own documents only: a collection inside it stays for signed-in users unless chosen too."),
    )
    reason = models.CharField(
        _("why it is public"), max_length=300, help_text=_("For example: leaflets for parents, shared on posters.")
    )
    made_public_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("made public by"),
    )
    made_public_at = models.DateTimeField(_("made public"), auto_now_add=True)

    class Meta:
        ordering = ["collection__path"]
        verbose_name = _("public document collection")
        verbose_name_plural = _("public document collections")

    def __str__(self):
        return str(self.collection)


class H5PPackage(models.Model):
    """An uploaded H5P package; its unpacked files are kept once per content (see courses/h5p/storage.py)."""

    title = models.CharField(_("title"), max_length=200, help_text=_("How authors find the activity."))
    package_file = models.FileField(
        _("H5P file"), storage=h5p_storage, max_length=120, editable=False, upload_to="packages/"
    )
    content_hash = models.CharField(_("SHA-256 of the file"), max_length=64, editable=False, db_index=True)
    main_library = models.CharField(_("main library"), max_length=150, editable=False)
    language = models.CharField(_("language of the content"), max_length=10, blank=True, editable=False)
    unpacked_bytes = models.PositiveBigIntegerField(_("unpacked size (bytes)"), default=0, editable=False)
    player_bytes = models.PositiveBigIntegerField(
        _("download to play (bytes)"), default=0, editable=False, help_text=_("Content and the libraries it loads.")
    )
    reports_results = models.BooleanField(
        _("reports a result"),
        default=True,
        editable=False,
        help_text=_("Whether the content type sends a score or a completion when the learner finishes."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    base_form_class = H5PPackageForm
    panels = [FieldPanel("title"), FieldPanel("upload")]

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")

    def __str__(self):
        return self.title


class H5PAttempt(models.Model):
    """One result the player reported for a learner: every attempt is kept.

    Scores are computed in the browser and can be forged: they count for practice and for
    completing the lesson, never toward a certificate.
    """

    class Verb(models.TextChoices):
        COMPLETED = "completed", _("Completed")
        ANSWERED = "answered", _("Answered")
        VIEWED = "viewed", _("Looked through")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_attempts")
    package = models.ForeignKey(
        H5PPackage, on_delete=models.SET_NULL, null=True, related_name="attempts", verbose_name=_("package")
    )
    content_hash = models.CharField(_("SHA-256 of the package played"), max_length=64)
    course_key = models.UUIDField(_("course"))
    lesson_key = models.UUIDField(_("lesson"))
    activity_key = models.CharField(
        _("activity"), max_length=64, help_text=_("The id of the lesson's H5P block, the same in every language.")
    )
    verb = models.CharField(_("statement"), max_length=10, choices=Verb.choices)
    score_raw = models.FloatField(_("score"), null=True)
    score_max = models.FloatField(_("maximum score"), null=True)
    score_scaled = models.FloatField(_("scaled score"), null=True)
    completion = models.BooleanField(_("completed"), null=True)
    success = models.BooleanField(_("passed"), null=True)
    duration_seconds = models.PositiveIntegerField(_("time spent (seconds)"), null=True)
    statement = models.JSONField(_("xAPI statement"))
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("H5P attempt")
        verbose_name_plural = _("H5P attempts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score_scaled__isnull=True) | models.Q(score_scaled__gte=0, score_scaled__lte=1),
                name="h5p_attempt_scaled_within_0_1",
            ),
            models.CheckConstraint(
                condition=models.Q(score_raw__isnull=True) | models.Q(score_raw__gte=0),
                name="h5p_attempt_raw_not_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(score_raw__isnull=True)
                | models.Q(score_max__isnull=True)
                | models.Q(score_raw__lte=models.F("score_max")),
                name="h5p_attempt_raw_at_most_max",
            ),
        ]
        indexes = [models.Index(fields=["user", "lesson_key", "activity_key"], name="h5p_attempt_user_lesson")]

    def __str__(self):
        return f"{self.user_id} · {self.content_hash[:8]} · {self.verb}"
