"""A cohort's roster: every trainee with their progress, scores, attendance and certificate.

Read in a fixed number of queries whatever the cohort's size (pinned in the tests for 200
trainees), then sorted in Python: a cohort is at most a few hundred people.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone

from cascade.models import Attendance, CohortSession
from certificates.models import Certificate
from courses.models import Enrollment
from quizzes.models import QuizResult
from quizzes.pages import QuizPage

SORTS = ("name", "progress", "pre", "final", "attendance", "certificate")
MISSING_LAST = {"pre": "pre_percent", "final": "final_percent"}


@dataclass
class RosterRow:
    user: object
    enrollment: Enrollment | None
    pre_percent: float | None
    final_percent: float | None
    final_passed: bool
    attended: int
    sessions: int
    certificate: Certificate | None
    certificate_status: str | None

    @property
    def percent(self):
        return self.enrollment.percent if self.enrollment else 0

    @property
    def not_started(self):
        """No lesson done yet: a member who never opened the course has a summary of 0 / 0."""
        return self.enrollment is None or (self.enrollment.lessons_done == 0 and self.enrollment.started_at is None)

    @property
    def completed(self):
        return self.enrollment is not None and self.enrollment.is_completed

    @property
    def attendance_percent(self):
        return round(100 * self.attended / self.sessions) if self.sessions else None


def _sort_key(sort):
    def missing_last(value):
        return (value is None, -(value or 0))

    return {
        "name": lambda row: (row.user.full_name.casefold(), row.user.email),
        "progress": lambda row: (-row.percent, row.user.full_name.casefold()),
        "pre": lambda row: (missing_last(row.pre_percent), row.user.full_name.casefold()),
        "final": lambda row: (missing_last(row.final_percent), row.user.full_name.casefold()),
        "attendance": lambda row: (-row.attended, row.user.full_name.casefold()),
        "certificate": lambda row: (row.certificate is None, row.certificate_status != "valid", row.user.full_name),
    }[sort]


def cohort_roster(cohort, *, sort="name", descending=False, today=None):
    """The cohort's trainees as roster rows, in six queries."""
    today = today or timezone.localdate()
    members = list(cohort.members.select_related("user", "user__region").order_by("user__full_name"))
    user_ids = [member.user_id for member in members]
    enrollments = {
        enrollment.user_id: enrollment
        for enrollment in Enrollment.objects.filter(course_key=cohort.course_key, user_id__in=user_ids)
    }
    scores = {}
    for result in QuizResult.objects.filter(
        course_key=cohort.course_key,
        user_id__in=user_ids,
        role__in=[QuizPage.Role.PRE_TEST, QuizPage.Role.FINAL],
    ).order_by("pk"):
        scores[(result.user_id, result.role)] = result
    sessions = CohortSession.objects.filter(cohort=cohort).count()
    attended = dict(
        Attendance.objects.filter(session__cohort=cohort, mark__in=Attendance.ATTENDED)
        .values("user_id")
        .annotate(count=Count("pk"))
        .values_list("user_id", "count")
    )
    certificates = {}
    for certificate in Certificate.objects.filter(course_key=cohort.course_key, user_id__in=user_ids).order_by(
        "number"
    ):
        certificates[certificate.user_id] = certificate  # the latest completion is written last
    rows = []
    for member in members:
        pre = scores.get((member.user_id, QuizPage.Role.PRE_TEST))
        final = scores.get((member.user_id, QuizPage.Role.FINAL))
        certificate = certificates.get(member.user_id)
        rows.append(
            RosterRow(
                user=member.user,
                enrollment=enrollments.get(member.user_id),
                pre_percent=pre.first_percent if pre else None,
                final_percent=final.best_percent if final else None,
                final_passed=bool(final and final.passed),
                attended=attended.get(member.user_id, 0),
                sessions=sessions,
                certificate=certificate,
                certificate_status=certificate.status_on(today) if certificate else None,
            )
        )
    sort = sort if sort in SORTS else "name"
    rows.sort(key=_sort_key(sort), reverse=descending)
    if descending and sort in MISSING_LAST:  # reversed, a test not taken would come first
        missing = [row for row in rows if getattr(row, MISSING_LAST[sort]) is None]
        rows = [row for row in rows if getattr(row, MISSING_LAST[sort]) is not None]
        rows += sorted(missing, key=_sort_key("name"))
    return rows


def unfinished_trainees(cohort):
    """The cohort's trainees who have not completed its course yet (one query)."""
    completed = Enrollment.objects.filter(course_key=cohort.course_key, status=Enrollment.Status.COMPLETED).values(
        "user_id"
    )
    return list(cohort.members.exclude(user_id__in=completed).select_related("user").order_by("user__full_name"))


def cohort_certificates(cohort):
    """The certificates earned in a cohort, for its zip of PDFs."""
    return Certificate.objects.filter(cohort_id=cohort.pk).not_revoked()
