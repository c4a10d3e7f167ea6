"""The synthetic national programme (`seed_national`): its plan, decided in memory from the seed,
and what the generator writes, replaces and refuses. Plans are checked without a database;
runs against the database stay at a few hundred to a few thousand teachers."""

import statistics
from collections import Counter, defaultdict
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, Sum
from django.utils import timezone

from cascade.models import Cohort
from certificates.models import Certificate
from courses.models import Enrollment
from courses.services import enrollment_create
from coverage.facts import FACT_FIELDS
from coverage.models import LearnerFact, LearnerTally
from coverage.rebuild import facts_computed
from coverage.seed.command import SeedRefused, real_people, seed_national, seeded_people
from coverage.seed.plan import PASS_MARK, PROGRAMME_DAYS, TEACHER_WEIGHTS, programme_plan
from lms.models import Region, User
from quizzes.models import QuizAttempt
from tests.factories import CertificateFactory, UserFactory

TODAY = date(2026, 3, 1)
MID_SIZE = 20_000


def quiet(line):
    """Progress lines are for people at a terminal; the tests read the return value."""


@pytest.fixture(scope="module")
def plan():
    """A mid-size programme, planned once for the statistical tests (pure: no database)."""
    return programme_plan(teachers=MID_SIZE, seed=1, today=TODAY, districts={})


def mean_by_generation(plan, scores_of):
    scores = defaultdict(list)
    for learning in plan.learnings:
        score = scores_of(learning)
        if learning.generation and score is not None:
            scores[learning.generation].append(score)
    return {generation: statistics.mean(values) for generation, values in sorted(scores.items())}


def first_final(learning):
    return learning.final_attempts[0] if learning.status == "completed" else None


def table_counts():
    return {
        "people": User.objects.count(),
        "groups": Cohort.objects.count(),
        "enrolments": Enrollment.objects.count(),
        "quiz attempts": QuizAttempt.objects.count(),
        "certificates": Certificate.objects.count(),
        "facts": LearnerFact.objects.count(),
    }


# The plan, in memory


def test_same_seed_plans_the_same_programme_and_another_seed_a_different_one():
    first = programme_plan(teachers=2_000, seed=7, today=TODAY, districts={})
    again = programme_plan(teachers=2_000, seed=7, today=TODAY, districts={})
    other = programme_plan(teachers=2_000, seed=8, today=TODAY, districts={})
    assert first == again
    assert first.learnings != other.learnings


def test_plan_splits_the_teachers_over_the_regions_by_their_weight(plan):
    assert plan.teachers_by_region == Counter(person.region for person in plan.people)
    assert set(plan.teachers_by_region) == set(TEACHER_WEIGHTS)
    assert sum(plan.teachers_by_region.values()) == MID_SIZE
    whole = sum(TEACHER_WEIGHTS.values())
    for code, weight in TEACHER_WEIGHTS.items():
        assert abs(plan.teachers_by_region[code] - MID_SIZE * weight / whole) < 1


def test_mid_size_plan_gives_every_region_a_master_trainer_and_the_rest_by_teacher_weight(plan):
    masters = Counter(plan.people[person].region for person in plan.masters)
    whole = sum(TEACHER_WEIGHTS.values())
    assert len(plan.masters) == 2 * len(TEACHER_WEIGHTS)  # the floor for runs below national size
    rest = len(plan.masters) - len(TEACHER_WEIGHTS)
    for code, weight in TEACHER_WEIGHTS.items():
        assert masters[code] >= 1, code
        assert abs(masters[code] - 1 - rest * weight / whole) < 1, code
    assert masters.most_common(1)[0][0] == "KZ-61"  # Turkistan, the most teachers


def test_the_demo_sized_plan_has_groups_in_every_region():
    demo = programme_plan(teachers=3000, seed=1, today=TODAY, districts={})
    assert {cohort.region for cohort in demo.cohorts} == set(TEACHER_WEIGHTS)


def test_national_plan_has_300_master_trainers_in_every_region():
    national = programme_plan(teachers=412_000, seed=1, today=TODAY, districts={})
    masters = Counter(national.people[person].region for person in national.masters)
    assert len(national.masters) == 300
    assert set(masters) == set(TEACHER_WEIGHTS)
    assert masters["KZ-61"] == max(masters.values())
    assert masters["KZ-62"] == min(masters.values())  # Ulytau, the fewest teachers


