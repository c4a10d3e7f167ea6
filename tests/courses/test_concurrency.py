"""Two requests at once give one result: checked on PostgreSQL, where requests really run in parallel."""

import threading

import pytest
from django.db import connection, connections

from courses.models import Enrollment, LessonCompletion
from courses.services import enrollment_create, lesson_complete
from tests.factories import UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_at_once(count, work):
    barrier = threading.Barrier(count)
    errors = []

    def worker():
        try:
            barrier.wait()
            work()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.fixture
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("Real parallel writes need PostgreSQL; CI runs this file there (DATABASE_URL).")


def test_concurrent_completions_of_one_lesson_give_one_row(postgresql_only):
    course = build_course(lessons=3)
    learner = UserFactory()
    enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    errors = run_at_once(8, lambda: lesson_complete(user=learner, lesson=lesson, course=course))
    assert errors == []
    assert LessonCompletion.objects.count() == 1
    assert Enrollment.objects.get().lessons_done == 1


def test_concurrent_completions_of_different_lessons_count_every_one(postgresql_only):
    course = build_course(lessons=4)
    learner = UserFactory()
    enrollment_create(user=learner, course=course)
    lessons = iter(lessons_of(course))
    lock = threading.Lock()

    def complete_next():
        with lock:
            lesson = next(lessons)
        lesson_complete(user=learner, lesson=lesson, course=course)

    assert run_at_once(4, complete_next) == []
    enrollment = Enrollment.objects.get()
    assert enrollment.lessons_done == 4 and enrollment.is_completed


def test_concurrent_enrolments_give_one_enrolment(postgresql_only):
    course = build_course(lessons=1)
    learner = UserFactory()
    assert run_at_once(8, lambda: enrollment_create(user=learner, course=course)) == []
    assert Enrollment.objects.count() == 1
