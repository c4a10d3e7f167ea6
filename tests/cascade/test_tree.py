"""My cascade: the people a trainer's training reached, by generation, and through whom."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cascade.services import cohort_join
from cascade.tree import cascade_overview
from lms import roles
from tests.cascade.helpers import complete, open_cohort
from tests.cascade.trees import grow_tree
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cascade(courses, master):
    """The master trains Әлия and Марат as trainers; Әлия trains two teachers, one of whom is
    still in training; Марат has not opened a group."""
    teacher_course, trainer_course = courses
    first = open_cohort(master, trainer_course)
    aliya = UserFactory(full_name="Әлия Серікова", roles=[roles.TRAINERS])
    marat = UserFactory(full_name="Марат Ахметов", roles=[roles.TRAINERS])
    for trainee in (aliya, marat):
        cohort_join(user=trainee, cohort=first)
        complete(trainee, trainer_course)
    second = open_cohort(aliya, teacher_course)
    bolat, dana = UserFactory(full_name="Болат Ерланұлы"), UserFactory(full_name="Дана Сапарқызы")
    for trainee in (bolat, dana):
        cohort_join(user=trainee, cohort=second)
    complete(bolat, teacher_course)
    return aliya, marat, bolat, dana


def test_the_overview_counts_each_generation_and_names_only_the_trainers_own_trainees(client, master, cascade):
    aliya, marat, bolat, dana = cascade
    overview = cascade_overview(trainer=master, generation=0)
    assert [(row.generation, row.reached, row.certified, row.trainers) for row in overview.generations] == [
        (1, 2, 2, 1),
        (2, 2, 1, 0),
    ]
    assert (overview.total, overview.total_certified) == (4, 3)
    assert [(branch.person, branch.groups, branch.below, branch.below_certified) for branch in overview.branches] == [
        (aliya, 1, 2, 1)
    ]
    client.force_login(master)
    page = client.get(reverse("cascade:tree")).content.decode()
    assert "Әлия Серікова" in page
    assert "Болат Ерланұлы" not in page and "Дана Сапарқызы" not in page  # deeper: numbers only


def test_a_trainee_who_became_a_trainer_sees_their_own_cascade(client, cascade):
    aliya = cascade[0]
    overview = cascade_overview(trainer=aliya, generation=1)
    assert [(row.generation, row.reached, row.certified) for row in overview.generations] == [(2, 2, 1)]
    assert overview.branches == []


def test_someone_who_is_no_trainer_is_told_how_to_become_one(client, cascade):
    client.force_login(cascade[2])
    response = client.get(reverse("cascade:tree"))
    assert response.status_code == 200 and response.context["overview"] is None


def test_my_cascade_of_10000_descendants_runs_the_same_queries_as_of_4(client, master, cascade, courses):
    client.force_login(master)
    url = reverse("cascade:tree")
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)

    big = UserFactory(roles=[roles.TRAINERS])
    CertificateFactory(user=big, course_key=courses[1].translation_key, generation=0, expires_on=date(2099, 1, 1))
    grow_tree(big, course_key=courses[1].translation_key, sizes=(20, 200, 2000, 7780))
    client.force_login(big)
    with CaptureQueriesContext(connection) as large:
        response = client.get(url)
    overview = response.context["overview"]
    assert overview.total == 10000
    assert [row.reached for row in overview.generations] == [20, 200, 2000, 7780]
    assert [row.certified for row in overview.generations] == [16, 160, 1600, 6224]
    assert len(overview.branches) == 20 and sum(branch.below for branch in overview.branches) == 9980
    assert len(large) == len(small)