def test_plan_reaches_five_generations_below_the_master_trainers_and_no_further(plan):
    assert {cohort.trainer_generation for cohort in plan.cohorts} == {0, 1, 2, 3, 4}
    assert {learning.generation for learning in plan.learnings if learning.cohort is not None} == {1, 2, 3, 4, 5}
    # The last generation trains teachers only: nobody becomes a sixth-generation trainer.
    assert all(cohort.course == "teacher" for cohort in plan.cohorts if cohort.trainer_generation == 4)


def test_a_group_learner_is_one_generation_below_their_trainer(plan):
    for learning in plan.learnings:
        if learning.cohort is not None:
            cohort = plan.cohorts[learning.cohort]
            assert learning.trainer == cohort.trainer
            assert learning.generation == cohort.trainer_generation + 1


def test_first_final_scores_thin_slightly_with_each_generation(plan):
    means = mean_by_generation(plan, first_final)
    assert list(means) == [1, 2, 3, 4, 5]
    assert all(means[generation] > means[generation + 1] for generation in (1, 2, 3, 4))
    assert 5 < means[1] - means[4] < 15  # thinner, not collapsing
    assert means[5] > 65


def test_post_test_scores_thin_with_generation_like_the_final(plan):
    means = mean_by_generation(plan, lambda learning: learning.post)
    assert means[1] > means[3] > means[5]
    assert means[5] > 60


def test_pre_test_scores_do_not_depend_on_the_trainers_generation(plan):
    # The pre-test measures what teachers knew before any training, so it stays flat.
    means = mean_by_generation(plan, lambda learning: learning.pre)
    assert max(means.values()) - min(means.values()) < 2
    assert 40 < means[1] < 52


def test_every_completed_course_ends_with_a_passed_final_and_a_retake_only_after_a_fail(plan):
    completed = [learning for learning in plan.learnings if learning.status == "completed"]
    assert completed
    for learning in completed:
        assert learning.final_attempts[-1] >= PASS_MARK
        assert len(learning.final_attempts) == 1 or learning.final_attempts[0] < PASS_MARK
    assert any(len(learning.final_attempts) == 2 for learning in completed)


def test_everything_in_the_plan_happens_within_two_years_before_today(plan):
    start = TODAY - timedelta(days=PROGRAMME_DAYS)
    assert plan.start == start
    assert all(start <= cohort.starts_on <= TODAY for cohort in plan.cohorts)
    assert all(start <= learning.enrolled_on <= TODAY for learning in plan.learnings)
    completed_on = [learning.completed_on for learning in plan.learnings if learning.completed_on]
    assert all(start <= day <= TODAY for day in completed_on)
    # Spread over the two years, not bunched at one end.
    assert min(completed_on) < start + timedelta(days=90) and max(completed_on) > TODAY - timedelta(days=30)


def test_groups_still_running_today_have_learners_who_have_not_finished(plan):
    running = {index for index, cohort in enumerate(plan.cohorts) if cohort.ends_on >= TODAY and cohort.members}
    unfinished = {learning.cohort for learning in plan.learnings if learning.status != "completed"}
    assert running & unfinished


def test_about_half_the_trainers_below_the_masters_go_on_to_train_anyone(plan):
    trained = {
        learning.person
        for learning in plan.learnings
        if learning.course == "trainer" and learning.status == "completed" and not learning.revoked
    }
    training = {cohort.trainer for cohort in plan.cohorts}
    assert len(trained) > 300
    assert 0.45 < len(trained & training) / len(trained) < 0.65


def test_every_group_trainer_was_trained_as_a_trainer_or_is_a_master(plan):
    trained = {
        learning.person
        for learning in plan.learnings
        if learning.course == "trainer" and learning.status == "completed" and not learning.revoked
    }
    assert {cohort.trainer for cohort in plan.cohorts} <= trained | set(plan.masters)


def test_nobody_learns_the_same_course_twice_and_master_trainers_are_not_trainees(plan):
    taken = Counter((learning.person, learning.course) for learning in plan.learnings)
    assert max(taken.values()) == 1
    assert not set(plan.masters) & {learning.person for learning in plan.learnings}


