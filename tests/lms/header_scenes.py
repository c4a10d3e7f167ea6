"""One of each platform page that carries personal data, for the header tests (test_headers.py and
the browser's tests/browser/test_csp.py): a lesson with an H5P activity, a quiz attempt, a trained
group with a session and a certificate, and the people who see them."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from cascade.services import cohort_join, session_add
from courses.models import CoursePage
from courses.services import enrollment_create
from lms import roles
from lms.models import Region
from quizzes.services import attempt_start
from tests.cascade.helpers import open_cohort
from tests.factories import (
    CertificateFactory,
    UserFactory,
    add_h5p_activity,
    build_course,
    build_h5p_package,
    build_quiz,
    lessons_of,
)


@dataclass
class Scene:
    course: object
    lesson: object
    quiz: object
    attempt: object
    learner: object
    certificate: object
    trainer: object
    cohort: object
    session: object
    analyst: object
    superuser: object


def build_scene():
    course = build_course(slug="teachers", lessons=1, title="Recognising abuse")
    lesson = lessons_of(course)[0]
    add_h5p_activity(lesson, build_h5p_package(language="kk"), required=False)
    quiz = build_quiz(course, role="pre", slug="pre-test")
    trainer_course = build_course(slug="trainers", lessons=0, title="Training teachers")
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer_course.refresh_from_db()

    learner = UserFactory(full_name="Айгүл Нұрланқызы", email="aigul@example.org", roles=[roles.LEARNERS])
    enrollment_create(user=learner, course=course)
    attempt = attempt_start(user=learner, quiz=quiz).attempt
    certificate = CertificateFactory(user=learner, course_key=course.translation_key)

    trainer = UserFactory(full_name="Сәуле Мұратқызы", email="saule@example.org", roles=[roles.TRAINERS])
    CertificateFactory(
        user=trainer,
        course_key=trainer_course.translation_key,
        generation=0,
        expires_on=timezone.localdate().replace(year=2099),
    )
    today = timezone.localdate()
    cohort = open_cohort(trainer, course, starts_on=today - timedelta(days=3))
    cohort_join(user=learner, cohort=cohort)
    session = session_add(cohort=cohort, held_on=today - timedelta(days=1), place="204")

    analyst = UserFactory(
        email="ministry@example.org", roles=[roles.MINISTRY_ANALYSTS], region=Region.objects.get(code="KZ-71")
    )
    superuser = UserFactory(email="admin@example.org", is_superuser=True, is_staff=True)
    return Scene(
        course=course,
        lesson=lesson,
        quiz=quiz,
        attempt=attempt,
        learner=learner,
        certificate=certificate,
        trainer=trainer,
        cohort=cohort,
        session=session,
        analyst=analyst,
        superuser=superuser,
    )
