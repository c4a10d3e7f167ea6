"""The page "My data" reads a fixed number of queries whatever the number of records: three courses with
their attempts, answers and certificates cost what one does."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.privacy.my_data_world import build_world, course_with_quiz, learn

pytestmark = pytest.mark.django_db

# The session and the user (2), the profile (1) and roles (1), courses (4), quizzes (4),
# certificates (2), cascade (4), coverage (3), consents (1), erasure requests (1), accesses (4).
QUERIES = {"privacy:my_data": 27, "privacy:my_data_json": 27, "privacy:my_data_copy": 27}


def counted(client, name):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(name))
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_three_courses_cost_the_same_queries_as_one(client, name):
    world = build_world(courses=1)
    client.force_login(world.person)
    one = counted(client, name)

    for number in (2, 3):
        learn(world.person, *course_with_quiz(number))
    three = counted(client, name)

    assert one == three == QUERIES[name]
