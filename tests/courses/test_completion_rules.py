"""Later apps (quizzes, cascade) extend when a course is complete, through courses.hooks."""

import pytest
from wagtail import hooks

from courses.hooks import COURSE_COMPLETION_RULE
from courses.models import Enrollment
from courses.services import enrollment_create, lesson_complete
from tests.factories import build_course, lessons_of

pytestmark = pytest.mark.django_db


def test_a_registered_rule_keeps_the_course_open_until_it_holds(learner):
    passed = {"final assessment": False}

    def final_assessment_passed(*, enrollment):
        return passed["final assessment"]

    with hooks.register_temporarily(COURSE_COMPLETION_RULE, final_assessment_passed):
        course = build_course(lessons=1)
        enrollment_create(user=learner, course=course)
        lesson = lessons_of(course)[0]
        lesson_complete(user=learner, lesson=lesson, course=course)
        assert Enrollment.objects.get().status == Enrollment.Status.IN_PROGRESS
        passed["final assessment"] = True
        lesson_complete(user=learner, lesson=lesson, course=course)
    assert Enrollment.objects.get().is_completed
