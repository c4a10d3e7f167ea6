"""Reads of the courses app, each in a fixed number of queries whatever the number of lessons."""

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import Case, Count, F, Max, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Length, Substr
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Page
from wagtail.query import PageQuerySet

from courses.h5p.selectors import LessonActivity, activities_progress
from courses.hooks import course_certificate, course_first_step
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    PublicCollection,
    ReportingContact,
)
from lms.models import User

# What an outline reads of a lesson: plain values, not pages; the bodies stay in the database.
LESSON_VALUES = ("translation_key", "title", "slug", "required", "path", "locale__language_code", "first_published_at")


def active_language() -> str:
    """The content language of the interface: kk, ru or en."""
    return (get_language() or settings.LANGUAGE_CODE)[:2]


@dataclass
class LessonRow:
    """A live lesson as an outline needs it; its URL is its course's URL and its slug."""

    key: UUID
    title: str
    slug: str
    required: bool
    path: str
    language: str
    url: str | None  # None when the course's URL is not known
    published_at: datetime | None = None  # first published: whether it came after a learner started


def lesson_rows(queryset: PageQuerySet, parent_urls: dict[str, str | None]) -> list[LessonRow]:
    """Rows of the live lessons in a queryset, in tree order; a row's URL is None when its
    course's URL is not among `parent_urls`."""
    rows = []
    for values in queryset.live().order_by("path").values(*LESSON_VALUES):
        parent_url = parent_urls.get(values["path"][: -Page.steplen])
        rows.append(
            LessonRow(
                key=values["translation_key"],
                title=values["title"],
                slug=values["slug"],
                required=values["required"],
                path=values["path"],
                language=values["locale__language_code"],
                # Wagtail's URL of a child page is its parent's URL and its slug (WAGTAIL_APPEND_SLASH).
                url=f"{parent_url}{values['slug']}/" if parent_url else None,
                published_at=values["first_published_at"],
            )
        )
    return rows


@dataclass
class LessonEntry:
    key: UUID
    title: str
    url: str | None
    required: bool
    number: int
    done: bool = False
    published_at: datetime | None = None
    # "since_start": published after the learner started, not done yet; "after_completion": not part
    # of the learner's completion (added, or made required, after it). Set by mark_course_changes.
    added: str = ""


@dataclass
class CourseOutline:
    """A course's lessons in the order of the source language's page tree, each shown in the
    learner's language where a translation is live, else in the source language."""

    course: Page
    lessons: list[LessonEntry] = field(default_factory=list)

    @property
    def first_lesson(self) -> LessonEntry | None:
        return self.lessons[0] if self.lessons else None

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(1 for entry in self.lessons if entry.done)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def next_lesson(self) -> LessonEntry | None:
        """Where to continue: the first lesson not yet done, in course order."""
        return next((entry for entry in self.lessons if not entry.done), None)

    @property
    def added(self) -> list[LessonEntry]:
        """The lessons that came after the learner started or completed (mark_course_changes)."""
        return [entry for entry in self.lessons if entry.added]

    @property
    def added_required(self) -> bool:
        return any(entry.required for entry in self.added)


def mark_course_changes(outline: CourseOutline, enrollment: Enrollment | None) -> CourseOutline:
    """Flag what changed in a course since the learner started it or completed it (the rules are in
    courses/publishing.py): a completed round keeps its completion, so a lesson it lacks is marked
    as added after it; a round in progress shows what was published since it started. No query."""
    if enrollment is None:
        return outline
    if enrollment.is_completed:
        completed_at = enrollment.completed_at
        for entry in outline.lessons:
            published_later = bool(entry.published_at and completed_at and entry.published_at > completed_at)
            if not entry.done and (entry.required or published_later):
                entry.added = "after_completion"
        return outline
    since = enrollment.cycle_started_at if enrollment.cycle > 1 else enrollment.started_at
    if since is not None:
        for entry in outline.lessons:
            if not entry.done and entry.published_at and entry.published_at > since:
                entry.added = "since_start"
    return outline


