from datetime import date

import pytest

from courses.models import CoursePage
from lms import roles
from tests.factories import CertificateFactory, UserFactory, build_course, build_quiz


@pytest.fixture
def programme(db):
    """A teacher course (one lesson, a pre-test and a final) and a trainer course (one lesson and
    a final), as the cascade runs them."""
    teacher = build_course(slug="teachers", lessons=1, title="Recognising abuse")
    build_quiz(teacher, role="pre", slug="pre-test", prefix="p")
    build_quiz(teacher, role="final", slug="final-test", prefix="f")
    trainer = build_course(slug="trainers", lessons=1, title="Training teachers")
    build_quiz(trainer, role="final", slug="trainer-final", prefix="t")
    CoursePage.objects.filter(pk=trainer.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer.refresh_from_db()
    return teacher, trainer


@pytest.fixture
def courses(db):
    """The same two courses without lessons or quizzes: enough where the figures come from
    certificates, groups and scores made by hand, and much quicker to build."""
    teacher = build_course(slug="teachers", lessons=0, title="Recognising abuse")
    trainer = build_course(slug="trainers", lessons=0, title="Training teachers")
    CoursePage.objects.filter(pk=trainer.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer.refresh_from_db()
    return teacher, trainer


@pytest.fixture
def master(programme):
    """A master trainer as the import makes one: a generation-0 trainer certificate."""
    user = UserFactory(full_name="Сәуле Мұратқызы", roles=[roles.TRAINERS])
    CertificateFactory(user=user, course_key=programme[1].translation_key, generation=0, expires_on=date(2099, 1, 1))
    return user