def test_groups_hold_people_of_their_own_region_within_capacity(plan):
    for cohort in plan.cohorts:
        assert len(cohort.members) <= cohort.capacity
        assert {plan.people[person].region for person in cohort.members} <= {cohort.region}
        assert plan.people[cohort.trainer].region == cohort.region


def test_people_live_in_a_district_of_their_own_region():
    districts = {code: [index * 10 + 1, index * 10 + 2] for index, code in enumerate(sorted(TEACHER_WEIGHTS))}
    small = programme_plan(teachers=1_000, seed=2, today=TODAY, districts=districts)
    for person in small.people:
        assert person.district_id in districts[person.region]
    assert {person.district_id for person in small.people} == {pk for ids in districts.values() for pk in ids}


# Refusing a database with real people


@pytest.mark.django_db
def test_seed_refuses_a_database_holding_a_real_person_and_writes_nothing(courses):
    UserFactory(email="aigerim.nurlanovna@mail.kz")
    before = table_counts()
    with pytest.raises(SeedRefused, match="real people"):
        seed_national(teachers=200, seed=1, say=quiet)
    assert table_counts() == before
    assert not Region.objects.filter(teacher_target__gt=0).exists()


@pytest.mark.django_db
def test_command_refusal_is_a_clear_error_that_names_force(courses):
    UserFactory(email="aigerim.nurlanovna@mail.kz")
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_national", "--teachers", "200", "--seed", "1", stdout=StringIO())
    assert not seeded_people().exists()


@pytest.mark.django_db
def test_force_adds_the_synthetic_programme_beside_real_people(courses):
    real = UserFactory(email="aigerim.nurlanovna@mail.kz")
    out = StringIO()
    call_command("seed_national", "--teachers", "200", "--seed", "1", "--force", stdout=out)
    assert seeded_people().count() == 200
    assert list(real_people()) == [real]
    assert "Synthetic programme of seed 1" in out.getvalue()


@pytest.mark.django_db
def test_force_keeps_the_targets_someone_set_and_fills_only_the_empty_ones(courses):
    UserFactory(email="aigerim.nurlanovna@mail.kz")
    Region.objects.update(teacher_target=0)
    Region.objects.filter(code="KZ-35").update(teacher_target=21_000)
    seed_national(teachers=200, seed=1, force=True, say=quiet)
    assert Region.objects.get(code="KZ-35").teacher_target == 21_000
    assert Region.objects.exclude(code="KZ-35").filter(teacher_target=0).count() == 0


@pytest.mark.django_db
def test_demo_accounts_and_a_local_superuser_are_not_real_people(courses):
    UserFactory(email="learner@example.com")
    UserFactory(email="Trainer@EXAMPLE.COM")
    UserFactory(email="admin@localhost.invalid", is_superuser=True, is_staff=True)
    assert not real_people().exists()
    seed_national(teachers=200, seed=1, say=quiet)
    assert seeded_people().count() == 200


@pytest.mark.django_db
def test_a_superuser_with_a_real_address_counts_as_a_real_person(courses):
    UserFactory(email="director@edu.gov.kz", is_superuser=True, is_staff=True)
    with pytest.raises(SeedRefused):
        seed_national(teachers=200, seed=1, say=quiet)


@pytest.mark.django_db
def test_seed_without_a_teacher_and_a_trainer_course_says_what_is_missing():
    with pytest.raises(CommandError, match="teacher course and a trainer course"):
        call_command("seed_national", "--teachers", "200", stdout=StringIO())
    assert not User.objects.exists()


# Same seed twice, or a new one


@pytest.mark.django_db
def test_second_run_with_the_same_seed_and_size_changes_nothing(programme):
    seed_national(teachers=300, seed=1, say=quiet)
    before = table_counts()
    lines = []
    message = seed_national(teachers=300, seed=1, say=lines.append)
    assert "already there" in message
    assert lines == []
    assert table_counts() == before


