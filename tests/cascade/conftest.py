from datetime import date

import pytest

from courses.models import CoursePage
from lms import roles
from tests.factories import CertificateFactory, UserFactory, build_course


@pytest.fixture
def courses():
    """A teacher-level course and a trainer-level one, one lesson each."""
    teacher = build_course(slug="teachers", lessons=1, title="Recognising abuse")
    trainer = build_course(slug="trainers", lessons=1, title="Training teachers")
    CoursePage.objects.filter(pk=trainer.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer.refresh_from_db()
    return teacher, trainer


@pytest.fixture
def master(courses):
    """A master trainer as the import makes one: a generation-0 trainer certificate."""
    user = UserFactory(full_name="Сәуле Мұратқызы", roles=[roles.TRAINERS])
    CertificateFactory(user=user, course_key=courses[1].translation_key, generation=0, expires_on=date(2099, 1, 1))
    return user
