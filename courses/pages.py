"""The course tree: CourseIndexPage → CoursePage → LessonPage."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.admin_panels import PublishingImpactPanel, phone_first_preview_sizes
from courses.blocks import LessonBodyBlock, ObjectivesBlock


class CourseIndexPage(Page):
    """The catalogue of courses in one language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + ["intro"]
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    template = "courses/course_index_page.html"

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = catalogue_for(user=request.user, index=self)
        return context


class CoursePage(Page):
    """A training course; enrolment and progress belong to it in every language."""

    class Audience(models.TextChoices):
        TEACHER = "teacher", _("Teacher course")
        TRAINER = "trainer", _("Trainer course")

    summary = models.TextField(_("summary"), max_length=500, help_text=_("One or two sentences for the catalogue."))
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices, default=Audience.TEACHER)
    objectives = StreamField(ObjectivesBlock(), verbose_name=_("learning objectives"), blank=True)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated minutes"), default=60, validators=[MinValueValidator(1), MaxValueValidator(6000)]
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cover image"),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Child-protection training is usually renewed every one to three years."),
    )

    content_panels = Page.content_panels + [
        "summary",
        "objectives",
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("estimated_minutes"), FieldPanel("certificate_validity_months")],
            heading=_("About the course"),
        ),
        "cover_image",
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    # Quizzes are named, not imported: the quizzes app builds on this one (docs/architecture.md, the layering rule).
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and not getattr(request, "is_preview", False):
            return self.serve_enrolment(request)
        return super().serve(request, *args, **kwargs)

    def serve_enrolment(self, request):
        from courses.hooks import course_start_url
        from courses.selectors import course_outline
        from courses.services import enrollment_create

        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        enrollment_create(user=request.user, course=self)
        start = course_start_url(user=request.user, course=self)
        if start:
            return redirect(start)
        first = course_outline(course=self).first_lesson
        return redirect(first.url if first else self.url)

    def get_context(self, request, *args, **kwargs):
        from courses.hooks import course_sections
        from courses.selectors import course_page_state

        context = super().get_context(request, *args, **kwargs)
        state = context["state"] = course_page_state(user=request.user, course=self)
        context["sections"] = course_sections(user=request.user, course=self, state=state)
        return context


class LessonPage(Page):
    """One lesson; only enrolled learners read it, editors preview it without recording progress."""

    intro = models.CharField(
        _("introduction"), max_length=300, blank=True, help_text=_("One sentence: what the lesson is about.")
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated minutes"), default=10, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    required = models.BooleanField(
        _("required for completion"), default=True, help_text=_("Learners must complete it to complete the course.")
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("lesson content"))

    content_panels = Page.content_panels + [
        "intro",
        MultiFieldPanel([FieldPanel("estimated_minutes"), FieldPanel("required")], heading=_("Settings")),
        "body",
        PublishingImpactPanel(),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")

    @property
    def required_for_completion(self):
        """Learners must complete it to complete the course (courses/publishing.py)."""
        return self.required

    @property
    def preview_sizes(self):
        return phone_first_preview_sizes()

    def serve(self, request, *args, **kwargs):
        from courses.selectors import lesson_page_state

        if getattr(request, "is_preview", False):
            request.lesson_state = None
            return super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        state = lesson_page_state(user=request.user, lesson=self, request=request)
        if state.enrollment is None:
            messages.info(request, gettext("Enrol in the course to open its lessons."))
            return redirect(state.course_url)
        request.lesson_state = state
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses.h5p.selectors import activities_version, player_config

        context = super().get_context(request, *args, **kwargs)
        state = context["state"] = getattr(request, "lesson_state", None)
        if any(block["type"] == "reporting_contacts" for block in self.body.raw_data):
            from courses.selectors import reporting_contacts_version

            context["contacts_version"] = reporting_contacts_version()
        if state is None and any(block["type"] == "h5p_activity" for block in self.body.raw_data):
            from courses.h5p.origins import h5p_origin

            # The editor's preview plays activities too; nothing is recorded.
            context["h5p_preview"] = {"origin": h5p_origin(), "preview": True}
        if state is not None and state.activities:
            context["h5p_config"] = player_config(user=request.user, lesson=self, activities=state.activities)
            context["h5p_version"] = activities_version(state.activities)
        return context
