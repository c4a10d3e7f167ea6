"""QuizPage: a pre-test, final assessment or post-test under a course."""

from django.contrib.auth.views import redirect_to_login
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.admin_panels import PublishingImpactPanel, phone_first_preview_sizes
from quizzes.blocks import QuestionBankBlock


class QuizPage(Page):
    """A quiz with its own question bank; attempts belong to the quiz in every language."""

    class Role(models.TextChoices):
        PRE_TEST = "pre", _("Pre-test")
        FINAL = "final", _("Final assessment")
        POST_TEST = "post", _("Post-test")

    class ShowAnswers(models.TextChoices):
        NEVER = "never", _("Never")
        AFTER_PASSING = "after_pass", _("After passing")
        AFTER_LAST_ATTEMPT = "after_last", _("After passing or using the last attempt")

    role = models.CharField(
        _("role"),
        max_length=10,
        choices=Role.choices,
        default=Role.FINAL,
        help_text=_(
            "Pre-test: taken before the first lesson, not graded. Final assessment: passing it is needed to "
            "complete the course. Post-test: a retention check some weeks after completing the course."
        ),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Leave empty for unlimited attempts. The best attempt is the one that counts."),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Leave empty for no limit. Answers given after the limit are not counted."),
    )
    questions_to_draw = models.PositiveSmallIntegerField(
        _("questions to draw"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(200)],
        help_text=_("Leave empty to ask every question of the bank; otherwise each attempt draws this many at random."),
    )
    draw_per_topic = models.BooleanField(
        _("draw that many from each topic"), default=False, help_text=_("For example 2 from each of the five topics.")
    )
    shuffle_options = models.BooleanField(_("shuffle answer options"), default=True)
    show_answers = models.CharField(
        _("learners may see the correct answers"),
        max_length=12,
        choices=ShowAnswers.choices,
        default=ShowAnswers.AFTER_LAST_ATTEMPT,
        help_text=_("Use “Never” for a pre-test whose questions come again in the final assessment."),
    )
    opens_after_days = models.PositiveSmallIntegerField(
        _("post-test opens after (days)"),
        default=30,
        validators=[MaxValueValidator(730)],
        help_text=_("For a post-test: how many days after completing the course it opens."),
    )
    questions = StreamField(QuestionBankBlock(), verbose_name=_("question bank"))

    content_panels = Page.content_panels + [
        "role",
        "intro",
        "questions",
        PublishingImpactPanel(),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempts_allowed"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("questions_to_draw"),
                FieldPanel("draw_per_topic"),
                FieldPanel("shuffle_options"),
                FieldPanel("show_answers"),
                FieldPanel("opens_after_days"),
            ],
            heading=_("Quiz settings"),
        ),
    ] + Page.settings_panels
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "quizzes/quiz_page.html"

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    @property
    def required_for_completion(self):
        """Passing a final assessment is needed to complete the course (courses/publishing.py)."""
        return self.role == self.Role.FINAL

    @property
    def preview_sizes(self):
        return phone_first_preview_sizes()

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if request.method == "POST":
            return self.serve_start(request)
        return super().serve(request, *args, **kwargs)

    def serve_start(self, request):
        """Start an attempt, or resume the open one, then show it."""
        from django.contrib import messages

        from quizzes.services import QuizUnavailable, attempt_start

        try:
            started = attempt_start(user=request.user, quiz=self)
        except QuizUnavailable as unavailable:
            messages.warning(request, unavailable.message)
            return redirect(self.url)
        if started.timed_out:
            messages.info(
                request, gettext("Time is up. Your answers as they stood at the time limit have been graded.")
            )
            return redirect("quizzes:result", attempt_id=started.attempt.pk)
        return redirect("quizzes:attempt", attempt_id=started.attempt.pk)

    def serve_preview(self, request, mode_name):
        """An author's preview: a freshly drawn attempt, shown but never saved."""
        import random

        from quizzes.selectors import attempt_form_context
        from quizzes.snapshot import snapshot_build

        snapshot = snapshot_build(quiz=self, rng=random.Random())
        context = attempt_form_context(snapshot=snapshot, answers={})
        context.update(page=self, self=self, request=request, preview=True, title=self.title)
        return TemplateResponse(request, "quizzes/attempt.html", context)

    def get_context(self, request, *args, **kwargs):
        from quizzes.selectors import quiz_page_state

        context = super().get_context(request, *args, **kwargs)
        context["state"] = quiz_page_state(user=request.user, quiz=self)
        return context
