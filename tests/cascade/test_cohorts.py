"""Cohorts: who may open one, joining by its rules, and the lineage each certificate records,
over three generations from an imported master trainer."""

from datetime import date

import pytest
from django.utils import timezone

from cascade.models import Cohort, CohortMember
from cascade.selectors import trainer_generation
from cascade.services import cohort_join
from courses.models import Enrollment, LessonCompletion
from courses.services import enrollment_create
from tests.cascade.helpers import complete, open_cohort, refused
from tests.factories import CertificateFactory, UserFactory, lessons_of

pytestmark = pytest.mark.django_db


def test_three_generations_each_certificate_names_its_trainer_and_generation(courses, master):
    teacher_course, trainer_course = courses
    first = open_cohort(master, trainer_course)
    aliya = UserFactory(full_name="Әлия Серікова")
    cohort_join(user=aliya, cohort=first)
    assert trainer_generation(aliya) is None  # not a trainer until certified
    certificate = complete(aliya, trainer_course)
    assert (certificate.trainer, certificate.trainer_name, certificate.cohort_id, certificate.generation) == (
        master,
        "Сәуле Мұратқызы",
        first.pk,
        1,
    )
    assert trainer_generation(aliya) == 1

    # The trainee became a trainer and trains teachers: they are generation 2.
    second = open_cohort(aliya, teacher_course)
    assert second.trainer_generation == 1
    bolat = UserFactory()
    cohort_join(user=bolat, cohort=second)
    certificate = complete(bolat, teacher_course)
    assert (certificate.trainer, certificate.cohort_id, certificate.generation) == (aliya, second.pk, 2)
    assert trainer_generation(bolat) is None  # a teacher certificate makes no trainer


def test_only_trainers_open_cohorts(courses):
    with refused("Only trainers open cohorts: you need a valid trainer certificate."):
        open_cohort(UserFactory(), courses[0])
    assert not Cohort.objects.exists()


def test_an_expired_or_revoked_trainer_certificate_makes_no_trainer(courses):
    user = UserFactory()
    CertificateFactory(user=user, course_key=courses[1].translation_key, generation=0, status="expired")
    assert trainer_generation(user) is None
    CertificateFactory(
        user=user,
        course_key=courses[1].translation_key,
        generation=0,
        number=2,
        status="revoked",
        revoked_reason="Issued in error",
        revoked_at=timezone.now(),
        expires_on=date(2099, 1, 1),
    )
    assert trainer_generation(user) is None


def test_one_cohort_per_course_and_joining_twice_is_one_membership(courses, master):
    cohort, other = open_cohort(master, courses[0]), open_cohort(master, courses[0], name="Another")
    learner = UserFactory()
    assert cohort_join(user=learner, cohort=cohort) == cohort_join(user=learner, cohort=cohort)
    with refused("You are already in another group for this course."):
        cohort_join(user=learner, cohort=other)
    assert CohortMember.objects.count() == 1
    assert Cohort.objects.get(pk=cohort.pk).member_count == 1
    assert Cohort.objects.get(pk=other.pk).member_count == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"capacity": 1}, "This group is full. Ask the trainer about another one."),
        ({"is_closed": True}, "This group is closed to new trainees. Ask the trainer."),
        (
            {"starts_on": date(2020, 1, 1), "ends_on": date(2020, 2, 1)},
            "This group has ended. Ask the trainer about a new one.",
        ),
    ],
)
def test_a_full_closed_or_ended_cohort_refuses_with_a_reason(courses, master, fields, message):
    cohort = open_cohort(master, courses[0], **{k: v for k, v in fields.items() if k != "is_closed"})
    if fields.get("is_closed"):
        Cohort.objects.filter(pk=cohort.pk).update(is_closed=True)
    if fields.get("capacity") == 1:
        cohort_join(user=UserFactory(), cohort=cohort)
    with refused(message):
        cohort_join(user=UserFactory(), cohort=cohort)


def test_the_trainer_does_not_join_their_own_cohort(courses, master):
    with refused("This is your own group: trainees join it, not its trainer."):
        cohort_join(user=master, cohort=open_cohort(master, courses[0]))


def test_a_learner_who_enrolled_alone_keeps_their_progress(courses, master):
    teacher_course = courses[0]
    learner = UserFactory()
    enrollment_create(user=learner, course=teacher_course)
    LessonCompletion.objects.create(
        enrollment=Enrollment.objects.get(user=learner), lesson_key=lessons_of(teacher_course)[0].translation_key
    )
    cohort_join(user=learner, cohort=open_cohort(master, teacher_course))
    assert Enrollment.objects.filter(user=learner).count() == 1
    assert LessonCompletion.objects.filter(enrollment__user=learner).count() == 1
