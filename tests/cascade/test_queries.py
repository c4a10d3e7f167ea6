"""Pages that list things read the same number of queries whatever the length of the list."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cascade.services import cohort_join, session_add
from lms import roles
from tests.cascade.helpers import open_cohort
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def queries_of(client, url):
    client.get(url)  # warm caches (site root, locale) the way a running server has them
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_groups_list_reads_the_same_for_one_group_and_for_six(client, courses, master):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    url = reverse("cascade:cohorts")
    open_cohort(master, courses[0])
    one = queries_of(client, url)
    for index in range(5):
        open_cohort(master, courses[index % 2], name=f"Group {index}")
    assert queries_of(client, url) == one <= 12


def test_the_attendance_page_reads_the_same_for_one_trainee_and_for_twenty(client, courses, master):
    today = timezone.localdate()
    cohort = open_cohort(master, courses[0], starts_on=today - timedelta(days=1))
    session = session_add(cohort=cohort, held_on=today, place="204")
    cohort_join(user=UserFactory(), cohort=cohort)
    client.force_login(master)
    url = reverse("cascade:attendance", kwargs={"cohort_id": cohort.pk, "session_id": session.pk})
    one = queries_of(client, url)
    for _ in range(19):
        cohort_join(user=UserFactory(), cohort=cohort)
    assert queries_of(client, url) == one <= 12


def test_the_group_page_reads_the_same_for_one_session_and_for_eight(client, courses, master):
    today = timezone.localdate()
    cohort = open_cohort(master, courses[0], starts_on=today - timedelta(days=10))
    session_add(cohort=cohort, held_on=today, place="204")
    client.force_login(master)
    url = reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk})
    one = queries_of(client, url)
    for days in range(1, 8):
        session_add(cohort=cohort, held_on=today - timedelta(days=days), place="204")
    assert queries_of(client, url) == one <= 14
