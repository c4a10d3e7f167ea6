"""Whose data an account or a key could reach in a window (privacy/breach.py, command breach_reach):
from the audit trail (a person named, a group's members who had joined, a region's people, everyone)
and from the roles the account held then."""

import io
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.test import RequestFactory

from cascade.services import cohort_join
from courses.models import CoursePage
from coverage.tokens import api_token_create
from lms import roles
from lms.audit import AccessRecord, access_record
from lms.models import Region, ScopeChange
from privacy.breach import EVERYONE, GROUP, NAMED, REGION, ROLE, breach_reach
from tests.cascade.helpers import open_cohort
from tests.factories import CertificateFactory, UserFactory, build_course

pytestmark = pytest.mark.django_db

MAY_1, MAY_2, MAY_3, MAY_9 = (datetime(2026, 5, day, 9, tzinfo=UTC) for day in (1, 2, 3, 9))


def at(moment):
    return time_machine.travel(moment, tick=False)


def record(actor, moment, **fields):
    request = RequestFactory().get("/somewhere/")
    request.user = actor
    with at(moment):
        return access_record(request, what="test", **fields)


def region(code):
    return Region.objects.get(code=code)


@pytest.fixture
def world():
    with at(datetime(2026, 4, 1, 9, tzinfo=UTC)):
        course = build_course(slug="teachers", lessons=1)
        trainer_course = build_course(slug="trainers", lessons=0, title="Training teachers")
        CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
        trainer = UserFactory(full_name="Сәуле Мұратқызы", roles=[roles.TRAINERS])
        CertificateFactory(
            user=trainer, course_key=trainer_course.translation_key, generation=0, expires_on=date(2099, 1, 1)
        )
        cohort = open_cohort(trainer, course, ends_on=date(2026, 12, 31))
        early = UserFactory(full_name="Айгүл Серікқызы", email="early@example.org")
        cohort_join(user=early, cohort=cohort)
        neighbour = UserFactory(full_name="Бауыржан Ахметов")  # Karaganda, in no group
        far = UserFactory(full_name="Дана Әлиева", region=region("KZ-11"))
        coordinator = UserFactory(roles=[roles.REGIONAL_COORDINATORS])  # of Karaganda
        analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    with at(MAY_2):
        late = UserFactory(full_name="Ерлан Жұмабаев")
        cohort_join(user=late, cohort=cohort)
    return SimpleNamespace(**locals())


def test_a_trainers_account_reached_the_group_members_who_had_joined_and_its_role_all_of_them(world):
    w = world
    record(w.trainer, MAY_1, cohort_id=w.cohort.pk, region=w.cohort.region, people=1)
    reach = breach_reach(account=w.trainer, since=date(2026, 5, 1), until=date(2026, 5, 3))
    assert reach.records == 1
    assert reach.people == {w.early.pk: {GROUP, ROLE}, w.late.pk: {ROLE}}


def test_a_coordinators_region_row_reaches_the_regions_people_and_not_another_regions(world):
    w = world
    record(w.coordinator, MAY_1, region=region("KZ-35"), people=3)
    record(w.coordinator, MAY_1, subject=w.far)  # a person elsewhere, named
    reach = breach_reach(account=w.coordinator, since=date(2026, 5, 1), until=date(2026, 5, 1))
    karaganda_then = {w.trainer.pk, w.early.pk, w.neighbour.pk, w.analyst.pk}  # signed up before; not `late`
    assert {pk for pk, kinds in reach.people.items() if REGION in kinds} == karaganda_then
    assert reach.people[w.far.pk] == {NAMED}
    assert w.late.pk not in reach.people  # signed up after the window
    later = breach_reach(account=w.coordinator, since=date(2026, 5, 1), until=date(2026, 5, 3))
    assert later.people[w.late.pk] == {ROLE}  # the coordinated region's people, by the window's end
    assert w.coordinator.pk not in reach.people


def test_a_national_export_reaches_everyone_who_had_signed_up(world):
    w = world
    record(w.analyst, MAY_1, action=AccessRecord.Action.EXPORT, people=6)
    reach = breach_reach(account=w.analyst, since=date(2026, 5, 1), until=date(2026, 5, 9))
    assert reach.national_records == 1
    assert reach.count(EVERYONE) == 5  # everyone but the analyst and `late`, who signed up after
    assert reach.count(ROLE) == 6  # an analyst's role reaches everyone signed up by the window's end


def test_records_outside_the_window_and_of_others_do_not_count(world):
    w = world
    record(w.trainer, MAY_9, subject=w.neighbour)
    record(w.coordinator, MAY_1, subject=w.neighbour)
    reach = breach_reach(account=w.trainer, since=date(2026, 5, 1), until=date(2026, 5, 3))
    assert reach.records == 0 and w.neighbour.pk not in reach.people