class OutlineProgressMixin:
    """Progress figures of the outline, for templates that hold a state or an entry."""

    outline: CourseOutline | None

    @property
    def done(self) -> int:
        return self.outline.done if self.outline else 0

    @property
    def percent(self) -> int:
        return self.outline.percent if self.outline else 0

    @property
    def next_lesson(self) -> LessonEntry | None:
        return self.outline.next_lesson if self.outline else None


def canonical_courses(keys: Iterable[UUID]) -> dict[UUID, CoursePage]:
    """The source-language page of each course: the one in the default locale when there is one."""
    pages = CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale").order_by("pk")
    chosen: dict[UUID, CoursePage] = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or page.locale.language_code == settings.LANGUAGE_CODE:
            chosen[page.translation_key] = page
    return chosen


def lessons_of(courses: Iterable[CoursePage]) -> dict[UUID, list[LessonRow]]:
    """Live lessons under the given course pages, in page-tree order, grouped by course key."""
    courses = list(courses)
    if not courses:
        return {}
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth=course.depth + 1)
    rows = lesson_rows(LessonPage.objects.filter(condition), {course.path: course.url for course in courses})
    by_path = {course.path: course.translation_key for course in courses}
    grouped: dict[UUID, list[LessonRow]] = {course.translation_key: [] for course in courses}
    for row in rows:
        grouped[by_path[row.path[: -Page.steplen]]].append(row)
    return grouped


def course_lessons(course: CoursePage, language: str | None = None, course_url: str | None = None) -> list[LessonRow]:
    """Live lessons of a course in the source language's order: lessons are counted and
    ordered the same in every language. One query, two when the course is a translation.

    `language` is the course page's language when the caller knows it without a query.
    """
    if (language or course.locale.language_code) != settings.LANGUAGE_CODE:
        source = (
            CoursePage.objects.live()
            .filter(translation_key=course.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .defer_streamfields()
            .first()
        )
        if source is not None:
            rows = lesson_rows(LessonPage.objects.child_of(source), {source.path: source.url})
            if rows:
                return rows
    return lesson_rows(LessonPage.objects.child_of(course), {course.path: course_url or course.url})


@dataclass
class LessonRule:
    key: UUID
    required: bool


def lesson_rules_of(course_key: UUID) -> list[LessonRule]:
    """The live lessons of a course as completion counts them (key, required), from the course in
    the source language, or in any language when it has no source page. One query."""
    course_paths = CoursePage.objects.filter(translation_key=course_key).values("path")
    rows = list(
        LessonPage.objects.live()
        .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        .filter(parent_path__in=course_paths)
        .values_list("translation_key", "required", "locale__language_code")
        .order_by("path")
    )
    source = [row for row in rows if row[2] == settings.LANGUAGE_CODE] or rows
    language = source[0][2] if source else None
    return [LessonRule(key=key, required=required) for key, required, code in source if code == language]


def localized_lessons(
    lessons: Iterable[LessonRow], language: str | None = None, courses: Iterable[CoursePage] = ()
) -> dict[UUID, LessonRow]:
    """The live translations of these lessons in the interface language, by translation key.

    `courses` are the course pages in that language, whose URLs give the lessons' URLs.
    """
    language = language or active_language()
    keys = [lesson.key for lesson in lessons if lesson.language != language]
    if not keys or not courses:
        return {}
    queryset = LessonPage.objects.filter(translation_key__in=keys, locale__language_code=language)
    rows = lesson_rows(queryset, {course.path: course.url for course in courses})
    return {row.key: row for row in rows if row.url}


def build_outline(
    course: Page,
    canonical_lessons: Iterable[LessonRow],
    translations: dict[UUID, LessonRow],
    done_keys: Container[UUID] = (),
) -> CourseOutline:
    entries = []
    for number, lesson in enumerate(canonical_lessons, start=1):
        shown = translations.get(lesson.key, lesson)
        entries.append(
            LessonEntry(
                key=lesson.key,
                title=shown.title,
                url=shown.url,
                required=lesson.required,
                number=number,
                done=lesson.key in done_keys,
                published_at=lesson.published_at,
            )
        )
    return CourseOutline(course=course, lessons=entries)


def course_outline(
    *,
    course: CoursePage,
    done_keys: Container[UUID] = (),
    course_language: str | None = None,
    course_url: str | None = None,
) -> CourseOutline:
    """The outline of one course in the learner's language (one to three queries)."""
    lessons = course_lessons(course, course_language, course_url)
    return build_outline(course, lessons, localized_lessons(lessons, courses=[course]), done_keys)


def enrollment_for(*, user: User | AnonymousUser, course_key: UUID) -> Enrollment | None:
    """The user's enrolment in a course, or None (also for visitors)."""
    if not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course_key=course_key).first()


