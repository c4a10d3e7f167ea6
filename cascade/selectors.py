"""Reads of the cascade: a trainer's generation, and the lineage a completing trainee's
certificate records."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal
from uuid import UUID

from django.db.models import Count, Min, Q
from django.utils import timezone

from cascade.models import Attendance, Cohort, CohortMember, CohortSession
from certificates.hooks import Lineage
from certificates.models import Certificate
from courses.models import CoursePage, Enrollment
from courses.selectors import trainer_course_keys_query
from lms.hooks import PersonCohort
from lms.models import User


def trainer_generation(user: User, today: date | None = None) -> int | None:
    """The user's generation as a trainer, or None when they are not one: the lowest generation on
    their valid certificates of trainer-level courses (0 for an imported master trainer). A
    trainer certificate earned outside any cohort has no generation and makes no trainer. One query."""
    return (
        Certificate.objects.valid(today)
        .filter(user=user, generation__isnull=False, course_key__in=trainer_course_keys_query())
        .aggregate(generation=Min("generation"))["generation"]
    )


def trainer_course_keys_held(user: User, today: date | None = None) -> set[UUID]:
    """The trainer-level courses whose groups this trainer may open: those they hold a valid
    certificate of, with a generation (one query). Teacher-level groups need only being a trainer."""
    return set(
        Certificate.objects.valid(today)
        .filter(user=user, generation__isnull=False, course_key__in=trainer_course_keys_query())
        .values_list("course_key", flat=True)
    )


# Not a field of Enrollment: the courses app knows nothing of cohorts.
MEMBERSHIP_KEPT_AS = "_cohort_membership"


def membership_of(enrollment: Enrollment) -> CohortMember | None:
    """The learner's cohort membership for the enrolment's course, with cohort and trainer, or
    None. Read once and kept on the enrolment: the completion rule and the lineage both ask."""
    if not hasattr(enrollment, MEMBERSHIP_KEPT_AS):
        membership = (
            CohortMember.objects.filter(user_id=enrollment.user_id, course_key=enrollment.course_key)
            .select_related("cohort__trainer")
            .first()
        )
        setattr(enrollment, MEMBERSHIP_KEPT_AS, membership)
    kept: CohortMember | None = getattr(enrollment, MEMBERSHIP_KEPT_AS)
    return kept


def cohort_lineage(*, enrollment: Enrollment) -> Lineage | None:
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


def course_titles(course_keys: Iterable[UUID], language: str) -> dict[UUID, tuple[str, str | None]]:
    """Title and URL of each course in the given language, else in any (one query)."""
    found: dict[UUID, tuple[str, str | None]] = {}
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


def cohort_summary(*, code: str, language: str, today: date | None = None) -> CohortSummary | None:
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


def cohorts_led_by(*, user: User, language: str) -> list[Cohort]:
    """A trainer's groups, newest first, each with its course title (two queries)."""
    cohorts = list(Cohort.objects.filter(trainer=user).order_by("-starts_on", "-pk"))
    titles = course_titles([cohort.course_key for cohort in cohorts], language)
    for cohort in cohorts:
        # Not a field of Cohort: a value for the templates, as annotate() would add one.
        cohort.course_title = titles.get(cohort.course_key, ("", None))[0]  # type: ignore[attr-defined]
    return cohorts


@dataclass
class AttendanceStanding:
    required_percent: int
    sessions: int
    attended: int

    @property
    def sufficient(self) -> bool:
        return self.sessions > 0 and self.attended * 100 >= self.required_percent * self.sessions


def attendance_standing(
    *, user_id: int, course_key: UUID, membership: CohortMember | None | Literal[False] = False
) -> AttendanceStanding | None:
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


def attendance_sufficient(*, enrollment: Enrollment) -> bool:
    """The cascade's completion rule: where a trainee's cohort requires it, they attended at least
    its share of the face-to-face sessions (a cohort with no session yet is not attended)."""
    standing = attendance_standing(
        user_id=enrollment.user_id, course_key=enrollment.course_key, membership=membership_of(enrollment)
    )
    return standing is None or standing.sufficient


def cohort_sessions(cohort: Cohort) -> list[CohortSession]:
    """A cohort's sessions in date order, each with how many trainees were marked attended (one query)."""
    return list(
        cohort.sessions.annotate(
            attended=Count("attendance", filter=Q(attendance__mark__in=Attendance.ATTENDED)),
            marked=Count("attendance"),
        ).order_by("held_on", "pk")
    )


def session_marks(session: CohortSession) -> list[tuple[User, str | None]]:
    """The cohort's trainees by name with their mark at the session, or None (two queries)."""
    marks = dict(session.attendance.values_list("user_id", "mark"))
    members = list(session.cohort.members.select_related("user").order_by("user__full_name", "user__email"))
    return [(member.user, marks.get(member.user_id)) for member in members]


def person_cohorts(*, user: User) -> list[PersonCohort]:
    """The groups the person is a member of, with when they joined, for the `PERSON_COHORTS` hook
    (lms.audit `accesses_of`: who opened the roster of their group). One query."""
    return [
        PersonCohort(id=cohort_id, name=name, joined_at=joined_at)
        for cohort_id, name, joined_at in CohortMember.objects.filter(user=user).values_list(
            "cohort_id", "cohort__name", "joined_at"
        )
    ]
