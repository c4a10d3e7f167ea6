"""Pages that list things run a fixed number of queries, whatever the number of lessons or courses."""

import pytest
from django.urls import reverse

from courses.services import enrollment_create, lesson_complete
from tests.factories import UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses_of(learner):
    def make(count, lessons):
        courses = [build_course(slug=f"course-{count}-{n}", lessons=lessons, title=f"Course {n}") for n in range(count)]
        for course in courses:
            enrollment_create(user=learner, course=course)
            lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)
        # Other learners in the same courses must not change the counts either.
        for _other in range(3):
            other = UserFactory()
            for course in courses:
                enrollment_create(user=other, course=course)
        return courses

    return make


def count_queries(client, url, django_assert_max_num_queries, limit, method="get"):
    with django_assert_max_num_queries(limit) as captured:
        response = getattr(client, method)(url)
    assert response.status_code == (200 if method == "get" else 302)
    return len(captured)


@pytest.mark.parametrize("lessons", [3, 12])
def test_lesson_page_queries_do_not_grow_with_lessons(
    client, learner, courses_of, django_assert_max_num_queries, lessons
):
    course = courses_of(1, lessons)[0]
    client.force_login(learner)
    url = lessons_of(course)[1].url
    client.get(url)  # warm per-process caches (content types, site root paths)
    assert count_queries(client, url, django_assert_max_num_queries, 15) <= 15


def test_lesson_page_queries_are_the_same_for_small_and_large_courses(
    client, learner, courses_of, django_assert_max_num_queries
):
    small, large = courses_of(1, 2)[0], build_course(slug="large", lessons=15, title="Large")
    enrollment_create(user=learner, course=large)
    lesson_complete(user=learner, lesson=lessons_of(large)[0], course=large)
    client.force_login(learner)
    client.get(lessons_of(small)[1].url)
    first = count_queries(client, lessons_of(small)[1].url, django_assert_max_num_queries, 15)
    second = count_queries(client, lessons_of(large)[7].url, django_assert_max_num_queries, 15)
    assert first == second


def test_my_learning_queries_do_not_grow_with_courses(client, learner, courses_of, django_assert_max_num_queries):
    courses_of(1, 3)
    client.force_login(learner)
    url = reverse("courses:my_learning")
    client.get(url)
    few = count_queries(client, url, django_assert_max_num_queries, 15)
    courses_of(4, 6)
    many = count_queries(client, url, django_assert_max_num_queries, 15)
    assert few == many


@pytest.mark.parametrize("lessons", [3, 12])
def test_marking_a_lesson_complete_runs_at_most_ten_queries(client, learner, courses_of, lessons):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    course = courses_of(1, lessons)[0]
    client.force_login(learner)
    chosen = lessons_of(course)
    client.post(reverse("courses:lesson_complete", kwargs={"course_id": course.pk, "lesson_id": chosen[0].pk}))
    url = reverse("courses:lesson_complete", kwargs={"course_id": course.pk, "lesson_id": chosen[1].pk})
    with CaptureQueriesContext(connection) as captured:
        assert client.post(url).status_code == 302
    # Inside the test's own transaction, the service's atomic block becomes SAVEPOINT/RELEASE
    # statements; in production it is BEGIN/COMMIT, which Django does not count as queries.
    queries = [query["sql"] for query in captured if "SAVEPOINT" not in query["sql"]]
    assert len(queries) <= 10, "\n".join(queries)


def test_course_page_and_catalogue_queries_do_not_grow_with_lessons_or_courses(
    client, learner, courses_of, django_assert_max_num_queries
):
    small = courses_of(1, 2)[0]
    client.force_login(learner)
    client.get(small.url)
    counts = [count_queries(client, small.url, django_assert_max_num_queries, 15)]
    catalogue_url = small.get_parent().url
    catalogue = [count_queries(client, catalogue_url, django_assert_max_num_queries, 15)]
    large = courses_of(3, 12)[0]
    counts.append(count_queries(client, large.url, django_assert_max_num_queries, 15))
    catalogue.append(count_queries(client, catalogue_url, django_assert_max_num_queries, 15))
    assert counts[0] == counts[1]
    assert catalogue[0] == catalogue[1]