@dataclass
class CoursePageState(OutlineProgressMixin):
    outline: CourseOutline
    enrollment: Enrollment | None
    # The step before the lessons (the pre-test) while it is open: the primary next step.
    first_step: dict[str, Any] | None = None
    # A completed course's certificate (courses/hooks.py COURSE_CERTIFICATE).
    certificate: dict[str, Any] | None = None


def course_page_state(*, user: User | AnonymousUser, course: CoursePage) -> CoursePageState:
    """What a course page shows a visitor: the outline, and for a learner their progress, the step
    before the lessons while it is open, and the certificate once the course is complete."""
    enrollment, done_keys = learner_progress(user=user, course_key=course.translation_key)
    # The router found the course in the tree of the interface language, as for lessons.
    outline = course_outline(course=course, done_keys=done_keys, course_language=active_language())
    state = CoursePageState(outline=mark_course_changes(outline, enrollment), enrollment=enrollment)
    if enrollment is not None and enrollment.is_completed:
        state.certificate = course_certificate(enrollment=enrollment)
    elif enrollment is not None:
        state.first_step = course_first_step(user=user, course=course, enrollment=enrollment, done_keys=done_keys)
    return state


@dataclass
class LessonPageState(OutlineProgressMixin):
    course: Page  # the course page, as the router fetched it (not always the specific page)
    course_url: str
    enrollment: Enrollment | None
    outline: CourseOutline | None = None
    current: LessonEntry | None = None
    activities: list[LessonActivity] = field(
        default_factory=list
    )  # the lesson's H5P activities, with what the learner did
    # The step before the lessons that this lesson would close (the pre-test): the page asks first.
    confirm_first: dict[str, Any] | None = None

    @property
    def previous(self) -> LessonEntry | None:
        return self._neighbour(-1)

    @property
    def next(self) -> LessonEntry | None:
        return self._neighbour(+1)

    def _neighbour(self, step: int) -> LessonEntry | None:
        if not self.outline or self.current is None:
            return None
        index = self.current.number - 1 + step
        return self.outline.lessons[index] if 0 <= index < len(self.outline.lessons) else None


def course_of(lesson: LessonPage, request: HttpRequest | None = None) -> Page:
    """The course page of a lesson, from the pages the router already fetched when it can."""
    parent_path = lesson.path[: -Page.steplen]
    for page in getattr(request, "route_ancestors", ()):
        if page.path == parent_path:
            return page
    return Page.objects.get(path=parent_path)


def learner_progress(*, user: User | AnonymousUser, course_key: UUID) -> tuple[Enrollment | None, set[UUID]]:
    """The enrolment and the keys of the lessons done, in one query when anything is done."""
    if not user.is_authenticated:
        return None, set()
    completions = list(
        LessonCompletion.objects.filter(
            enrollment__user=user, enrollment__course_key=course_key, cycle=F("enrollment__cycle")
        ).select_related("enrollment")
    )
    if completions:
        return completions[0].enrollment, {completion.lesson_key for completion in completions}
    return enrollment_for(user=user, course_key=course_key), set()


