"""The demo cascade: the demo master trainer (generation 0) trained the demo trainer
(generation 1) in a group that met twice; the demo trainer's autumn group for the teacher course
has the demo learner in it and a first session today.

Running it again changes nothing.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from cascade.imports import MASTER_TRAINER
from cascade.models import Attendance, Cohort, CohortMember
from cascade.services import CascadeRefusal, attendance_mark, cohort_join, cohort_open, session_add
from certificates.hooks import Lineage
from certificates.services import certificate_record_prior
from courses.models import CoursePage
from lms.models import Region, User

TEACHER_COURSE = "recognising-and-responding"
TRAINER_COURSE = "leading-the-training"


def _course(slug):
    return CoursePage.objects.filter(slug=slug).order_by("pk").first()


@transaction.atomic
def demo_cascade_load():
    """Returns the demo group's join code, or a reason it could not be made."""
    users = {user.email: user for user in User.objects.filter(email__endswith="@example.com")}
    master, trainer, learner = (users.get(f"{name}@example.com") for name in ("master", "trainer", "learner"))
    teacher_course, trainer_course = _course(TEACHER_COURSE), _course(TRAINER_COURSE)
    if None in (master, trainer, learner, teacher_course, trainer_course):
        return "skipped: the demo accounts and courses are needed first."
    today = timezone.localdate()
    certificate_record_prior(
        user=master, course_key=trainer_course.translation_key, lineage=MASTER_TRAINER, language="kk"
    )
    trainers_group = Cohort.objects.filter(trainer=master, course_key=trainer_course.translation_key).first()
    if trainers_group is None:
        trainers_group = cohort_open(
            trainer=master,
            course=trainer_course,
            name="Қарағанды: тренерлер тобы",
            region=master.region,
            starts_on=today - timedelta(days=60),
            ends_on=today - timedelta(days=30),
            capacity=20,
            venue="Қарағанды, білім басқармасы, 3-зал",
        )
        CohortMember.objects.create(cohort=trainers_group, user=trainer, course_key=trainers_group.course_key)
        Cohort.objects.filter(pk=trainers_group.pk).update(member_count=1)
    # The demo trainer completed the trainer course in that group: generation 1.
    certificate_record_prior(
        user=trainer,
        course_key=trainer_course.translation_key,
        lineage=Lineage(trainer_id=master.pk, trainer_name=master.full_name, cohort_id=trainers_group.pk, generation=1),
        language="kk",
    )
    group = Cohort.objects.filter(trainer=trainer, course_key=teacher_course.translation_key).first()
    if group is None:
        group = cohort_open(
            trainer=trainer,
            course=teacher_course,
            name="№1 мектеп-лицей: күзгі топ",
            region=trainer.region,
            starts_on=today,
            ends_on=today + timedelta(days=60),
            capacity=30,
            venue="№1 мектеп-лицей, 204-кабинет",
        )
    astana = Region.objects.filter(code="KZ-71").first()
    if astana and not Cohort.objects.filter(trainer=master, region=astana).exists():
        # A group in Astana, so the demo regional coordinator (Astana) has one to look at.
        cohort_open(
            trainer=master,
            course=teacher_course,
            name="Астана, №3 мектеп-гимназия",
            region=astana,
            starts_on=today + timedelta(days=7),
            ends_on=today + timedelta(days=50),
            capacity=25,
            venue="Астана, №3 мектеп-гимназия, акт залы",
        )
    if not group.sessions.exists():
        # The first meeting is today, for the trainer to mark; the second one later on.
        for days in (0, 14):
            session_add(cohort=group, held_on=today + timedelta(days=days), place=group.venue)
    if not trainers_group.sessions.exists():
        for days in (60, 45):
            session = session_add(
                cohort=trainers_group, held_on=today - timedelta(days=days), place=trainers_group.venue
            )
            attendance_mark(session=session, marks={trainer.pk: Attendance.Mark.PRESENT}, marked_by=master)
    try:
        cohort_join(user=learner, cohort=group)
    except CascadeRefusal as refusal:
        return f"group {group.join_code} (the demo learner could not join: {refusal})"
    return f"the demo trainer's group joins with the code {group.join_code}."