@pytest.mark.django_db
def test_the_demos_programme_is_generated_afresh_once_it_is_over_a_week_old(courses):
    from datetime import timedelta

    from django.utils import timezone

    from certificates.models import Certificate

    today = timezone.localdate()
    seed_national(teachers=300, seed=1, say=quiet, today=today - timedelta(days=30))
    lines = []
    seed_national(teachers=300, seed=1, say=lines.append, renew_after_days=7)
    assert "removed 300 synthetic people" in lines
    assert seeded_people().count() == 300
    latest = Certificate.objects.order_by("-issued_on").values_list("issued_on", flat=True).first()
    assert (today - latest).days < 30  # certificates the dashboards count in their last 30 days again
    six_days_on = today + timedelta(days=6)
    assert "already there" in seed_national(teachers=300, seed=1, say=quiet, today=six_days_on, renew_after_days=7)
    # Without the option (the national data set), an old programme is left as it is.
    assert "already there" in seed_national(teachers=300, seed=1, say=quiet, today=today + timedelta(days=90))


@pytest.mark.django_db
def test_another_size_replaces_the_earlier_programme_without_duplicates(programme):
    seed_national(teachers=300, seed=1, say=quiet)
    lines = []
    seed_national(teachers=500, seed=1, say=lines.append)
    assert "removed 300 synthetic people" in lines
    people = seeded_people()
    assert people.count() == 500
    assert not Certificate.objects.exclude(user__in=people).exists()
    assert not Cohort.objects.exclude(trainer__in=people).exists()
    duplicates = Certificate.objects.values("user", "course_key").annotate(n=Count("pk")).filter(n__gt=1)
    assert not duplicates.exists()
    assert set(LearnerFact.objects.values_list("user_id", flat=True)) <= set(people.values_list("pk", flat=True))


@pytest.mark.django_db
def test_another_seed_replaces_the_programme_of_the_earlier_seed(programme):
    seed_national(teachers=300, seed=1, say=quiet)
    seed_national(teachers=300, seed=2, say=quiet)
    assert not User.objects.filter(email__endswith="@seed1.invalid").exists()
    assert User.objects.filter(email__endswith="@seed2.invalid").count() == 300


@pytest.mark.django_db
def test_replacing_the_programme_leaves_real_and_demo_rows_alone(programme):
    teacher_course = programme[0]
    demo = UserFactory(email="learner@example.com")
    real = UserFactory(email="aigerim.nurlanovna@mail.kz")
    enrollment_create(user=demo, course=teacher_course)
    demo_certificate = CertificateFactory(user=demo, course_key=teacher_course.translation_key)
    seed_national(teachers=300, seed=1, force=True, say=quiet)
    # A real teacher trained by a synthetic trainer keeps the certificate when the trainer goes.
    synthetic_trainer = Cohort.objects.first().trainer
    real_certificate = CertificateFactory(
        user=real, course_key=teacher_course.translation_key, trainer=synthetic_trainer, trainer_name="Synthetic"
    )
    seed_national(teachers=400, seed=2, force=True, say=quiet)
    assert set(User.objects.exclude(pk__in=seeded_people().values("pk"))) == {demo, real}
    assert Enrollment.objects.filter(user=demo).count() == 1
    assert Certificate.objects.get(pk=demo_certificate.pk).short_code == demo_certificate.short_code
    kept = Certificate.objects.get(pk=real_certificate.pk)
    assert kept.trainer is None and kept.trainer_name == "Synthetic"
    assert LearnerFact.objects.filter(user=demo).exists() and LearnerFact.objects.filter(user=real).exists()


# What the run writes


@pytest.mark.django_db
def test_summaries_after_seeding_equal_a_recomputation_from_the_rows(programme):
    seed_national(teachers=3_000, seed=1, say=quiet)
    stored = {
        (fact.user_id, fact.course_key): {field: getattr(fact, field) for field in FACT_FIELDS}
        for fact in LearnerFact.objects.all()
    }
    recomputed = {
        key: {field: round(value, 6) if isinstance(value, float) else value for field, value in fact.items()}
        for key, fact in facts_computed().items()
    }
    assert len(stored) > 500
    assert stored == recomputed


