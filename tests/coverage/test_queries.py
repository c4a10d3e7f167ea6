"""The coverage pages read the same number of queries for a small data set as for one with many
more learners, certificates, groups and trainers in many regions."""

from datetime import timedelta

import pytest

from courses.services import enrollment_create
from coverage.rebuild import summaries_rebuild
from lms import roles
from tests.coverage.helpers import days_ago, group, holder, person, region, scores, today, trained, trainee, trainer
from tests.factories import DistrictFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(courses):
    """The figures here come from certificates, groups and scores: the courses need no lessons."""
    return courses


NATIONAL = "/en/coverage/"
REGION = "/en/coverage/regions/KZ-35/"
CASCADE = "/en/coverage/cascade/"
CASCADE_OF_REGION = "/en/coverage/cascade/?region=KZ-35"
VIEWERS = {
    "analyst": lambda: UserFactory(roles=[roles.MINISTRY_ANALYSTS]),
    "coordinator of KZ-35": lambda: UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=region("KZ-35")),
}
# Measured: the request's session, user and roles, the courses offered, then each table's own
# queries (see the docstrings of the selectors), and one for whether a change is still being
# carried through the summaries (the notice); the cascade of one region reads that region once
# more, and a coordinator's own pages read as many as an analyst's.
CEILINGS = {
    ("analyst", NATIONAL): 11,
    # One each is the audit record of a page that names people (lms/audit.py).
    ("analyst", REGION): 22,
    ("analyst", CASCADE): 19,
    ("analyst", CASCADE_OF_REGION): 20,
    ("coordinator of KZ-35", REGION): 22,
    ("coordinator of KZ-35", CASCADE_OF_REGION): 20,
}


def one_of_each(programme, master, code):
    """A region's share of the data: holders in districts and without one, a certificate that
    expires soon, a learner still studying, a trainer's group with two trainees, and a trainer
    whose five trainees score far below the region."""
    teachers = programme[0]
    districts = [DistrictFactory(region=region(code)) for _ in range(2)]
    for district in [*districts, None]:
        holder(teachers, code, district=district, issued_on=days_ago(3))
    holder(teachers, code, issued_on=days_ago(700), expires_on=today() + timedelta(days=20))
    enrollment_create(user=person(code), course=teachers)
    cohort = group(trainer(programme, master, code), teachers, code, district=districts[0])
    for final in (60, 90):
        scores(teachers.translation_key, trainee(cohort, code), pre=30, final=final)
    trained(UserFactory(), teachers, [80] * 5, code)
    trained(UserFactory(), teachers, [50] * 5, code)


@pytest.fixture
def small(programme, master):
    one_of_each(programme, master, "KZ-35")
    summaries_rebuild()
    return programme, master


def grow(programme, master):
    for code in ("KZ-35", "KZ-35", "KZ-71", "KZ-75", "KZ-55", "KZ-11"):
        one_of_each(programme, master, code)
    summaries_rebuild()


def queries_of(client, address, ceiling, django_assert_max_num_queries):
    client.get(address)  # caches warmed (site root, locales) as on a running server
    with django_assert_max_num_queries(ceiling) as captured:
        assert client.get(address).status_code == 200
    return len(captured)


@pytest.mark.parametrize(("who", "address"), CEILINGS)
def test_a_coverage_page_reads_the_same_queries_however_much_there_is_to_count(
    client, small, who, address, django_assert_max_num_queries
):
    client.force_login(VIEWERS[who]())
    ceiling = CEILINGS[who, address]
    few = queries_of(client, address, ceiling, django_assert_max_num_queries)
    grow(*small)
    assert queries_of(client, address, ceiling, django_assert_max_num_queries) == few == ceiling
