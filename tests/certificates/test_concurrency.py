"""Twenty completions at once give one certificate and one email: checked on PostgreSQL."""

import pytest
from django.core import mail

from certificates.models import Certificate
from courses.services import enrollment_create, lesson_complete
from tests.courses.test_concurrency import run_at_once
from tests.factories import UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_twenty_concurrent_completions_issue_one_certificate_and_one_email(postgresql_only):
    course = build_course(lessons=1)
    holder = UserFactory()
    enrollment_create(user=holder, course=course)
    lesson = lessons_of(course)[0]
    errors = run_at_once(20, lambda: lesson_complete(user=holder, lesson=lesson, course=course))
    assert errors == []
    assert Certificate.objects.count() == 1
    assert len([message for message in mail.outbox if message.to == [holder.email]]) == 1


@pytest.fixture
def postgresql_only():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("Real parallel writes need PostgreSQL; CI runs this file there (DATABASE_URL).")
