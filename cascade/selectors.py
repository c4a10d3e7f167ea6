"""Reads of the cascade: a trainer's generation, and the lineage a completing trainee's
certificate records."""

from dataclasses import dataclass

from django.db.models import Count, Min, Q
from django.utils import timezone

from cascade.models import Attendance, Cohort, CohortMember, CohortSession
from certificates.hooks import Lineage
from certificates.models import Certificate
from courses.models import CoursePage
from courses.selectors import trainer_course_keys_query


def trainer_generation(user, today=None):
    """The user's generation as a trainer, or None when they are not one: the lowest generation on
    their valid certificates of trainer-level courses (0 for an imported master trainer). A
    trainer certificate earned outside any cohort has no generation and makes no trainer. One query."""
    return (
        Certificate.objects.valid(today)
        .filter(user=user, generation__isnull=False, course_key__in=trainer_course_keys_query())
        .aggregate(generation=Min("generation"))["generation"]
    )


def trainer_course_keys_held(user, today=None):
    """The trainer-level courses whose groups this trainer may open: those they hold a valid
    certificate of, with a generation (one query). Teacher-level groups need only being a trainer."""
    return set(
        Certificate.objects.valid(today)
        .filter(user=user, generation__isnull=False, course_key__in=trainer_course_keys_query())
        .values_list("course_key", flat=True)
    )


def membership_of(enrollment):
    """The learner's cohort membership for the enrolment's course, with cohort and trainer, or
    None. Read once and kept on the enrolment: the completion rule and the lineage both ask."""
    if not hasattr(enrollment, "_cohort_membership"):
        enrollment._cohort_membership = (
            CohortMember.objects.filter(user_id=enrollment.user_id, course_key=enrollment.course_key)
            .select_related("cohort__trainer")
            .first()
        )
    return enrollment._cohort_membership


def cohort_lineage(*, enrollment):
    """The lineage provider of the certificates app: the trainee's cohort for the course, its
    trainer, and generation = the trainer's generation + 1. None for a learner in no cohort."""
    membership = membership_of(enrollment)
    if membership is None:
        return None
    cohort = membership.cohort
    return Lineage(
        trainer_id=cohort.trainer_id,
        trainer_name=cohort.trainer.full_name,
        cohort_id=cohort.pk,
        generation=cohort.trainer_generation + 1,
    )


def course_titles(course_keys, language):
    """Title and URL of each course in the given language, else in any (one query)."""
    found = {}
    pages = CoursePage.objects.live().filter(translation_key__in=set(course_keys)).select_related("locale")
    for page in sorted(pages, key=lambda page: page.locale.language_code == language):
        found[page.translation_key] = (page.title, page.url)  # the page in the language is written last
    return found


@dataclass
class CohortSummary:
    cohort: Cohort
    trainer_name: str
    course_title: str
    course_url: str | None
    places_left: int
    ended: bool


def cohort_summary(*, code, language, today=None):
    """What a teacher with the code sees of a group before joining (two queries), or None."""
    today = today or timezone.localdate()
    cohort = Cohort.objects.select_related("trainer").filter(join_code=code).first() if code else None
    if cohort is None:
        return None
    title, url = course_titles([cohort.course_key], language).get(cohort.course_key, ("", None))
    return CohortSummary(
        cohort=cohort,
        trainer_name=cohort.trainer.full_name,
        course_title=title,
        course_url=url,
        places_left=max(0, cohort.capacity - cohort.member_count),
        ended=cohort.ends_on < today,
    )


def cohorts_led_by(*, user, language):
    """A trainer's groups, newest first, each with its course title (two queries)."""
    cohorts = list(Cohort.objects.filter(trainer=user).order_by("-starts_on", "-pk"))
    titles = course_titles([cohort.course_key for cohort in cohorts], language)
    for cohort in cohorts:
        cohort.course_title = titles.get(cohort.course_key, ("", None))[0]
    return cohorts


@dataclass
class AttendanceStanding:
    required_percent: int
    sessions: int
    attended: int

    @property
    def sufficient(self):
        return self.sessions > 0 and self.attended * 100 >= self.required_percent * self.sessions


def attendance_standing(*, user_id, course_key, membership=False):
    """Sessions held and attended by a trainee whose cohort counts attendance toward the
    certificate, or None when it does not (or they are in no cohort). Two queries at most;
    one when the membership is given."""
    if membership is False:
        membership = (
            CohortMember.objects.filter(user_id=user_id, course_key=course_key).select_related("cohort").first()
        )
    if membership is None or not membership.cohort.attendance_required:
        return None
    figures = CohortSession.objects.filter(cohort_id=membership.cohort_id).aggregate(
        sessions=Count("pk", distinct=True),
        attended=Count("attendance", filter=Q(attendance__user_id=user_id, attendance__mark__in=Attendance.ATTENDED)),
    )
    return AttendanceStanding(
        required_percent=membership.cohort.attendance_percent,
        sessions=figures["sessions"],
        attended=figures["attended"],
    )


def attendance_sufficient(*, enrollment):
    """The cascade's completion rule: where a trainee's cohort requires it, they attended at least
    its share of the face-to-face sessions (a cohort with no session yet is not attended)."""
    standing = attendance_standing(
        user_id=enrollment.user_id, course_key=enrollment.course_key, membership=membership_of(enrollment)
    )
    return standing is None or standing.sufficient


def cohort_sessions(cohort):
    """A cohort's sessions in date order, each with how many trainees were marked attended (one query)."""
    return list(
        cohort.sessions.annotate(
            attended=Count("attendance", filter=Q(attendance__mark__in=Attendance.ATTENDED)),
            marked=Count("attendance"),
        ).order_by("held_on", "pk")
    )


def session_marks(session):
    """The cohort's trainees by name with their mark at the session, or None (two queries)."""
    marks = dict(session.attendance.values_list("user_id", "mark"))
    members = list(session.cohort.members.select_related("user").order_by("user__full_name", "user__email"))
    return [(member.user, marks.get(member.user_id)) for member in members]
