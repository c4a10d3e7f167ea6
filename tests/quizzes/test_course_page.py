"""The course page with its tests stays within the course page's query budget."""

import pytest

from courses.services import enrollment_create, lesson_complete
from quizzes.services import attempt_start, attempt_submit
from tests.factories import build_course, build_quiz, lessons_of

pytestmark = pytest.mark.django_db


def test_course_page_with_tests_runs_at_most_16_queries_however_many_attempts(
    client, learner, django_assert_max_num_queries
):
    course = build_course(lessons=3)
    pre = build_quiz(course, role="pre", slug="pre", attempts_allowed=None)
    build_quiz(course, role="final", slug="final")
    build_quiz(course, role="post", slug="post")
    enrollment_create(user=learner, course=course)
    for _ in range(3):
        attempt = attempt_start(user=learner, quiz=pre).attempt
        attempt_submit(user=learner, attempt_id=attempt.pk, answers={})
    lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    client.force_login(learner)
    client.get(course.url)
    with django_assert_max_num_queries(16):
        response = client.get(course.url)
    assert response.status_code == 200
    assert 'class="knowledge"' in response.content.decode()  # the learner's scores are there
