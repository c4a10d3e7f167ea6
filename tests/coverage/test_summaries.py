"""The summaries the dashboards read stay equal to a recomputation from the raw rows, whatever
the services do and in whatever order."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cascade.services import CascadeRefusal, cohort_join, cohort_open
from certificates.models import Certificate
from certificates.services import (
    AlreadyRevoked,
    NotRenewable,
    certificate_renewal_start,
    certificate_revoke,
    certificates_expire,
)
from courses.services import NotEnrolled, enrollment_create, lesson_complete
from coverage.facts import FACT_FIELDS, TALLIED
from coverage.models import IssueTally, LearnerFact
from coverage.rebuild import facts_computed, issues_computed, summaries_rebuild, tallies_computed
from coverage.services import TALLY_KEY_FIELDS, TALLY_MODELS
from lms.models import Region
from lms.services import user_profile_apply
from quizzes.models import QuizPage
from quizzes.services import QuizUnavailable, attempt_start, attempt_submit
from tests.factories import DistrictFactory, UserFactory, lessons_of

pytestmark = pytest.mark.django_db


def _rounded(values):
    return {name: round(value, 6) if isinstance(value, float) else value for name, value in values.items()}


def stored_summaries():
    facts = {
        (fact.user_id, fact.course_key): _rounded({field: getattr(fact, field) for field in FACT_FIELDS})
        for fact in LearnerFact.objects.all()
    }
    tallies = {}
    for name, model in TALLY_MODELS.items():
        fields = TALLY_KEY_FIELDS[name]
        tallies[name] = {
            tuple(getattr(row, field) for field in fields): _rounded({field: getattr(row, field) for field in TALLIED})
            for row in model.objects.all()
            if any(getattr(row, field) for field in TALLIED)
        }
    issues = {
        (row.course_key, row.region_id, row.district_key, row.day): (row.issued, row.first_issued)
        for row in IssueTally.objects.all()
        if row.issued
    }
    return facts, tallies, issues


def recomputed_summaries():
    facts = facts_computed()
    tallies = {
        name: {key: _rounded(sums) for key, sums in rows.items() if any(sums.values())}
        for name, rows in tallies_computed(facts).items()
    }
    return {key: _rounded(fact) for key, fact in facts.items()}, tallies, issues_computed()


def answers(attempt, right):
    return {
        question["key"]: next(option["key"] for option in question["options"] if option["correct"] is right)
        for question in attempt.snapshot["questions"]
    }


class World:
    """The people and groups the steps act on."""

    def __init__(self, programme, master):
        self.courses = programme
        self.master = master
        district = DistrictFactory()
        self.districts = [None, district, DistrictFactory(region=district.region)]
        astana = Region.objects.get(code="KZ-71")
        self.learners = [
            UserFactory(full_name="Әлия"),
            UserFactory(full_name="Болат", district=district),
            UserFactory(full_name="Дана", region=astana),
            UserFactory(full_name="Ерлан", region=None),
        ]
        today = timezone.localdate()
        self.cohorts = [
            cohort_open(
                trainer=master,
                course=course,
                name=f"Group {number}",
                region=region,
                starts_on=today,
                ends_on=today + timedelta(days=30),
                capacity=10,
            )
            for number, (course, region) in enumerate(
                [(programme[1], Region.objects.get(code="KZ-35")), (programme[0], astana)]
            )
        ]

    def course(self, index):
        return self.courses[index % 2]

    def step(self, action, who, which, flag):
        learner = self.learners[who % len(self.learners)]
        course = self.course(which)
        today = timezone.localdate()
        try:
            if action == "enrol":
                enrollment_create(user=learner, course=course)
            elif action == "join":
                cohort_join(user=learner, cohort=self.cohorts[which % len(self.cohorts)])
            elif action == "open":
                self.cohorts.append(
                    cohort_open(
                        trainer=learner,
                        course=course,
                        name="Their group",
                        region=learner.region or Region.objects.get(code="KZ-35"),
                        starts_on=today,
                        ends_on=today + timedelta(days=20),
                        capacity=10,
                    )
                )
            elif action == "lessons":
                for lesson in lessons_of(course):
                    lesson_complete(user=learner, lesson=lesson, course=course)
            elif action in ("pre", "final"):
                quiz = QuizPage.objects.child_of(course).filter(role=action).first()
                if quiz is None:
                    return
                attempt = attempt_start(user=learner, quiz=quiz).attempt
                attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers(attempt, flag))
            elif action == "revoke":
                certificate = Certificate.objects.filter(user=learner, course_key=course.translation_key).last()
                if certificate is not None:
                    certificate_revoke(certificate=certificate, by=self.master, reason="Issued in error")
            elif action == "renew":
                certificate = Certificate.objects.filter(user=learner, course_key=course.translation_key).first()
                if certificate is not None:
                    certificate_renewal_start(user=learner, certificate=certificate, today=certificate.expires_on)
            elif action == "expire":
                certificates_expire(today=today + timedelta(days=365 * 30))
            elif action == "move":
                move(learner, self.districts[which % len(self.districts)])
        except (CascadeRefusal, NotEnrolled, QuizUnavailable, AlreadyRevoked, NotRenewable):
            pass


def move(learner, district):
    """The learner saves their profile with another district, as the profile page does."""
    user_profile_apply(
        user=learner,
        full_name=learner.full_name,
        region=learner.region,
        district=district,
        school=learner.school,
        position=learner.position,
        language=learner.language,
    )


STEPS = st.lists(
    st.tuples(
        st.sampled_from(["enrol", "join", "open", "lessons", "pre", "final", "revoke", "renew", "expire", "move"]),
        st.integers(0, 3),
        st.integers(0, 3),
        st.booleans(),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_summaries_equal_a_recomputation_after_any_sequence_of_services(programme, master, steps):
    with transaction.atomic():
        summaries_rebuild()  # the master trainer's certificate was made without a service
        world = World(programme, master)
        for step in steps:
            world.step(*step)
        assert stored_summaries() == recomputed_summaries()
        transaction.set_rollback(True)


def test_a_whole_cascade_through_the_services_is_counted(programme, master):
    """A fixed sequence covering every kind of change, for a failure easier to read than
    hypothesis's: two generations, certificates, a revocation and a renewal."""
    summaries_rebuild()
    world = World(programme, master)
    steps = [
        ("join", 0, 0, True),
        ("lessons", 0, 1, True),
        ("final", 0, 1, True),
        ("open", 0, 0, True),
        ("join", 1, 2, True),
        ("pre", 1, 0, False),
        ("lessons", 1, 0, True),
        ("final", 1, 0, True),
        ("enrol", 2, 0, True),  # enrolled alone first, then joins a group: the lineage changes
        ("join", 2, 1, True),
        ("pre", 2, 0, True),
        ("final", 2, 0, False),
        ("revoke", 1, 0, True),
        ("renew", 0, 1, True),
        ("enrol", 3, 0, True),  # alone, and the final is the last step: completed as it is counted
        ("lessons", 3, 0, True),
        ("final", 3, 0, True),
    ]
    for step in steps:
        world.step(*step)
    assert stored_summaries() == recomputed_summaries()
    facts = {fact.user_id: fact for fact in LearnerFact.objects.filter(course_key=programme[0].translation_key)}
    bolat = world.learners[1]
    assert (facts[bolat.pk].generation_key, facts[bolat.pk].trainer_key, facts[bolat.pk].master_key) == (
        2,
        world.learners[0].pk,
        master.pk,
    )
    assert facts[bolat.pk].certified is False  # revoked
    dana = world.learners[2]
    assert (facts[dana.pk].generation_key, facts[dana.pk].trainer_key) == (1, master.pk)
    erlan = world.learners[3]
    assert (facts[erlan.pk].completed, facts[erlan.pk].certified) == (True, True)


