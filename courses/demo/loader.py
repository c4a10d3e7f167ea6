"""Builds the demo courses and reporting contacts in kk, ru and en; running it again changes nothing.

The Kazakh pages are the source; Russian and English are their translations (same
translation_key), so enrolment and progress are shared across languages.
"""

import json

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Site

from courses.models import CourseIndexPage, CoursePage, LessonPage, ReportingContact
from lms.models import Region

SOURCE = settings.LANGUAGE_CODE
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


def block_value(kind, value, language):
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
    raise ValueError(f"Unknown demo block {kind}")


def body_json(blocks, language):
    return json.dumps([{"type": kind, "value": block_value(kind, value, language)} for kind, value in blocks])


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


def lesson_fields(lesson, language):
    return {
        "title": lesson["title"][language],
        "intro": lesson["intro"][language],
        "estimated_minutes": lesson["estimated_minutes"],
        "required": lesson["required"],
        "body": body_json(lesson["body"], language),
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
def demo_courses_load(courses, contacts):
    """Create the catalogue, the courses and their lessons in every language, and the contacts."""
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
            ensure_page(page, LessonPage, lesson["slug"], lambda lang, item=lesson: lesson_fields(item, lang), SOURCE)
            for lesson in course["lessons"]
        ]
        for language in TRANSLATIONS:
            ensure_translation(page, language, course_fields(course, language))
            for lesson, lesson_page in zip(course["lessons"], lessons, strict=True):
                ensure_translation(lesson_page, language, lesson_fields(lesson, language))
    contacts_load(contacts)
    return created
