"""Later apps (quizzes, certificates) extend when a course is complete and react to it."""

import pytest

from courses import completion
from courses.models import Enrollment
from courses.services import enrollment_create, lesson_complete
from tests.factories import build_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def registries(monkeypatch):
    monkeypatch.setattr(completion, "_rules", [])
    monkeypatch.setattr(completion, "_listeners", [])


def test_a_registered_rule_keeps_the_course_open_until_it_holds(
    registries, learner, django_capture_on_commit_callbacks
):
    passed = {"final assessment": False}
    completion.register_completion_rule(lambda *, enrollment: passed["final assessment"])
    course = build_course(lessons=1)
    enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    lesson_complete(user=learner, lesson=lesson, course=course)
    assert Enrollment.objects.get().status == Enrollment.Status.IN_PROGRESS
    passed["final assessment"] = True
    lesson_complete(user=learner, lesson=lesson, course=course)
    assert Enrollment.objects.get().is_completed


def test_listeners_hear_of_a_completion_once_after_commit(registries, learner, django_capture_on_commit_callbacks):
    heard = []
    completion.register_completion_listener(lambda *, enrollment: heard.append(enrollment.pk))
    course = build_course(lessons=1)
    enrollment = enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner, lesson=lesson, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner, lesson=lesson, course=course)
    assert heard == [enrollment.pk]
