"""Editors upload H5P packages in the admin and place them in lessons; others may not upload."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.demo.content.h5p_scenarios import content_json
from courses.h5p.packaging import scenario_package, zip_bytes
from courses.h5p.storage import is_stored
from courses.models import H5PPackage, LessonPage
from lms import roles
from tests.factories import UserFactory, build_course, build_h5p_package, lessons_of

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_courses_h5ppackage:add"


def h5p_file(name="activity.h5p", title="Responding well", language="en"):
    data = scenario_package(title=title, language=language, content=content_json(language))
    return SimpleUploadedFile(name, data, content_type="application/zip")


@pytest.fixture
def editor():
    return UserFactory(roles=[roles.CONTENT_EDITORS], language="en")


def test_editor_uploads_a_package_and_it_is_stored_once(client, editor):
    client.force_login(editor)
    response = client.post(reverse(ADD_URL), {"title": "", "upload": h5p_file()})
    assert response.status_code == 302, response.content.decode()[:3000]
    package = H5PPackage.objects.get()
    assert package.title == "Responding well"  # taken from h5p.json when left empty
    assert package.main_library == "Qorgau.ScenarioChoice 1.0"
    assert package.language == "en"
    assert package.uploaded_by == editor
    assert is_stored(package.content_hash)

    client.post(reverse(ADD_URL), {"title": "The same again", "upload": h5p_file()})
    second = H5PPackage.objects.get(title="The same again")
    assert second.content_hash == package.content_hash


def test_upload_form_lists_every_problem_and_keeps_the_title(client, editor):
    client.force_login(editor)
    bad = zip_bytes([("h5p.json", b"{}"), ("content/content.json", b"{}"), ("content/run.js", b"alert(1)")])
    with translation.override("en"):
        response = client.post(
            reverse(ADD_URL),
            {"title": "My scenario", "upload": SimpleUploadedFile("bad.h5p", bad)},
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert response.status_code == 200
    html = response.content.decode()
    assert "content/run.js" in html
    assert "type H5P does not allow" in html
    assert 'value="My scenario"' in html
    assert not H5PPackage.objects.exists()


def test_not_a_zip_is_refused_in_the_users_language(client, editor):
    editor.language = "ru"
    editor.save()
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/courses/h5ppackage/add/",
        {"title": "x", "upload": SimpleUploadedFile("x.h5p", b"hello")},
        HTTP_ACCEPT_LANGUAGE="ru",
        follow=True,
    )
    english = "This file is not an H5P package: it is not a zip archive."
    with translation.override("ru"):
        expected = translation.gettext(english)
    assert expected != english
    assert expected in response.content.decode()
    assert not H5PPackage.objects.exists()


@pytest.mark.parametrize("role", [roles.TRAINERS, roles.CONTENT_REVIEWERS, roles.LEARNERS])
def test_only_content_editors_may_upload(client, role):
    client.force_login(UserFactory(roles=[role]))
    response = client.post(reverse(ADD_URL), {"title": "x", "upload": h5p_file()})
    assert response.status_code in (302, 403)
    assert not H5PPackage.objects.exists()


def test_trainer_may_choose_a_package_for_a_lesson(client):
    build_h5p_package(title="Scenario for trainers")
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    response = client.get(reverse("wagtailsnippetchoosers_courses_h5ppackage:choose"))
    assert response.status_code == 200
    assert "Scenario for trainers" in response.content.decode()


def test_editor_places_a_package_in_a_lesson_through_the_page_editor(client, editor):
    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    package = build_h5p_package()
    client.force_login(UserFactory(is_superuser=True))
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "intro": "",
            "estimated_minutes": 10,
            "required": "on",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Try it.</p>")),
                    (
                        "h5p_activity",
                        {"title": "Your turn", "instructions": "", "package": package.pk, "required": "required"},
                    ),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    body = LessonPage.objects.get(pk=lesson.pk).body
    block = [child for child in body if child.block_type == "h5p_activity"][0]
    assert block.value["package"] == package
    assert block.value["required"] == "required"
