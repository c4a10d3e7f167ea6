"""A teacher with one record of every kind "My data" shows, and a second teacher in the same group
whose distinctive name, email, school and answers must never appear in the first one's data."""

import datetime
import uuid
from dataclasses import dataclass

from django.utils import timezone

from cascade.models import Cohort
from cascade.services import attendance_mark, cohort_join, cohort_open, session_add
from certificates.models import Certificate
from courses.models import CoursePage, H5PAttempt
from courses.services import enrollment_create, lesson_complete
from lms import roles
from lms.audit import AccessRecord
from lms.models import Region, User
from privacy.models import Consent, ErasureRequest, PrivacyNotice
from quizzes.services import attempt_start, attempt_submit
from tests.factories import CertificateFactory, UserFactory, build_course, build_quiz, choice_question, lessons_of

# What belongs to the other teacher only: none of it may reach the first one's page or download.
OTHER = {
    "full_name": "Бөгдеқызы Шырайлым",
    "email": "shyrailym.bogde@example.org",
    "school": "Алыстағы ауыл мектебі",
}
OTHER_SECRET = "ШЫРАЙЛЫМНЫҢ ЖАУАБЫ"  # kept in the other teacher's H5P statement


@dataclass
class World:
    person: User
    other: User
    trainer: User
    cohort: Cohort
    courses: list


def course_with_quiz(number):
    course = build_course(slug=f"kurs-{number}", lessons=2, optional=(2,), title=f"Қорғау курсы {number}")
    quiz = build_quiz(
        course,
        role="final",
        slug=f"qorytyndy-{number}",
        title=f"Қорытынды тест {number}",
        questions=[choice_question(f"Сұрақ {number}-{n}") for n in (1, 2)],
        prefix=f"k{number}q",
    )
    return course, quiz


def trainer_holding_a_trainer_certificate():
    trainer_course = build_course(slug="trainers", lessons=1, title="Тренерлерге арналған курс")
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer = UserFactory(full_name="Тренер Әлиева", email="trainer.alieva@example.org", roles=[roles.TRAINERS])
    CertificateFactory(user=trainer, course_key=trainer_course.translation_key, generation=0)
    return trainer


def h5p_attempt(user, course, statement):
    lesson = lessons_of(course)[0]
    return H5PAttempt.objects.create(
        user=user,
        package=None,
        content_hash="0" * 64,
        course_key=course.translation_key,
        lesson_key=lesson.translation_key,
        activity_key=str(uuid.uuid4()),
        verb=H5PAttempt.Verb.ANSWERED,
        score_raw=3,
        score_max=4,
        score_scaled=0.75,
        statement=statement,
    )


def quiz_attempt(user, quiz, *, right):
    """A submitted attempt whose every answer is right (a pass) or wrong."""
    started = attempt_start(user=user, quiz=quiz).attempt
    answers = {
        question["key"]: next(option["key"] for option in question["options"] if option["correct"] == right)
        for question in started.snapshot["questions"]
    }
    return attempt_submit(user=user, attempt_id=started.pk, answers=answers).attempt


def learn(person, course, quiz):
    """Enrol, complete the required lesson, play its activity and pass the final: the course is
    completed and a certificate issued."""
    enrollment_create(user=person, course=course)
    lesson_complete(user=person, lesson=lessons_of(course)[0], course=course)
    h5p_attempt(person, course, {"result": {"response": "Айгүлдің жауабы"}})
    quiz_attempt(person, quiz, right=True)


def build_world(*, courses=1):
    """The person in a group of the first course and enrolled alone in the others: in each, a
    lesson done, an H5P result and a passed final (so a certificate), with attendance in the group, a
    consent, a cancelled erasure request and a trainer's access to their record."""
    region = Region.objects.get(code="KZ-35")
    trainer = trainer_holding_a_trainer_certificate()
    person = UserFactory(
        full_name="Айгүл Сапарова",
        email="aigul.saparova@example.org",
        school="№5 мектеп",
        position="Мұғалім",
        roles=[roles.LEARNERS],
    )
    other = UserFactory(**OTHER, roles=[roles.LEARNERS])
    built = [course_with_quiz(number) for number in range(1, courses + 1)]
    today = timezone.localdate()
    first, first_quiz = built[0]
    cohort = cohort_open(
        trainer=trainer,
        course=first,
        name="Қарағанды, №12 мектеп тобы",
        region=region,
        starts_on=today - datetime.timedelta(days=3),
        ends_on=today + datetime.timedelta(days=30),
        capacity=25,
    )
    cohort_join(user=person, cohort=cohort)
    cohort_join(user=other, cohort=cohort)
    session = session_add(cohort=cohort, held_on=today, place="Мектеп залы")
    attendance_mark(session=session, marks={person.pk: "present", other.pk: "absent"}, marked_by=trainer, today=today)
    for course, quiz in built:
        learn(person, course, quiz)
    lesson_complete(user=other, lesson=lessons_of(first)[0], course=first)
    h5p_attempt(other, first, {"result": {"response": OTHER_SECRET}})
    quiz_attempt(other, first_quiz, right=False)
    notice = PrivacyNotice.objects.create(
        version=1,
        title_kk="Құпиялылық туралы хабарлама",
        title_ru="Уведомление о конфиденциальности",
        title_en="Privacy notice",
        body_kk="Мәтін",
        body_ru="Текст",
        body_en="Text",
        effective_from=today,
        published_at=timezone.now(),
    )
    Consent.objects.create(
        person=person,
        notice=notice,
        purposes=["training", "certificates", "statistics", "sharing"],
        language="kk",
        method=Consent.Method.SIGNUP,
    )
    ErasureRequest.objects.create(
        person=person,
        source=ErasureRequest.Source.PERSON,
        requested_by=person,
        due_at=timezone.now() + datetime.timedelta(days=30),
        cancelled_at=timezone.now(),
    )
    AccessRecord.objects.create(
        actor=trainer,
        actor_label=trainer.email,
        action=AccessRecord.Action.VIEW,
        what="cascade:trainee",
        subject=person,
        about_person=True,
        cohort_id=cohort.pk,
        region=region,
        path="/kk/cascade/trainee/",
    )
    return World(person=person, other=other, trainer=trainer, cohort=cohort, courses=built)


def certificate_of(user):
    return Certificate.objects.get(user=user)
