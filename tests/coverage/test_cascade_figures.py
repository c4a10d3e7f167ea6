"""The cascade analytics' figures (trainer utilisation, knowledge by generation, trainers to
follow up, reach per master trainer) against small data sets whose answers are worked out by hand."""

import pytest
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CoursePage
from courses.services import enrollment_create
from coverage.rebuild import summaries_rebuild
from coverage.selectors.cascade import utilisation
from lms import roles
from quizzes.services import attempt_start, attempt_submit
from tests.coverage.helpers import (
    answers,
    by_name,
    certificate,
    filters,
    group,
    holder,
    person,
    revoked,
    scores,
    table,
    trained,
    trainee,
    trainer,
)
from tests.factories import UserFactory, build_course, build_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(courses):
    """The figures here come from certificates, groups and scores: the courses need no lessons."""
    return courses


# Trainer utilisation


@pytest.fixture
def trainers(programme, master):
    """The master trainer trained three trainers: one trained 3 teachers, one 7, one nobody."""
    teachers = programme[0]
    some, busy, _idle = (trainer(programme, master) for _ in range(3))
    small, big = group(some, teachers), group(busy, teachers)
    for _ in range(3):
        trainee(small)
    for _ in range(7):
        trainee(big)
    summaries_rebuild()
    return teachers


def test_utilisation_counts_certified_trainers_and_those_who_ran_a_group(trainers):
    use = utilisation(filters(trainers))
    assert (use["certified"], use["ran"], use["share"]) == (4, 2, 50.0)


def test_trainers_are_grouped_by_how_many_trainees_of_the_course_they_trained(trainers):
    rows = table("trainees-per-trainer", trainers).rows
    assert [(row["bucket"], row["trainers"]) for row in rows] == [
        ("0", 2),
        ("1–5", 1),
        ("6–15", 1),
        ("16–30", 0),
        ("31–60", 0),
        ("61 or more", 0),
    ]


def test_a_revoked_trainer_certificate_does_not_make_a_certified_trainer(programme, master):
    revoked(programme[1], generation=1, trainer=master)
    summaries_rebuild()
    assert utilisation(filters(programme[0]))["certified"] == 1


def test_only_certified_trainers_count_among_those_who_ran_a_group(programme, master):
    # The master trainer ran nothing; a trainer who led a group has since lost their certificate.
    former = trainer(programme, master)
    group(former, programme[0])
    Certificate.objects.filter(user=former).update(
        status=Certificate.Status.REVOKED, revoked_at=timezone.now(), revoked_reason="Issued in error"
    )
    summaries_rebuild()
    use = utilisation(filters(programme[0]))
    assert (use["certified"], use["ran"], use["share"]) == (1, 0, 0.0)


def test_a_trainer_certified_in_two_trainer_courses_is_one_trainer(programme, master):
    second = build_course(slug="trainers-again", lessons=0, title="Training teachers, part two")
    CoursePage.objects.filter(pk=second.pk).update(audience=CoursePage.Audience.TRAINER)
    both = trainer(programme, master)
    certificate(second, both, trainer=master, generation=1)
    group(both, programme[0])
    summaries_rebuild()
    use = utilisation(filters(programme[0]))
    assert (use["certified"], use["ran"], use["share"]) == (2, 1, 50.0)


def test_the_trainees_per_trainer_add_up_to_the_certified_trainers_of_the_region(programme, master):
    """A trainer who lost their certificate, and a trainer of another region who trained here,
    are not certified trainers of this region: the table counts only those who are."""
    teachers = programme[0]
    former = trainer(programme, master)
    for _ in range(2):
        trainee(group(former, teachers))
    Certificate.objects.filter(user=former).update(
        status=Certificate.Status.REVOKED, revoked_at=timezone.now(), revoked_reason="Issued in error"
    )
    visitor = trainer(programme, master, "KZ-71")
    for _ in range(7):
        trainee(group(visitor, teachers))  # a group in KZ-35, trainees of KZ-35
    local = trainer(programme, master)
    trainee(group(local, teachers, "KZ-71"), "KZ-71")  # a KZ-35 trainer who trained in Astana
    summaries_rebuild()
    rows = table("trainees-per-trainer", teachers, region="KZ-35").rows
    # Certified trainers of KZ-35: the master trainer (nobody) and the local one (1, in Astana).
    assert [(row["bucket"], row["trainers"]) for row in rows] == [
        ("0", 1),
        ("1–5", 1),
        ("6–15", 0),
        ("16–30", 0),
        ("31–60", 0),
        ("61 or more", 0),
    ]
    assert sum(row["trainers"] for row in rows) == utilisation(filters(teachers, region="KZ-35"))["certified"]


# Knowledge by generation


@pytest.fixture
def scored(programme, master):
    """Generation 1 (the master's group): pre 40/final 80 passed, pre 60/final 50 failed.
    Generation 2: pre 30/final 90 passed. Outside the cascade: final 70 passed."""
    teachers = programme[0]
    first = group(master, teachers)
    trainee(first, pre=40, final=80)
    trainee(first, pre=60, final=50)
    trainee(group(trainer(programme, master), teachers), pre=30, final=90)
    alone = person()
    enrollment_create(user=alone, course=teachers)
    scores(teachers.translation_key, alone, final=70)
    summaries_rebuild()
    return teachers


