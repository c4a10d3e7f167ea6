"""The nightly recount and a learner's progress at the same moment: the learner's change is
neither lost nor counted twice. Checked on PostgreSQL, where the two really run in parallel."""

import threading

import pytest
from django.db import connections

from courses.services import enrollment_create
from coverage import rebuild
from coverage.models import LearnerFact
from tests.courses.test_concurrency import postgresql_only  # noqa: F401  (a fixture)
from tests.coverage.test_summaries import recomputed_summaries, stored_summaries
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_learner_enrolling_while_the_summaries_are_recounted_is_counted(postgresql_only, monkeypatch):  # noqa: F811
    course = build_course(slug="teachers", lessons=1)
    learner = UserFactory()
    counted, enrolled = threading.Event(), threading.Event()
    computed = rebuild.facts_computed

    def facts_then_wait(today=None):
        facts = computed(today)  # the raw rows as they are now, without the enrolment below
        counted.set()
        enrolled.wait(timeout=3)  # the learner enrols now; with the summaries held, they wait for us
        return facts

    monkeypatch.setattr(rebuild, "facts_computed", facts_then_wait)
    done = {}

    def recount():
        try:
            rebuild.summaries_rebuild()
        finally:
            connections.close_all()

    def enrol():
        counted.wait(timeout=10)
        try:
            enrollment_create(user=learner, course=course)
            done["enrolled"] = True
        finally:
            enrolled.set()
            connections.close_all()

    threads = [threading.Thread(target=recount), threading.Thread(target=enrol)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert done.get("enrolled")
    assert LearnerFact.objects.filter(user=learner, course_key=course.translation_key).count() == 1
    monkeypatch.setattr(rebuild, "facts_computed", computed)
    assert stored_summaries() == recomputed_summaries()