def lesson_page_state(
    *, user: User | AnonymousUser, lesson: LessonPage, request: HttpRequest | None = None
) -> LessonPageState:
    """A lesson page's course, the learner's enrolment, and the outline with what is done."""
    course = course_of(lesson, request)
    enrollment, done_keys = learner_progress(user=user, course_key=course.translation_key)
    state = LessonPageState(course=course, course_url=course.get_url(request), enrollment=enrollment)
    if enrollment is None:
        return state
    # The course sits in the same language tree as the lesson the router found.
    state.outline = mark_course_changes(
        course_outline(
            course=course, done_keys=done_keys, course_language=active_language(), course_url=state.course_url
        ),
        enrollment,
    )
    state.current = next((entry for entry in state.outline.lessons if entry.key == lesson.translation_key), None)
    state.activities = activities_progress(user=user, lesson=lesson, since=enrollment.round_started_at)
    if not done_keys and enrollment.cycle == 1 and (request is None or request.GET.get("pre_test") != "skip"):
        # Completing this lesson would close a step that only comes before the lessons: ask first.
        step = course_first_step(user=user, course=course, enrollment=enrollment, done_keys=done_keys)
        state.confirm_first = step if step and step["closes"] else None
    return state


@dataclass
class CatalogueEntry:
    course: CoursePage
    enrollment: Enrollment | None


def catalogue_for(*, user: User | AnonymousUser, index: CourseIndexPage) -> list[CatalogueEntry]:
    """The live courses of a catalogue page, each with the visitor's enrolment if any."""
    courses = list(CoursePage.objects.child_of(index).live().select_related("cover_image"))
    enrollments: dict[UUID, Enrollment] = {}
    if user.is_authenticated and courses:
        enrollments = {
            enrollment.course_key: enrollment
            for enrollment in Enrollment.objects.filter(
                user=user, course_key__in=[course.translation_key for course in courses]
            )
        }
    return [CatalogueEntry(course=course, enrollment=enrollments.get(course.translation_key)) for course in courses]


@dataclass
class LearningEntry(OutlineProgressMixin):
    enrollment: Enrollment
    course: CoursePage
    outline: CourseOutline


def my_learning(*, user: User) -> dict[str, list[LearningEntry]]:
    """A learner's courses with progress and the next lesson, in seven queries however many."""
    enrollments = list(Enrollment.objects.filter(user=user).order_by("-updated_at"))
    if not enrollments:
        return {"in_progress": [], "completed": []}
    keys = [enrollment.course_key for enrollment in enrollments]
    language = active_language()
    canonical = canonical_courses(keys)
    localized = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(translation_key__in=keys, locale__language_code=language)
    }
    lessons = lessons_of(canonical.values())
    translations = localized_lessons(
        [lesson for group in lessons.values() for lesson in group], language, courses=localized.values()
    )
    done: dict[int, set[UUID]] = {}
    for enrollment_id, lesson_key in LessonCompletion.objects.filter(
        enrollment__in=enrollments, cycle=F("enrollment__cycle")
    ).values_list("enrollment_id", "lesson_key"):
        done.setdefault(enrollment_id, set()).add(lesson_key)
    result: dict[str, list[LearningEntry]] = {"in_progress": [], "completed": []}
    for enrollment in enrollments:
        course = localized.get(enrollment.course_key) or canonical.get(enrollment.course_key)
        if course is None or not course.live:
            continue
        outline = build_outline(
            course, lessons.get(enrollment.course_key, []), translations, done.get(enrollment.pk, set())
        )
        entry = LearningEntry(enrollment=enrollment, course=course, outline=mark_course_changes(outline, enrollment))
        result["completed" if enrollment.is_completed else "in_progress"].append(entry)
    return result


def reporting_contacts_for(*, user: User | AnonymousUser | None) -> list[ReportingContact]:
    """The live national contacts and those of the user's region, each in the interface language
    where that version is live, else in the default language.

    A draft, a change awaiting review or an unpublished contact is never shown; a contact whose
    translation is not live yet keeps its version in the default language instead of disappearing.
    """
    region_id = getattr(user, "region_id", None) if user is not None and user.is_authenticated else None
    condition = Q(region__isnull=True) | Q(region_id=region_id) if region_id else Q(region__isnull=True)
    language = active_language()
    chosen: dict[UUID, ReportingContact] = {}
    for contact in (
        ReportingContact.objects.filter(condition, live=True)
        .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
        .select_related("locale", "region")
        .order_by("pk")
    ):
        if contact.translation_key not in chosen or contact.locale.language_code == language:
            chosen[contact.translation_key] = contact
    return sorted(
        chosen.values(), key=lambda contact: (contact.region_id is not None, contact.sort_order, contact.service)
    )


