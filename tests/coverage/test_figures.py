"""The coverage pages' regional figures (coverage, certificates issued, trainers and groups,
the projection, districts) against small data sets whose answers are worked out by hand."""

from datetime import date, timedelta

import pytest

from courses.services import enrollment_create
from coverage.rebuild import summaries_rebuild
from coverage.selectors.common import projection
from lms import roles
from tests.coverage.helpers import (
    by_name,
    certificate,
    days_ago,
    group,
    holder,
    person,
    revoked,
    table,
    target,
    today,
    trainer,
)
from tests.factories import DistrictFactory, UserFactory

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
