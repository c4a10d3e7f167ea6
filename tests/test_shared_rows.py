"""Rows built once for a module (tests/shared_rows.py): every test starts from them as built, and
what a test changes is gone before the next test."""

import pytest

from courses.models import CoursePage, LessonPage
from lms.models import User
from tests.factories import UserFactory, build_course
from tests.shared_rows import built_once

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def course(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, lambda: build_course(slug="shared", lessons=2))


@pytest.mark.parametrize("run", [1, 2])
def test_each_test_starts_from_the_rows_as_built_whatever_the_last_one_changed(course, run):
    shared = CoursePage.objects.get(pk=course.pk)
    assert shared.title == "Responding to abuse" and shared.live
    assert LessonPage.objects.child_of(shared).count() == 2
    assert not User.objects.filter(email="changed@example.org").exists()

    CoursePage.objects.filter(pk=course.pk).update(title=f"Changed by run {run}")
    LessonPage.objects.child_of(shared).first().delete()
    UserFactory(email="changed@example.org")
    assert LessonPage.objects.child_of(shared).count() == 1