def reporting_contacts_version() -> str:
    """Changes whenever a contact is published, unpublished or deleted: part of the key of a cached
    lesson body, so an approved change reaches lessons at once. Every publish, a scheduled one of an
    older revision included, moves the latest publishing time and changes the sum of the live
    revisions; an unpublish or a deletion changes the count."""
    live = ReportingContact.objects.filter(live=True).aggregate(
        count=Count("pk"), revisions=Sum("live_revision_id"), published=Max("last_published_at")
    )
    published = live["published"].timestamp() if live["published"] else 0
    return f"{live['count']}-{live['revisions'] or 0}-{published}"


def collection_is_public(*, collection_id: int) -> bool:
    """Whether an editor chose that this collection's own documents may be downloaded by anyone."""
    return PublicCollection.objects.filter(collection_id=collection_id).exists()


# Trainer courses: the courses whose audience is trainers. Holding a valid certificate of one
# (with a generation) makes a person a trainer; the cascade and the coverage figures ask which
# courses these are in three shapes, each read here.


def trainer_course_keys_query() -> QuerySet[CoursePage, dict[str, Any]]:
    """The translation keys of the trainer courses as an unevaluated query, to go inside another
    (`course_key__in=trainer_course_keys_query()`): no query of its own."""
    return CoursePage.objects.filter(audience=CoursePage.Audience.TRAINER).values("translation_key")


def trainer_course_keys() -> set[UUID]:
    """The translation keys of the trainer courses as a set, for tests in Python (one query)."""
    return set(trainer_course_keys_query().values_list("translation_key", flat=True))


def trainer_course_keys_among(courses: Iterable[Mapping[str, Any]]) -> list[UUID]:
    """The translation keys of the trainer courses among course rows read already (dicts with
    "translation_key" and "audience"), as a list in their order: no query."""
    return [course["translation_key"] for course in courses if course["audience"] == CoursePage.Audience.TRAINER]


def trainer_course_pages(language: str) -> PageQuerySet:
    """The trainer course pages in a language, by title (one query when evaluated)."""
    return CoursePage.objects.filter(audience=CoursePage.Audience.TRAINER, locale__language_code=language).order_by(
        "title"
    )


def home_next_step(user: User | AnonymousUser) -> dict[str, Any] | None:
    """The home page's next step for a learner: the course they worked on last, with its next
    lesson (number of the total) and progress, the pre-test first while it is open, and the
    certificate once it is complete. None for someone enrolled in no published course. At most
    nine queries.

    A course under way comes before a completed one, even one completed since: a teacher with a
    course left to do continues it (the finished one's certificate is in My certificates)."""
    if not user.is_authenticated:
        return None
    completed_last = Case(When(status=Enrollment.Status.COMPLETED, then=Value(1)), default=Value(0))
    enrollment = (
        Enrollment.objects.filter(user=user, course_key__in=CoursePage.objects.live().values("translation_key"))
        .order_by(completed_last, "-updated_at", "-pk")
        .first()
    )
    if enrollment is None:
        return None
    language = active_language()
    pages = sorted(
        CoursePage.objects.live().filter(translation_key=enrollment.course_key).select_related("locale"),
        key=lambda page: (page.locale.language_code != language, page.locale.language_code != settings.LANGUAGE_CODE),
    )
    if not pages:
        return None
    course = pages[0]
    done_keys = set(
        LessonCompletion.objects.filter(enrollment=enrollment, cycle=enrollment.cycle).values_list(
            "lesson_key", flat=True
        )
    )
    outline = mark_course_changes(
        course_outline(course=course, done_keys=done_keys, course_language=course.locale.language_code), enrollment
    )
    step: dict[str, Any] = {
        "template": "courses/includes/home_next_step.html",
        "course": course,
        "enrollment": enrollment,
        "outline": outline,
        "next_lesson": outline.next_lesson,
        "first_step": None,
        "certificate": None,
    }
    if enrollment.is_completed:
        step["certificate"] = course_certificate(enrollment=enrollment)
    else:
        step["first_step"] = course_first_step(user=user, course=course, enrollment=enrollment, done_keys=done_keys)
    return step
