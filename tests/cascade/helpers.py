"""Steps the cascade tests share: opening a cohort, completing a course, expecting a refusal."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone, translation

from cascade.services import CascadeRefusal, cohort_open
from certificates.models import Certificate
from courses.services import lesson_complete
from lms.models import Region
from tests.factories import lessons_of


def refused(message):
    """pytest.raises for a refusal with this message, as the learner reads it (in Kazakh here)."""
    with translation.override("kk"):
        text = translation.gettext(message)
    return pytest.raises(CascadeRefusal, match=re.escape(text))


def open_cohort(trainer, course, **fields):
    today = timezone.localdate()
    values = {
        "name": "Қарағанды, №12 мектеп",
        "region": Region.objects.get(code="KZ-35"),
        "starts_on": today,
        "ends_on": today + timedelta(days=30),
        "capacity": 25,
        **fields,
    }
    return cohort_open(trainer=trainer, course=course, **values)


def complete(user, course):
    for lesson in lessons_of(course):
        lesson_complete(user=user, lesson=lesson, course=course)
    return Certificate.objects.get(user=user, course_key=course.translation_key)