@pytest.mark.django_db
def test_regional_targets_are_the_synthetic_teachers_of_each_region(courses):
    seed_national(teachers=2_000, seed=1, say=quiet)
    targets = dict(Region.objects.values_list("code", "teacher_target"))
    people = dict(seeded_people().values_list("region__code").annotate(n=Count("pk")))
    assert targets == people
    assert sum(targets.values()) == 2_000
    assert all(target > 0 for target in targets.values())
    by_weight = sorted(TEACHER_WEIGHTS, key=TEACHER_WEIGHTS.get)
    assert (by_weight[0], by_weight[-1]) == (min(targets, key=targets.get), max(targets, key=targets.get))
    assert all(
        targets[heavier] > targets[lighter]
        for heavier in TEACHER_WEIGHTS
        for lighter in TEACHER_WEIGHTS
        if TEACHER_WEIGHTS[heavier] > TEACHER_WEIGHTS[lighter]
    )


@pytest.mark.django_db
def test_seeded_certificates_include_expired_master_trainers_and_some_expiring_soon(programme):
    seed_national(teachers=1_500, seed=1, say=quiet)
    today = timezone.localdate()
    expired = Certificate.objects.filter(status=Certificate.Status.EXPIRED)
    assert expired.filter(generation=0).exists()  # master trainers certified before the programme began
    assert expired.filter(expires_on__lt=today, expires_on__gte=today - timedelta(days=90)).count() == expired.count()
    expiring = Certificate.objects.filter(
        status=Certificate.Status.VALID, expires_on__gte=today, expires_on__lt=today + timedelta(days=90)
    )
    assert expiring.exists()
    # Master trainers were certified before the programme; everyone else within its two years.
    learners = Certificate.objects.exclude(generation=0)
    assert learners.filter(issued_on__gte=today - timedelta(days=PROGRAMME_DAYS), issued_on__lte=today).count() == (
        learners.count()
    )


@pytest.mark.django_db
def test_seeded_scores_thin_by_generation_in_the_dashboard_tallies(programme):
    seed_national(teachers=8_000, seed=1, say=quiet)
    sums = (
        LearnerTally.objects.filter(course_key=programme[0].translation_key, generation_key__gt=0)
        .values("generation_key")
        .annotate(final_sum=Sum("final_sum"), final_n=Sum("final_n"))
    )
    means = {row["generation_key"]: row["final_sum"] / row["final_n"] for row in sums if row["final_n"] > 30}
    assert means[1] > means[2] > means[3] > means[4] > 70
    assert QuizAttempt.objects.filter(role="final", number=2).exists()  # retakes after a failed first try


@pytest.mark.django_db
def test_seeded_people_cannot_sign_in_or_receive_mail(courses):
    seed_national(teachers=200, seed=1, say=quiet)
    people = seeded_people()
    assert people.count() == 200
    assert not any(person.has_usable_password() for person in people)
    assert all(person.email.endswith("@seed1.invalid") for person in people)


# The management command


@pytest.mark.django_db
def test_command_prints_a_summary_of_what_it_wrote(programme):
    out = StringIO()
    call_command("seed_national", "--teachers", "200", "--seed", "3", stdout=out)
    output = out.getvalue()
    assert "Synthetic programme of seed 3: 200 people" in output
    assert "certificates" in output and "quiz attempts" in output
    assert User.objects.filter(email__endswith="@seed3.invalid").count() == 200


@pytest.mark.django_db
def test_command_run_again_says_the_programme_is_already_there(courses):
    call_command("seed_national", "--teachers", "200", "--seed", "3", stdout=StringIO())
    out = StringIO()
    call_command("seed_national", "--teachers", "200", "--seed", "3", stdout=out)
    assert "The synthetic programme of seed 3 with 200 teachers is already there." in out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize("teachers", ["5", "1000001"])
def test_command_with_too_few_or_too_many_teachers_is_a_clear_error(courses, teachers):
    with pytest.raises(CommandError, match="between 100 and 1,000,000"):
        call_command("seed_national", "--teachers", teachers, stdout=StringIO())
    assert not User.objects.exists()


@pytest.mark.django_db
def test_command_with_a_teacher_count_that_is_not_a_number_is_a_clear_error(courses):
    with pytest.raises(CommandError, match="invalid int value"):
        call_command("seed_national", "--teachers", "many", stdout=StringIO())