def test_revoking_a_trainers_certificate_moves_their_trainees_off_the_master_trainers_reach(programme, master):
    """The trainees' master trainer is read through their trainer's trainer certificate: once it
    is revoked, the trainer leads back to no master trainer, and neither do their trainees."""
    summaries_rebuild()
    world = World(programme, master)
    for step in [
        ("join", 0, 0, True),  # Әлия joins the master trainer's trainer group
        ("lessons", 0, 1, True),
        ("final", 0, 1, True),  # and becomes a trainer of generation 1
        ("open", 0, 0, True),  # opens a teacher group
        ("join", 1, 2, True),
        ("lessons", 1, 0, True),
        ("final", 1, 0, True),  # Болат, generation 2, below the master trainer
    ]:
        world.step(*step)
    bolat = world.learners[1]
    teachers = programme[0].translation_key
    assert LearnerFact.objects.get(user=bolat, course_key=teachers).master_key == master.pk
    world.step("revoke", 0, 1, True)
    assert LearnerFact.objects.get(user=bolat, course_key=teachers).master_key == 0
    assert stored_summaries() == recomputed_summaries()


def test_a_revoked_certificate_is_no_longer_counted_as_issued(programme, master):
    summaries_rebuild()
    world = World(programme, master)
    for step in [("enrol", 0, 0, True), ("lessons", 0, 0, True), ("final", 0, 0, True)]:
        world.step(*step)
    aliya = world.learners[0]
    issued = IssueTally.objects.filter(course_key=programme[0].translation_key, region=aliya.region, district_key=0)
    assert sum(issued.values_list("issued", flat=True)) == 1
    world.step("revoke", 0, 0, True)
    assert sum(issued.values_list("issued", flat=True)) == 0
    assert stored_summaries() == recomputed_summaries()


def test_a_holder_who_moves_district_is_counted_in_the_new_one_at_once(programme, master):
    """Moving district moves the holder and their certificate's issue counts; revoking it later
    takes it from the new district, so no district is left at -1 until the night's recount."""
    summaries_rebuild()
    world = World(programme, master)
    for step in [("enrol", 1, 0, True), ("lessons", 1, 0, True), ("final", 1, 0, True)]:
        world.step(*step)
    bolat, (_none, first, second) = world.learners[1], world.districts
    teachers = programme[0].translation_key
    issued = IssueTally.objects.filter(course_key=teachers, region=bolat.region)

    def issued_in(district):
        return sum(issued.filter(district_key=district.pk).values_list("issued", flat=True))

    assert (issued_in(first), issued_in(second)) == (1, 0)
    world.step("move", 1, 2, True)
    assert LearnerFact.objects.get(user=bolat, course_key=teachers).district_key == second.pk
    assert (issued_in(first), issued_in(second)) == (0, 1)
    assert stored_summaries() == recomputed_summaries()
    world.step("revoke", 1, 0, True)
    assert (issued_in(first), issued_in(second)) == (0, 0)
    assert stored_summaries() == recomputed_summaries()