def test_generation_means_are_of_first_attempt_pre_and_final_scores(scored):
    rows = by_name(table("generations", scored).rows, "generation")
    assert (rows["1"]["learners"], rows["1"]["pre_mean"], rows["1"]["final_mean"]) == (2, 50.0, 65.0)
    assert (rows["2"]["learners"], rows["2"]["pre_mean"], rows["2"]["final_mean"]) == (1, 30.0, 90.0)


def test_pass_rate_is_the_share_of_those_who_took_the_final_who_passed(scored):
    rows = by_name(table("generations", scored).rows, "generation")
    assert (rows["1"]["pass_rate"], rows["2"]["pass_rate"]) == (50.0, 100.0)


def test_learners_outside_the_cascade_come_after_the_generations(scored):
    rows = table("generations", scored).rows
    assert [row["generation"] for row in rows] == ["1", "2", "Outside the cascade"]
    assert (rows[-1]["pre_mean"], rows[-1]["final_mean"], rows[-1]["pass_rate"]) == (None, 70.0, 100.0)


def test_generations_count_learners_enrolled_in_the_period(scored):
    assert table("generations", scored, **{"from": "2025-01-01", "to": "2025-06-30"}).rows == []


def test_mean_final_score_is_given_by_region_and_generation(scored):
    rows = by_name(table("knowledge", scored).rows)
    assert len(rows) == 20
    assert (rows["Karaganda Region"]["g1"], rows["Karaganda Region"]["g2"]) == (65.0, 90.0)
    assert (rows["Astana"]["g1"], rows["Astana"]["g2"]) == (None, None)


def test_a_retake_does_not_lift_the_generations_mean_but_counts_as_a_pass(programme, master):
    teachers = programme[0]
    final = build_quiz(teachers, role="final")
    user = trainee(group(master, teachers))
    for right in (False, True):
        attempt = attempt_start(user=user, quiz=final).attempt
        attempt_submit(user=user, attempt_id=attempt.pk, answers=answers(attempt, right))
    row = by_name(table("generations", teachers).rows, "generation")["1"]  # kept by the services alone
    assert (row["final_mean"], row["pass_rate"]) == (0.0, 100.0)


# Trainers whose trainees score far below their region


def test_a_trainer_whose_trainees_score_15_points_below_the_region_is_listed(programme):
    teachers = programme[0]
    weak = UserFactory(full_name="Weak Trainer")
    trained(UserFactory(), teachers, [80] * 5)
    trained(weak, teachers, [50] * 5)
    summaries_rebuild()
    assert table("outliers", teachers).rows == [
        {
            "name": "Weak Trainer",
            "region": "Karaganda Region",
            "scored": 5,
            "final_mean": 50.0,
            "region_mean": 65.0,
            "gap": 15.0,
        }
    ]


def test_a_trainer_whose_trainees_score_14_points_below_the_region_is_not_listed(programme):
    teachers = programme[0]
    trained(UserFactory(), teachers, [80] * 5)
    trained(UserFactory(), teachers, [52] * 5)  # region mean 66
    summaries_rebuild()
    assert table("outliers", teachers).rows == []


def test_a_trainer_with_fewer_than_five_trainees_scored_is_not_listed(programme):
    teachers = programme[0]
    trained(UserFactory(), teachers, [80] * 5)
    trained(UserFactory(), teachers, [20] * 4)
    summaries_rebuild()
    assert table("outliers", teachers).rows == []


def test_a_trainer_is_compared_with_the_mean_of_their_trainees_region(programme):
    teachers = programme[0]
    trained(UserFactory(), teachers, [90] * 5, code="KZ-35")
    trained(UserFactory(), teachers, [50] * 5, code="KZ-71")  # the only trainer in Astana
    summaries_rebuild()
    assert table("outliers", teachers).rows == []


# Reach per master trainer


@pytest.fixture
def reach(programme, master):
    """The master trained one teacher directly and one trainer, who trained two teachers in
    Karaganda and one in Astana. Another master trainer reached nobody."""
    teachers, trainers = programme
    second = trainer(programme, master)
    for code in ("KZ-35", "KZ-35", "KZ-71"):
        holder(teachers, code, trainer=second, generation=2)
    holder(teachers, trainer=master, generation=1)
    certificate(trainers, person(full_name="Idle Master", roles=[roles.TRAINERS]), generation=0)
    summaries_rebuild()
    return teachers


def test_reach_counts_everyone_below_a_master_trainer_and_their_regions(reach, master):
    row = by_name(table("masters", reach).rows)[master.full_name]
    assert row == {
        "name": master.full_name,
        "region": "Karaganda Region",
        "learners": 4,
        "certified": 4,
        "regions": 2,
    }


def test_a_master_trainer_who_reached_nobody_is_listed_last_with_zeros(reach):
    rows = table("masters", reach).rows
    assert (rows[-1]["name"], rows[-1]["learners"], rows[-1]["regions"]) == ("Idle Master", 0, 0)


def test_reach_within_a_region_counts_only_the_people_there(reach, master):
    row = by_name(table("masters", reach, region="KZ-71").rows)[master.full_name]
    assert (row["learners"], row["regions"]) == (1, 1)
