"""Trainer courses, read in one place (courses/selectors.py) in each shape the apps need."""

import pytest

from courses.models import CoursePage, Enrollment
from courses.selectors import (
    trainer_course_keys,
    trainer_course_keys_among,
    trainer_course_keys_query,
    trainer_course_pages,
)
from tests.factories import build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses():
    teacher = build_course(slug="teachers", lessons=1, title="Recognising abuse")
    trainer = build_course(slug="trainers", lessons=1, title="Training teachers")
    CoursePage.objects.filter(pk=trainer.pk).update(audience=CoursePage.Audience.TRAINER)
    return teacher, trainer


def test_every_shape_names_the_trainer_courses_and_no_other(courses, django_assert_num_queries):
    teacher, trainer = courses
    with django_assert_num_queries(1):
        assert trainer_course_keys() == {trainer.translation_key}
    with django_assert_num_queries(0):
        query = trainer_course_keys_query()
    with django_assert_num_queries(1):  # inside another query, as a subquery
        assert list(Enrollment.objects.filter(course_key__in=query)) == []
    assert set(query.values_list("translation_key", flat=True)) == {trainer.translation_key}
    rows = CoursePage.objects.values("translation_key", "audience")
    with django_assert_num_queries(1):  # reading the rows; picking among them asks nothing more
        assert trainer_course_keys_among(list(rows)) == [trainer.translation_key]
    assert [page.pk for page in trainer_course_pages("kk")] == [trainer.pk]
    assert list(trainer_course_pages("ru")) == []
