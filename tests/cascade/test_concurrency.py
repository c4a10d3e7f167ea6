"""Twelve teachers join a cohort of eight places at the same moment: eight get in, four are told
it is full. Checked on PostgreSQL."""

import queue
from datetime import timedelta

import pytest
from django.utils import timezone

from cascade.models import Cohort, CohortMember
from cascade.services import CascadeRefusal, cohort_join, cohort_open
from courses.models import CoursePage
from lms.models import Region
from tests.courses.test_concurrency import postgresql_only, run_at_once  # noqa: F401  (a fixture)
from tests.factories import CertificateFactory, UserFactory, build_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_concurrent_joins_never_fill_a_cohort_past_its_places(postgresql_only):  # noqa: F811
    course = build_course(lessons=1)
    trainer_course = build_course(slug="trainers", lessons=1)
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    master = UserFactory()
    CertificateFactory(user=master, course_key=trainer_course.translation_key, generation=0)
    today = timezone.localdate()
    cohort = cohort_open(
        trainer=master,
        course=course,
        name="Group",
        region=Region.objects.get(code="KZ-35"),
        starts_on=today,
        ends_on=today + timedelta(days=10),
        capacity=8,
    )
    teachers = queue.Queue()
    for _ in range(12):
        teachers.put(UserFactory())
    errors = run_at_once(12, lambda: cohort_join(user=teachers.get(), cohort=cohort))
    assert len(errors) == 4 and all(isinstance(error, CascadeRefusal) for error in errors)
    assert CohortMember.objects.filter(cohort=cohort).count() == 8
    assert Cohort.objects.get(pk=cohort.pk).member_count == 8
