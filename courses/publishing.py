"""What publishing a lesson or a quiz does to the learners of its course, read before it happens.

The rules (README, "Publishing into a running course"; docs/architecture.md §9):
- A completed round stays completed: a lesson or a final assessment added later, or made required,
  never takes a completion or a certificate back. A lesson added later is marked as added after
  they completed, and they may open it.
- Learners in progress see the new item at once: a new lesson counts in their percentage and the
  course page names what was added since they started; a new final assessment appears among the
  course's assessments and must be passed. A required item removed, unpublished or made optional
  completes the course of those who have now done everything else (a background task,
  courses/tasks.py, so the reviewer's request does not grow with the number of learners).
- A reviewer approves a course item from a dialog that says how many learners are enrolled and in
  which of the course's languages the page exists. A new required item is not published into a
  language whose learners have every other lesson translated, while it has no translation there,
  unless the reviewer confirms (`needs_confirmation`); the server refuses otherwise.
"""

from dataclasses import dataclass, field
from uuid import UUID

from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale, Page

from courses.models import CoursePage, Enrollment


@dataclass
class LanguageRow:
    code: str
    name: str
    state: str  # "this" (the page under review), "live", "draft" or "missing"


@dataclass
class PublishingImpact:
    course: CoursePage
    in_progress: int = 0
    completed: int = 0
    languages: list[LanguageRow] = field(default_factory=list)
    becomes_required: bool = False
    # Languages whose learners have every other lesson translated and would meet this one untranslated.
    untranslated: list[LanguageRow] = field(default_factory=list)

    @property
    def enrolled(self) -> int:
        return self.in_progress + self.completed

    @property
    def needs_confirmation(self) -> bool:
        return self.becomes_required and bool(self.untranslated)

    @property
    def untranslated_names(self) -> str:
        return ", ".join(row.name for row in self.untranslated)

    def refusal(self) -> str:
        names = self.untranslated_names
        return gettext(
            "Not published: this required item has no published translation in %(languages)s, while the "
            "course's other lessons are translated. Publish the translations first, or confirm that learners "
            "may meet it in %(source)s."
        ) % {"languages": names, "source": self.source_name}

    @property
    def source_name(self) -> str:
        return next((row.name for row in self.languages if row.state == "this"), "")

    def summary(self) -> str:
        return ngettext(
            "%(count)s learner is enrolled in this course: %(in_progress)s in progress, %(completed)s completed.",
            "%(count)s learners are enrolled in this course: %(in_progress)s in progress, %(completed)s completed.",
            self.enrolled,
        ) % {"count": self.enrolled, "in_progress": self.in_progress, "completed": self.completed}


def required_for_completion(page: Page) -> bool:
    """Whether learners must do this course item to complete the course: a required lesson, a final
    assessment. Course item pages say so with a `required_for_completion` property."""
    return bool(getattr(page, "required_for_completion", False))


def course_of_item(page: Page) -> CoursePage | None:
    """The course a lesson or quiz page sits in, or None for any other page (one query)."""
    if not page.path or page.depth is None or page.depth < 2:
        return None
    return CoursePage.objects.filter(path=page.path[: -Page.steplen]).select_related("locale").first()


def publishing_impact(page: Page, version: Page | None = None) -> PublishingImpact | None:
    """What publishing `version` of a course item (the revision under review; the page itself when
    not given) would change for the course's learners, or None when the page is no course item.
    Eight queries however many learners and languages."""
    course = course_of_item(page)
    if course is None:
        return None
    version = version or page
    live = type(page).objects.filter(pk=page.pk, live=True).first() if page.pk else None
    impact = PublishingImpact(course=course)
    counts = Enrollment.objects.filter(course_key=course.translation_key).aggregate(
        completed=Count("pk", filter=Q(status=Enrollment.Status.COMPLETED)),
        in_progress=Count("pk", filter=~Q(status=Enrollment.Status.COMPLETED)),
    )
    impact.in_progress, impact.completed = counts["in_progress"], counts["completed"]

    names = dict(settings.LANGUAGES)
    course_languages = set(
        CoursePage.objects.live()
        .filter(translation_key=course.translation_key)
        .values_list("locale__language_code", flat=True)
    )
    page_language = Locale.objects.get(pk=page.locale_id).language_code
    # Completion counts the lessons of the course in the source language (lesson_rules_of): a
    # translation changes nothing learners must do, unless the course has no source-language page.
    counted = page_language == settings.LANGUAGE_CODE or settings.LANGUAGE_CODE not in course_languages
    impact.becomes_required = (
        counted and required_for_completion(version) and not (live and required_for_completion(live))
    )
    states = dict(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .values_list("locale__language_code", "live")
    )
    # How many of the course's other live items each language has live: all of them means translated.
    others = list(Page.objects.child_of(course).live().exclude(pk=page.pk).values_list("translation_key", flat=True))
    translated = _live_translations_per_language(others, course_languages - {page_language})
    for code, name in settings.LANGUAGES:
        if code == page_language:
            impact.languages.append(LanguageRow(code, name, "this"))
            continue
        if code not in course_languages:
            continue
        state = "missing" if code not in states else ("live" if states[code] else "draft")
        row = LanguageRow(code, names[code], state)
        impact.languages.append(row)
        if state != "live" and others and translated.get(code, 0) >= len(set(others)):
            impact.untranslated.append(row)
    return impact


def _live_translations_per_language(keys: list[UUID], languages: set[str]) -> dict[str, int]:
    if not keys or not languages:
        return {}
    return dict(
        Page.objects.live()
        .filter(translation_key__in=set(keys), locale__language_code__in=languages)
        .order_by()  # the tree order would split the groups
        .values_list("locale__language_code")
        .annotate(count=Count("translation_key", distinct=True))
        .values_list("locale__language_code", "count")
    )
