import html
import json

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site

from courses.blocks import ImageBlock, KnowledgeCheckBlock, LessonBodyBlock, VideoBlock
from courses.models import CourseIndexPage, CoursePage, LessonPage, ReportingContact
from courses.services import enrollment_create
from lms.models import HomePage
from tests.factories import build_course, lessons_of

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    assert CourseIndexPage.allowed_parent_page_models() == [HomePage]
    assert CoursePage.allowed_parent_page_models() == [CourseIndexPage]
    assert LessonPage.allowed_parent_page_models() == [CoursePage]
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    from quizzes.models import QuizPage

    assert CoursePage.allowed_subpage_models() == [LessonPage, QuizPage]
    assert QuizPage.allowed_parent_page_models() == [CoursePage]
    assert QuizPage.allowed_subpage_models() == []
    assert LessonPage.allowed_subpage_models() == []
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert not LessonPage.can_create_at(home)
    assert not CoursePage.can_create_at(home)


def test_catalogue_and_course_pages_render(client):
    course = build_course()
    index = course.get_parent()
    catalogue = client.get(index.url).content.decode()
    assert course.title in catalogue
    page = client.get(course.url).content.decode()
    assert "A course for teachers." in page
    assert page.count("<li") >= 3


def every_block_body(image, document):
    return json.dumps(
        [
            {"type": "heading", "value": {"text": "Block heading", "level": "h3"}},
            {"type": "paragraph", "value": "<p>Block paragraph.</p>"},
            {"type": "image", "value": {"image": image.pk, "alt_text": "A teacher listening", "caption": "Listening"}},
            {
                "type": "video",
                "value": {"embed": "", "file": document.pk, "title": "Block video", "transcript": "<p>Said.</p>"},
            },
            {
                "type": "document",
                "value": {"document": document.pk, "title": "Block form", "description": "Fill it in."},
            },
            {"type": "callout", "value": {"kind": "warning", "title": "Block callout", "text": "<p>Careful.</p>"}},
            {
                "type": "warning_signs",
                "value": {"title": "Block signs", "signs": ["Withdrawal"], "note": "Indicators."},
            },
            {
                "type": "case_scenario",
                "value": {
                    "title": "",
                    "situation": "<p>Dana is quiet.</p>",
                    "question": "Block question?",
                    "model_answer": "<p>Listen.</p>",
                },
            },
            {
                "type": "knowledge_check",
                "value": {
                    "question": "Block check?",
                    "options": [
                        {"text": "Promise secrecy", "correct": False, "feedback": "Never promise."},
                        {"text": "Report today", "correct": True, "feedback": "Yes."},
                    ],
                },
            },
            {"type": "reporting_contacts", "value": {"title": "Block contacts"}},
            {"type": "h5p_activity", "value": {"title": "Block activity", "instructions": "Try it."}},
        ]
    )


def test_lesson_renders_every_block(client, learner):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Locale

    image = Image.objects.create(title="Teacher", file=get_test_image_file())
    document = Document.objects.create(title="Form", file=ContentFile(b"form", name="form.pdf"))
    ReportingContact.objects.create(
        locale=Locale.get_default(), service="Child helpline", phone="150", hours="24/7", note="Free"
    )
    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    lesson.body = every_block_body(image, document)
    lesson.save_revision().publish()
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    page = client.get(lesson.url).content.decode()
    for text in (
        "<h3>Block heading</h3>",
        "Block paragraph.",
        'alt="A teacher listening"',
        "<video",
        "Block form",
        "callout-warning",
        "Withdrawal",
        "Block question?",
        'type="radio"',
        "Never promise.",
        'href="tel:150"',
        "Block activity",
    ):
        assert text in page, text


def test_image_without_alt_text_cannot_be_saved():
    image = Image.objects.create(title="Teacher", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "  ", "caption": ""}))


def test_lesson_with_an_image_without_alt_text_cannot_be_published(client):
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    from lms import roles
    from tests.factories import UserFactory

    image = Image.objects.create(title="Teacher", file=get_test_image_file())
    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    client.force_login(UserFactory(is_superuser=True, is_staff=True, roles=[roles.CONTENT_REVIEWERS]))
    data = nested_form_data(
        {
            "title": "Lesson with a picture",
            "slug": lesson.slug,
            "intro": "",
            "estimated_minutes": 10,
            "required": "on",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Text.</p>")),
                    ("image", {"image": image.pk, "alt_text": "", "caption": ""}),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data)
    assert response.status_code == 200
    # The block's errors travel to the editor as JSON: the alternative-text field is the one refused.
    page = html.unescape(response.content.decode())
    assert '"alt_text": {"messages": [' + json.dumps(required_message())[:-1] in page
    lesson.refresh_from_db()
    assert lesson.title == "Lesson 1"


def required_message():
    from django.utils import translation

    with translation.override("kk"):
        return str(translation.gettext("This field is required."))


def test_video_needs_a_link_or_a_file():
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"embed": "", "file": None, "title": "Video", "transcript": ""}))


def test_knowledge_check_needs_exactly_one_correct_answer():
    block = KnowledgeCheckBlock()
    value = block.to_python(
        {
            "question": "Q?",
            "options": [
                {"text": "A", "correct": True, "feedback": "a"},
                {"text": "B", "correct": True, "feedback": "b"},
            ],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_every_block_has_icon_template_and_help_text():
    for name, block in LessonBodyBlock().child_blocks.items():
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.template, name
        assert getattr(block.meta, "help_text", None) or block.field.help_text, name


def test_home_page_links_the_catalogue(client):
    course = build_course()
    assert 'href="/kk/learning/catalogue/"' in client.get("/kk/").content.decode()
    assert client.get("/kk/learning/catalogue/")["Location"] == course.get_parent().url
    assert Page.objects.type(CoursePage).count() == 1