def test_a_key_reached_what_its_api_reads_recorded_within_its_owners_scope(world):
    w = world
    token, _key = api_token_create(user=w.coordinator, name="Regional BI")
    record(w.coordinator, MAY_1, subject=w.far)  # the owner's own session: not the key's doing
    record(
        w.coordinator,
        MAY_1,
        action=AccessRecord.Action.API,
        region=region("KZ-35"),
        people=3,
        token_label="Regional BI",
    )
    reach = breach_reach(token=token, since=date(2026, 5, 1), until=date(2026, 5, 1))
    assert reach.records == 1
    assert w.far.pk not in reach.people
    assert REGION in reach.people[w.neighbour.pk]


def test_roles_are_read_as_they_were_in_the_window(world):
    """A learner made coordinator of Almaty (KZ-11) on 2 May, who had been an analyst until March."""
    w = world
    person = UserFactory(roles=[roles.REGIONAL_COORDINATORS])
    ScopeChange.objects.create(
        person=person,
        roles_before=[roles.MINISTRY_ANALYSTS],
        roles_after=[roles.LEARNERS],
        region_before=None,
        region_after=None,
        changed_at=datetime(2026, 3, 1, tzinfo=UTC),
    )
    ScopeChange.objects.create(
        person=person,
        roles_before=[roles.LEARNERS],
        roles_after=[roles.LEARNERS, roles.REGIONAL_COORDINATORS],
        region_before=None,
        region_after=region("KZ-11"),
        changed_at=MAY_2,
    )
    reach = breach_reach(account=person, since=date(2026, 5, 1), until=date(2026, 5, 3))
    assert set(reach.people) == {w.far.pk}
    assert breach_reach(account=person, since=date(2026, 5, 1), until=date(2026, 5, 1)).people == {}


def test_the_number_of_queries_does_not_grow_with_the_records_or_the_people(world, django_assert_num_queries):
    w = world
    for moment in (MAY_1, MAY_2):
        record(w.coordinator, moment, region=region("KZ-35"), people=3)
        record(w.coordinator, moment, cohort_id=w.cohort.pk, region=w.cohort.region, people=2)
        record(w.coordinator, moment, subject=w.early)
        record(w.coordinator, moment, action=AccessRecord.Action.EXPORT, people=7)

    def measured():
        # The records, the scope changes, the roles today, the groups' members, the region's people, everyone.
        with django_assert_num_queries(6) as queries:
            breach_reach(account=w.coordinator, since=date(2026, 5, 1), until=date(2026, 5, 9))
        return len(queries)

    few = measured()
    for number in range(5):
        extra = UserFactory()
        cohort_join(user=extra, cohort=w.cohort)
        record(w.coordinator, MAY_3, subject=extra)
        record(w.coordinator, MAY_3, cohort_id=w.cohort.pk, region=w.cohort.region, people=number)
    assert measured() == few


def test_the_command_counts_each_kind_and_lists_the_people_as_csv(world):
    w = world
    record(w.trainer, MAY_1, cohort_id=w.cohort.pk, region=w.cohort.region, people=1)
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "breach_reach",
        "--account",
        w.trainer.email.upper(),
        "--since",
        "2026-05-01",
        "--until",
        "2026-05-03",
        "--format",
        "csv",
        stdout=out,
        stderr=err,
    )
    lines = out.getvalue().lstrip("\ufeff").splitlines()
    assert lines[0] == "id,name,email,region,reached_as"
    assert lines[1] == f"{w.early.pk},Айгүл Серікқызы,early@example.org,{region('KZ-35').name},group role"
    assert len(lines) == 3
    summary = err.getvalue()
    assert "members of the groups recorded:          1 (1 group(s))" in summary
    assert "People to notify (any of the above):       2" in summary


def test_the_command_says_what_is_wrong_with_its_arguments(world):
    api_token_create(user=world.analyst, name="BI")
    api_token_create(user=world.coordinator, name="BI")
    window = ["--since", "2026-05-01", "--until", "2026-05-03"]
    cases = [
        (["--account", "nobody@example.org", *window], "No account"),
        (["--token", "BI", *window], "Several API keys are named"),
        (["--token", "999999", *window], "No API key with the id"),
        (["--account", world.trainer.email, "--since", "2026-05-03", "--until", "2026-05-01"], "comes after"),
    ]
    for arguments, said in cases:
        with pytest.raises(CommandError, match=said):
            call_command("breach_reach", *arguments)
    with pytest.raises(CommandError, match="is not a date"):
        call_command("breach_reach", "--account", world.trainer.email, "--since", "1 May", "--until", "2026-05-03")


def test_the_text_report_names_the_window_and_the_roles(world):
    out = io.StringIO()
    call_command(
        "breach_reach",
        "--token",
        str(api_token_create(user=world.coordinator, name="Regional BI")[0].pk),
        "--since",
        "2026-05-01",
        "--until",
        "2026-05-03",
        stdout=out,
    )
    text = out.getvalue()
    assert "from 2026-05-01 to 2026-05-03" in text
    assert "regional coordinator of KZ-35" in text
    assert "id,name,email,region,reached_as" in text
