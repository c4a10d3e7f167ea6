"""The demo course carries the project's H5P activity in every language."""

import pytest

from courses.demo.registration import load_demo_courses
from courses.models import H5PPackage, LessonPage

pytestmark = pytest.mark.django_db


def activity_blocks(language):
    lesson = LessonPage.objects.get(slug="responding-to-disclosure", locale__language_code=language)
    return lesson, [item for item in lesson.body.raw_data if item["type"] == "h5p_activity"]


def test_demo_lesson_plays_a_package_in_each_language_with_one_block_id():
    load_demo_courses()
    ids = set()
    for language in ("kk", "ru", "en"):
        _lesson, blocks = activity_blocks(language)
        assert len(blocks) == 1
        package = H5PPackage.objects.get(pk=blocks[0]["value"]["package"])
        assert package.language == language
        assert package.main_library == "Qorgau.ScenarioChoice 1.0"
        ids.add(blocks[0]["id"])
    assert len(ids) == 1  # attempts follow the learner across languages


def test_demo_loader_stores_each_package_once_and_mends_an_older_demo_lesson():
    load_demo_courses()
    lesson, _blocks = activity_blocks("ru")
    lesson.body = [item for item in lesson.body.raw_data if item["type"] != "h5p_activity"]
    lesson.save_revision().publish()

    load_demo_courses()
    assert H5PPackage.objects.count() == 3
    _lesson, blocks = activity_blocks("ru")
    assert len(blocks) == 1
    assert LessonPage.objects.get(pk=lesson.pk).live
