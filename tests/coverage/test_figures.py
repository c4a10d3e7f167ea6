"""Every figure of the coverage pages against small data sets whose answers are worked out by hand."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CoursePage
from courses.services import enrollment_create
from coverage.rebuild import summaries_rebuild
from coverage.selectors.cascade import utilisation
from coverage.selectors.common import projection
from lms import roles
from quizzes.services import attempt_start, attempt_submit
from tests.coverage.helpers import (
    answers,
    by_name,
    certificate,
    days_ago,
    filters,
    group,
    holder,
    person,
    revoked,
    scores,
    table,
    target,
    today,
    trained,
    trainee,
    trainer,
)
from tests.factories import DistrictFactory, UserFactory, build_course, build_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(courses):
    """The figures here come from certificates, groups and scores: the courses need no lessons."""
    return courses


def karaganda(course, **params):
    return by_name(table("regions", course, **params).rows, "code")["KZ-35"]


# Coverage: valid holders over the region's target


def test_coverage_is_valid_holders_over_the_target_to_one_decimal(programme):
    teachers = programme[0]
    target("KZ-35", 7)
    for _ in range(3):
        holder(teachers)
    summaries_rebuild()
    row = karaganda(teachers)
    assert (row["valid"], row["target"], row["coverage"]) == (3, 7, 42.9)


def test_the_national_page_shows_a_regions_coverage(client, programme):
    teachers = programme[0]
    target("KZ-35", 7)
    for _ in range(3):
        holder(teachers)
    summaries_rebuild()
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    response = client.get(f"/en/coverage/?course={teachers.translation_key}")
    assert '<a href="/en/coverage/regions/KZ-35/' in response.content.decode()
    assert "42.9%" in response.content.decode()  # the map tile of Karaganda


def test_expired_and_revoked_certificates_do_not_make_valid_holders(programme):
    teachers = programme[0]
    target("KZ-35", 10)
    holder(teachers)
    holder(teachers, issued_on=days_ago(800), expires_on=days_ago(1))
    revoked(teachers)
    summaries_rebuild()
    assert (karaganda(teachers)["valid"], karaganda(teachers)["coverage"]) == (1, 10.0)


def test_a_holder_of_a_renewed_certificate_counts_once(programme):
    teachers = programme[0]
    user = person()
    first = certificate(teachers, user, issued_on=days_ago(800), expires_on=days_ago(70))
    certificate(teachers, user, number=2, renews=first, issued_on=days_ago(60))
    summaries_rebuild()
    assert karaganda(teachers)["valid"] == 1


def test_holders_of_another_course_do_not_count(programme):
    teachers, trainers = programme
    holder(trainers)
    summaries_rebuild()
    assert karaganda(teachers)["valid"] == 0


def test_the_national_total_is_valid_holders_over_all_targets(programme):
    teachers = programme[0]
    target("KZ-35", 10)
    target("KZ-71", 10)
    holder(teachers, "KZ-35")
    for _ in range(2):
        holder(teachers, "KZ-71")
    summaries_rebuild()
    total = table("regions", teachers).footer
    assert (total["valid"], total["target"], total["coverage"]) == (3, 20, 15.0)


# Certificates issued


def test_certificates_of_the_last_30_days_run_from_29_days_ago_to_today(programme):
    teachers = programme[0]
    for days in (0, 29, 30):
        holder(teachers, issued_on=days_ago(days))
    summaries_rebuild()
    assert karaganda(teachers)["recent"] == 2


def test_certificates_in_the_period_are_those_issued_between_its_two_dates(programme):
    teachers = programme[0]
    for days in (101, 100, 75, 50, 49):
        holder(teachers, issued_on=days_ago(days))
    summaries_rebuild()
    period = {"from": days_ago(100).isoformat(), "to": days_ago(50).isoformat()}
    assert karaganda(teachers, **period)["period"] == 3


def test_renewals_count_among_the_certificates_issued(programme):
    teachers = programme[0]
    user = person()
    first = certificate(teachers, user, issued_on=days_ago(740), expires_on=days_ago(10))
    certificate(teachers, user, number=2, renews=first, issued_on=days_ago(5))
    summaries_rebuild()
    assert karaganda(teachers)["recent"] == 1


def test_certificates_count_in_the_region_they_were_issued_in(programme):
    teachers = programme[0]
    holder(teachers, "KZ-71", issued_on=today())
    summaries_rebuild()
    rows = by_name(table("regions", teachers).rows, "code")
    assert (rows["KZ-71"]["recent"], rows["KZ-35"]["recent"]) == (1, 0)


# Groups: active trainers and open groups


def test_active_trainers_lead_a_group_running_now_or_ended_in_the_last_90_days(programme, master):
    teachers = programme[0]
    running, ended_lately, ended_long_ago, not_started = (trainer(programme, master) for _ in range(4))
    group(running, teachers)
    group(ended_lately, teachers, starts_on=days_ago(120), ends_on=days_ago(90))
    group(ended_long_ago, teachers, starts_on=days_ago(120), ends_on=days_ago(91))
    group(not_started, teachers, starts_on=days_ago(-7))
    assert karaganda(teachers)["active_trainers"] == 2


def test_a_trainer_leading_two_groups_is_one_active_trainer(programme, master):
    teachers = programme[0]
    group(master, teachers)
    group(master, teachers, starts_on=days_ago(10))
    assert karaganda(teachers)["active_trainers"] == 1


def test_open_groups_are_those_running_and_not_closed(programme, master):
    teachers = programme[0]
    group(master, teachers)
    group(master, teachers, closed=True)
    group(master, teachers, starts_on=days_ago(40), ends_on=days_ago(1))
    assert karaganda(teachers)["open_groups"] == 1


def test_a_group_open_for_joining_that_starts_next_week_is_an_open_group(programme, master):
    teachers = programme[0]
    group(master, teachers, starts_on=days_ago(-7))
    assert karaganda(teachers)["open_groups"] == 1


def test_a_group_counts_in_the_region_it_runs_in(programme, master):
    teachers = programme[0]
    group(master, teachers, "KZ-71")
    rows = by_name(table("regions", teachers).rows, "code")
    assert (rows["KZ-71"]["open_groups"], rows["KZ-35"]["open_groups"]) == (1, 0)


# The month the target is reached at the pace of the last 90 days


def test_projection_divides_what_remains_by_the_daily_pace():
    # 600 teachers to go at 90 new holders per 90 days: 600 days from 1 January 2026 is 24 August 2027.
    assert projection(target=1000, valid=400, pace=90, today=date(2026, 1, 1)) == ("month", date(2027, 8, 1))


def test_projection_of_a_region_at_or_past_its_target_is_reached():
    assert projection(target=1000, valid=1000, pace=0, today=date(2026, 1, 1)) == ("reached", None)
    assert projection(target=1000, valid=1200, pace=5, today=date(2026, 1, 1)) == ("reached", None)


def test_projection_without_new_holders_is_stalled():
    assert projection(target=1000, valid=400, pace=0, today=date(2026, 1, 1)) == ("stalled", None)


def test_projection_further_than_25_years_is_stalled():
    assert projection(target=100_000, valid=0, pace=1, today=date(2026, 1, 1)) == ("stalled", None)


def test_projection_without_a_target_says_so():
    assert projection(target=0, valid=40, pace=9, today=date(2026, 1, 1)) == ("none", None)


def test_projection_that_takes_exactly_90_days_ends_in_the_90th_days_month():
    # 13 to go at 13 per 90 days is 90 days: from 30 January that is 30 April, not 1 May.
    assert projection(target=13, valid=0, pace=13, today=date(2026, 1, 30)) == ("month", date(2026, 4, 1))


@pytest.fixture
def paced(programme):
    """Karaganda: target 100, 40 valid holders, 9 of them new in the last 90 days: 60 to go at 0.1
    a day is 600 days."""
    teachers = programme[0]
    target("KZ-35", 100)
    for _ in range(31):
        holder(teachers, issued_on=days_ago(200))
    for _ in range(9):
        holder(teachers, issued_on=days_ago(10))
    summaries_rebuild()
    return teachers, (today() + timedelta(days=600)).replace(day=1)


def test_the_regions_table_gives_the_month_the_target_is_reached(paced):
    teachers, month = paced
    assert karaganda(teachers)["reaches"] == month


def test_the_region_page_names_the_month_the_target_is_reached(client, paced):
    teachers, month = paced
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    response = client.get(f"/en/coverage/regions/KZ-35/?course={teachers.translation_key}")
    assert month.strftime("%B %Y") in response.content.decode()


def test_the_national_table_names_the_month_the_target_is_reached(client, paced):
    teachers, month = paced
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    response = client.get(f"/en/coverage/?course={teachers.translation_key}")
    assert f"<td>{month.strftime('%B %Y')}</td>" in response.content.decode()


def test_a_region_at_its_target_is_marked_reached(programme):
    teachers = programme[0]
    target("KZ-35", 2)
    for _ in range(2):
        holder(teachers)
    summaries_rebuild()
    assert karaganda(teachers)["reaches"] == "Reached"


def test_a_region_without_a_first_certificate_in_90_days_is_not_at_this_pace(programme):
    teachers = programme[0]
    target("KZ-35", 10)
    holder(teachers, issued_on=days_ago(90))
    summaries_rebuild()
    assert karaganda(teachers)["reaches"] == "Not at this pace"


def test_renewals_do_not_quicken_the_pace(programme):
    teachers = programme[0]
    target("KZ-35", 10)
    user = person()
    first = certificate(teachers, user, issued_on=days_ago(740), expires_on=days_ago(10))
    certificate(teachers, user, number=2, renews=first, issued_on=days_ago(5))
    summaries_rebuild()
    assert karaganda(teachers)["reaches"] == "Not at this pace"


def test_a_region_without_a_target_has_no_coverage(programme):
    teachers = programme[0]
    holder(teachers)
    summaries_rebuild()
    row = karaganda(teachers)
    assert (row["coverage"], row["reaches"]) == (None, "No target")


# Districts of a region


def district(name):
    return DistrictFactory(name_en=name, name_kk=name, name_ru=name)


@pytest.fixture
def districts(programme, master):
    """Karaganda: two holders in Abay (one issued today) and a learner still studying there, with
    a group running; one holder in Bukhar-Zhyrau issued 40 days ago; nobody in Shet; and a holder
    with no district, issued today."""
    teachers = programme[0]
    abay, bukhar, _shet = district("Abay"), district("Bukhar-Zhyrau"), district("Shet")
    holder(teachers, district=abay, issued_on=today())
    holder(teachers, district=abay, issued_on=days_ago(200))
    enrollment_create(user=person(district=abay), course=teachers)
    holder(teachers, district=bukhar, issued_on=days_ago(40))
    holder(teachers, issued_on=today())
    group(master, teachers, district=abay)
    summaries_rebuild()
    return teachers


COUNTED = ("valid", "learners", "certified", "recent", "period", "active_trainers", "open_groups")


def counts(row):
    return tuple(row[key] for key in COUNTED)


def test_each_district_counts_its_holders_learners_certificates_and_groups(districts):
    rows = by_name(table("districts", districts, region="KZ-35").rows)
    assert counts(rows["Abay"]) == (2, 3, 2, 1, 2, 1, 1)
    assert counts(rows["Bukhar-Zhyrau"]) == (1, 1, 1, 0, 1, 0, 0)


def test_a_district_with_nobody_trained_is_listed_with_zeros(districts):
    rows = by_name(table("districts", districts, region="KZ-35").rows)
    assert counts(rows["Shet"]) == (0, 0, 0, 0, 0, 0, 0)


def test_people_without_a_district_have_a_row_of_their_own_last(districts):
    rows = table("districts", districts, region="KZ-35").rows
    assert [row["name"] for row in rows] == ["Abay", "Bukhar-Zhyrau", "Shet", "No district given"]
    assert counts(rows[-1]) == (1, 1, 1, 1, 1, 0, 0)


def test_the_whole_region_row_sums_the_districts(districts):
    footer = table("districts", districts, region="KZ-35").footer
    assert (footer["name"], counts(footer)) == ("Whole region", (4, 5, 4, 2, 4, 1, 1))


def test_there_is_no_row_for_people_without_a_district_when_everyone_has_one(programme):
    teachers = programme[0]
    holder(teachers, district=district("Abay"))
    summaries_rebuild()
    assert [row["name"] for row in table("districts", teachers, region="KZ-35").rows] == ["Abay"]


def test_the_districts_of_another_region_are_not_listed(districts):
    astana = table("districts", districts, region="KZ-71")
    assert (astana.rows, counts(astana.footer)) == ([], (0, 0, 0, 0, 0, 0, 0))


def test_a_trainer_leading_groups_in_two_districts_is_one_active_trainer_of_the_region(programme, master):
    teachers = programme[0]
    group(master, teachers, district=district("Abay"))
    group(master, teachers, district=district("Shet"))
    footer = table("districts", teachers, region="KZ-35").footer
    assert footer["active_trainers"] == karaganda(teachers)["active_trainers"] == 1


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
