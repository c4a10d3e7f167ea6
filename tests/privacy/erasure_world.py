"""People with a rich history, to erase: a teacher who is also a trainer (a trainer's certificate,
a group they lead whose trainee holds a certificate naming them), and who learns in another
trainer's group (enrolment, a lesson done, an H5P result whose statement names them, a graded
quiz, attendance, a certificate with its PDF stored), with accesses to their data and by them,
a Wagtail log entry of their account edited, consent, an API key and a second factor."""

import datetime
import uuid
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.utils import timezone
from wagtail.log_actions import log

from cascade.models import Cohort
from cascade.services import attendance_mark, cohort_join, cohort_open, session_add
from certificates.models import Certificate
from courses.models import CoursePage, H5PAttempt
from courses.services import enrollment_create, lesson_complete
from coverage.tokens import api_token_create
from lms import roles
from lms.audit import AccessRecord, access_record
from lms.models import Region, User
from privacy.models import Consent, PrivacyNotice
from quizzes.services import attempt_start, attempt_submit
from tests.factories import CertificateFactory, UserFactory, build_course, build_quiz, choice_question, lessons_of

PERSON = {
    "full_name": "Ерасыл Өшірілетінов",
    "email": "erasyl.oshiriletinov@example.org",
    "school": "Жаңаарқа №77 мектеп-гимназиясы",
    "position": "Бастауыш сынып мұғалімі",
}


@dataclass
class World:
    person: User
    master: User
    trainee: User
    led: Cohort
    course: CoursePage
    trainer_course: CoursePage
    certificate: Certificate
    trainee_certificate: Certificate


def published_notice():
    return PrivacyNotice.objects.create(
        version=1,
        title_kk="Хабарлама",
        title_ru="Уведомление",
        title_en="Notice",
        body_kk="Мәтін",
        body_ru="Текст",
        body_en="Text",
        effective_from=timezone.localdate(),
        published_at=timezone.now(),
    )


def h5p_attempt(user, course):
    """A result whose statement carries what a content type may add: the actor's name and
    address, and words the person typed."""
    return H5PAttempt.objects.create(
        user=user,
        package=None,
        content_hash="0" * 64,
        course_key=course.translation_key,
        lesson_key=lessons_of(course)[0].translation_key,
        activity_key=str(uuid.uuid4()),
        verb=H5PAttempt.Verb.ANSWERED,
        score_raw=3,
        score_max=4,
        score_scaled=0.75,
        statement={
            "actor": {"name": user.full_name, "mbox": f"mailto:{user.email}", "account": {"name": str(user.pk)}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "object": {"id": "https://h5p.example/activity/1"},
            "result": {"score": {"raw": 3, "max": 4}, "success": True, "response": f"Мен {user.full_name}"},
            "context": {"extensions": {"school": user.school}},
        },
    )


def quiz_attempt(user, quiz):
    started = attempt_start(user=user, quiz=quiz).attempt
    answers = {question["key"]: question["options"][0]["key"] for question in started.snapshot["questions"]}
    return attempt_submit(user=user, attempt_id=started.pk, answers=answers).attempt


def trainer_certified(user, trainer_course, *, trainer=None, generation=0):
    return CertificateFactory(
        user=user,
        course_key=trainer_course.translation_key,
        generation=generation,
        trainer=trainer,
        trainer_name=trainer.full_name if trainer else "",
    )


def group(trainer, course, name):
    today = timezone.localdate()
    return cohort_open(
        trainer=trainer,
        course=course,
        name=name,
        region=Region.objects.get(code="KZ-35"),
        starts_on=today - datetime.timedelta(days=3),
        ends_on=today + datetime.timedelta(days=30),
        capacity=25,
    )


def build_world(*, admin=None):
    today = timezone.localdate()
    trainer_course = build_course(slug="trainers", lessons=1, title="Тренерлерге арналған курс")
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    course = build_course(slug="teachers", lessons=2, title="Мұғалімдерге арналған курс")
    quiz = build_quiz(course, role="final", questions=[choice_question("Сұрақ 1")], prefix="eq")
    master = UserFactory(full_name="Шебер Тренерова", roles=[roles.TRAINERS])
    trainer_certified(master, trainer_course)
    person = UserFactory(**PERSON, roles=[roles.TRAINERS], second_factor=True)
    trainer_certified(person, trainer_course, trainer=master, generation=1)

    # Learning in the master's group.
    learning_group = group(master, course, "Шебердің тобы")
    cohort_join(user=person, cohort=learning_group)
    enrollment_create(user=person, course=course)
    for lesson in lessons_of(course):
        lesson_complete(user=person, lesson=lesson, course=course)
    h5p_attempt(person, course)
    quiz_attempt(person, quiz)
    session = session_add(cohort=learning_group, held_on=today, place="Мектеп залы")
    attendance_mark(session=session, marks={person.pk: "present"}, marked_by=master, today=today)
    # Passing the final completes the course and issues the certificate (the options are shuffled:
    # the answers given may not pass), naming the master as trainer.
    certificate = Certificate.objects.filter(user=person, course_key=course.translation_key).first()
    certificate = certificate or CertificateFactory(
        user=person, course_key=course.translation_key, trainer=master, trainer_name=master.full_name, generation=2
    )
    certificate.pdf.save(f"{certificate.token}.pdf", ContentFile(f"%PDF {person.full_name}".encode()))

    # Leading a group of their own, named after them, whose trainee holds a certificate naming them.
    led = group(person, course, f"{person.full_name} тобы")
    trainee = UserFactory(full_name="Оқушы Мұғалімова")
    cohort_join(user=trainee, cohort=led)
    led_session = session_add(cohort=led, held_on=today, place=f"{person.full_name} кабинеті")
    attendance_mark(session=led_session, marks={trainee.pk: "present"}, marked_by=person, today=today)
    trainee_certificate = CertificateFactory(
        user=trainee, course_key=course.translation_key, trainer=person, trainer_name=person.full_name, generation=2
    )
    trainee_certificate.pdf.save(f"{trainee_certificate.token}.pdf", ContentFile(b"%PDF trainee"))

    # Accesses: a coordinator opened the person's record and searched for them; the person, as a
    # trainer, opened their trainee's record.
    admin = admin or UserFactory(is_superuser=True, is_staff=True, full_name="Әкімші Басшыұлы")
    requests = RequestFactory()
    searching = requests.get("/admin/users/", {"q": person.email})
    searching.user = admin
    access_record(searching, what="wagtailusers_users:index", people=1)
    opening = requests.get(f"/admin/users/edit/{person.pk}/")
    opening.user = admin
    access_record(opening, what="wagtailusers_users:edit", subject=person)
    by_person = requests.get(f"/kk/cascade/trainee/{trainee.pk}/")
    by_person.user = person
    access_record(by_person, what="cascade:trainee", subject=trainee, cohort_id=led.pk)
    log(instance=person, action="wagtail.edit", user=admin)

    Consent.objects.create(
        person=person, notice=published_notice(), language="kk", method=Consent.Method.SIGNUP, purposes=["training"]
    )
    api_token_create(user=person, name=f"{person.full_name} жүйесі")
    return World(
        person=person,
        master=master,
        trainee=trainee,
        led=led,
        course=course,
        trainer_course=trainer_course,
        certificate=certificate,
        trainee_certificate=trainee_certificate,
    )


def accesses_by(person):
    return AccessRecord.objects.filter(actor=person)
