"""Builds the demo courses and reporting contacts in kk, ru and en; running it again changes nothing.

The Kazakh pages are the source; Russian and English are their translations (same
translation_key), so enrolment and progress are shared across languages.
"""

import json
import uuid

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Site

from courses.h5p.requirement import AUTOMATIC
from courses.models import CourseIndexPage, CoursePage, LessonPage, ReportingContact
from lms.models import Region

SOURCE = settings.LANGUAGE_CODE
DEMO_NAMESPACE = uuid.UUID("6f1d3c4e-2b0a-4f5e-9c61-7a8b9d0e1f23")
TRANSLATIONS = [code for code, _name in settings.LANGUAGES if code != SOURCE]

CATALOGUE = {
    "slug": "courses",
    "title": {"kk": "Курстар", "ru": "Курсы", "en": "Courses"},
    "intro": {
        "kk": "<p>Мұғалімдерге және тренерлерге арналған оқу курстары.</p>",
        "ru": "<p>Учебные курсы для учителей и тренеров.</p>",
        "en": "<p>Training courses for teachers and trainers.</p>",
    },
}


def block_value(kind, value, language, packages=None):
    """The raw StreamField value of one demo block in one language."""
    text = lambda item: item[language]  # noqa: E731
    if kind == "heading":
        return {"text": text(value), "level": "h2"}
    if kind == "paragraph":
        return text(value)
    if kind == "callout":
        return {"kind": value["kind"], "title": text(value["title"]), "text": text(value["text"])}
    if kind == "warning_signs":
        return {"title": text(value["title"]), "signs": text(value["signs"]), "note": text(value["note"])}
    if kind == "case_scenario":
        return {
            "title": text(value["title"]) if value.get("title") else "",
            "situation": text(value["situation"]),
            "question": text(value["question"]),
            "model_answer": text(value["model_answer"]),
        }
    if kind == "knowledge_check":
        return {
            "question": text(value["question"]),
            "options": [
                {"text": text(option["text"]), "correct": option["correct"], "feedback": text(option["feedback"])}
                for option in value["options"]
            ],
        }
    if kind == "reporting_contacts":
        return {"title": text(value["title"])}
    if kind == "h5p_activity":
        package = (packages or {}).get((value["package"], language))
        return {
            "title": text(value["title"]),
            "instructions": text(value["instructions"]),
            "package": package.pk if package else None,
            "required": AUTOMATIC,
        }
    raise ValueError(f"Unknown demo block {kind}")


def body_json(blocks, language, slug="", packages=None):
    """The body of a demo lesson; block ids are the same in every language, as a translation keeps them."""
    return json.dumps(
        [
            {"type": kind, "value": block_value(kind, value, language, packages), "id": block_id(slug, position)}
            for position, (kind, value) in enumerate(blocks)
        ]
    )


def block_id(slug, position):
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{slug}/{position}"))


def objectives_json(objectives, language):
    return json.dumps([{"type": "objective", "value": item} for item in objectives[language]])


def publish(page):
    page.save_revision().publish()
    return page


def set_fields(page, fields):
    for name, value in fields.items():
        setattr(page, name, value)


def ensure_page(parent, model, slug, fields_for, language):
    """The child page with this slug, created and published in `language` if it is missing."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields_for(language))
        parent.add_child(instance=page)
        publish(page)
    return page


def ensure_translation(page, language, fields):
    locale = Locale.objects.get(language_code=language)
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation
    translation = page.copy_for_translation(locale, copy_parents=True)
    set_fields(translation, fields)
    translation.save()
    return publish(translation)


def ensure_activities(page, lesson, language, packages):
    """Give a lesson loaded before H5P arrived its demo activity (a database from an earlier `make run`)."""
    wanted = any(kind == "h5p_activity" for kind, _value in lesson["body"])
    if wanted and not any(item["type"] == "h5p_activity" for item in page.body.raw_data):
        page.body = body_json(lesson["body"], language, lesson["slug"], packages)
        page.save()
        publish(page)


def catalogue_fields(language):
    return {"title": CATALOGUE["title"][language], "intro": CATALOGUE["intro"][language]}


def course_fields(course, language):
    return {
        "title": course["title"][language],
        "summary": course["summary"][language],
        "audience": course["audience"],
        "estimated_minutes": course["estimated_minutes"],
        "certificate_validity_months": course["certificate_validity_months"],
        "objectives": objectives_json(course["objectives"], language),
    }


def lesson_fields(lesson, language, packages=None):
    return {
        "title": lesson["title"][language],
        "intro": lesson["intro"][language],
        "estimated_minutes": lesson["estimated_minutes"],
        "required": lesson["required"],
        "body": body_json(lesson["body"], language, lesson["slug"], packages),
    }


def contacts_load(contacts):
    source_locale = Locale.objects.get(language_code=SOURCE)
    regions = {region.code: region for region in Region.objects.all()}
    for order, contact in enumerate(contacts):
        region = regions.get(contact["region_code"]) if contact["region_code"] else None
        source = ReportingContact.objects.filter(locale=source_locale, phone=contact["phone"], region=region).first()
        if source is None:
            source = ReportingContact.objects.create(
                locale=source_locale,
                phone=contact["phone"],
                region=region,
                sort_order=order,
                service=contact["service"][SOURCE],
                hours=contact["hours"][SOURCE],
                note=contact["note"][SOURCE],
            )
        for language in TRANSLATIONS:
            locale = Locale.objects.get(language_code=language)
            if source.get_translation_or_none(locale) is None:
                translation = source.copy_for_translation(locale)
                translation.service = contact["service"][language]
                translation.hours = contact["hours"][language]
                translation.note = contact["note"][language]
                translation.save()


@transaction.atomic
def demo_courses_load(courses, contacts, packages=None):
    """Create the catalogue, the courses and their lessons in every language, and the contacts.

    `packages` maps (demo package name, language) to the H5P packages the lessons' activities play.
    """
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = ensure_page(home, CourseIndexPage, CATALOGUE["slug"], catalogue_fields, SOURCE)
    for language in TRANSLATIONS:
        ensure_translation(index, language, catalogue_fields(language))
    created = 0
    for course in courses:
        existed = CoursePage.objects.child_of(index).filter(slug=course["slug"]).exists()
        page = ensure_page(index, CoursePage, course["slug"], lambda lang, c=course: course_fields(c, lang), SOURCE)
        created += not existed
        lessons = [
            ensure_page(
                page, LessonPage, lesson["slug"], lambda lang, item=lesson: lesson_fields(item, lang, packages), SOURCE
            )
            for lesson in course["lessons"]
        ]
        for language in TRANSLATIONS:
            ensure_translation(page, language, course_fields(course, language))
            for lesson, lesson_page in zip(course["lessons"], lessons, strict=True):
                translation = ensure_translation(lesson_page, language, lesson_fields(lesson, language, packages))
                ensure_activities(translation, lesson, language, packages)
        for lesson, lesson_page in zip(course["lessons"], lessons, strict=True):
            ensure_activities(lesson_page, lesson, SOURCE, packages)
    contacts_load(contacts)
    return created
