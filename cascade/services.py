"""Writes of the cascade: cohorts, joining them, sessions, attendance and reminders."""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cascade.codes import new_join_code
from cascade.models import Attendance, Cohort, CohortMember, CohortSession
from cascade.selectors import trainer_course_keys_held, trainer_generation
from courses.models import CoursePage, Enrollment
from courses.services import course_completion_refresh, enrollment_create
from lms.codes import create_with_unique_codes
from lms.errors import Refused
from lms.hooks import learner_changed
from lms.models import District, Region, User


class CascadeRefusal(Refused):
    """Something the user asked cannot be done; the message says why, in their language."""


def cohort_open(
    *,
    trainer: User,
    course: CoursePage,
    name: str,
    region: Region,
    starts_on: date,
    ends_on: date,
    capacity: int,
    district: District | None = None,
    delivery: str = Cohort.Delivery.IN_PERSON,
    venue: str = "",
    attendance_required: bool = False,
    attendance_percent: int = 80,
) -> Cohort:
    """Open a cohort for a course. Only a trainer (a valid trainer-level certificate with a
    generation) may; the cohort keeps their generation, so their trainees are the next one."""
    generation = trainer_generation(trainer)
    if generation is None:
        raise CascadeRefusal(_("Only trainers open cohorts: you need a valid trainer certificate."))
    if course.audience == CoursePage.Audience.TRAINER and course.translation_key not in trainer_course_keys_held(
        trainer
    ):
        raise CascadeRefusal(
            _("A group of a trainer course is opened by a trainer who holds a valid certificate of that course.")
        )

    def create() -> Cohort:  # a clash of join codes draws again (lms/codes.py)
        return Cohort.objects.create(
            trainer=trainer,
            trainer_generation=generation,
            course_key=course.translation_key,
            name=name,
            region=region,
            district=district,
            delivery=delivery,
            venue=venue,
            starts_on=starts_on,
            ends_on=ends_on,
            capacity=capacity,
            attendance_required=attendance_required,
            attendance_percent=attendance_percent,
            join_code=new_join_code(),
        )

    return create_with_unique_codes(create)[0]


def cohort_join(*, user: User, cohort: Cohort, today: date | None = None) -> CohortMember:
    """Join a cohort and its course. Joining again returns the same membership; a learner already
    in another cohort of the course, or a cohort that is closed, ended or full, is refused. A
    learner who enrolled alone keeps their progress. The cohort row is locked, so concurrent
    joins fill it one at a time and never past its capacity (also a database constraint)."""
    today = today or timezone.localdate()
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        existing = CohortMember.objects.filter(user=user, course_key=cohort.course_key).first()
        if existing is not None:
            if existing.cohort_id == cohort.pk:
                return existing
            raise CascadeRefusal(_("You are already in another group for this course."))
        if cohort.trainer_id == user.pk:
            raise CascadeRefusal(_("This is your own group: trainees join it, not its trainer."))
        if cohort.is_closed:
            raise CascadeRefusal(_("This group is closed to new trainees. Ask the trainer."))
        if cohort.ends_on < today:
            raise CascadeRefusal(_("This group has ended. Ask the trainer about a new one."))
        if cohort.member_count >= cohort.capacity:
            raise CascadeRefusal(_("This group is full. Ask the trainer about another one."))
        course = CoursePage.objects.filter(translation_key=cohort.course_key).first()
        if course is None:
            raise CascadeRefusal(_("The course of this group is no longer offered."))
        try:
            with transaction.atomic():
                membership = CohortMember.objects.create(cohort=cohort, user=user, course_key=cohort.course_key)
        except IntegrityError:  # joined another cohort of the course at the same moment
            raise CascadeRefusal(_("You are already in another group for this course.")) from None
        Cohort.objects.filter(pk=cohort.pk).update(member_count=F("member_count") + 1)
        enrollment_create(user=user, course=course)
        learner_changed(user_id=user.pk, course_key=cohort.course_key)
    return membership


def cohort_close(*, cohort: Cohort) -> None:
    """Close a cohort to new trainees: its join code and link stop working (cohort_join refuses
    them); its trainees stay, with their progress, sessions and marks."""
    Cohort.objects.filter(pk=cohort.pk).update(is_closed=True)
    cohort.is_closed = True


def cohort_reopen(*, cohort: Cohort, today: date | None = None) -> None:
    """Open a closed cohort to new trainees again, while it has not ended: an ended cohort refuses
    joining anyway, so reopening it would hand out a code that cannot work."""
    today = today or timezone.localdate()
    if cohort.ends_on < today:
        raise CascadeRefusal(_("This group has ended: open a new group for new trainees."))
    Cohort.objects.filter(pk=cohort.pk).update(is_closed=False)
    cohort.is_closed = False


class SessionDuplicate(CascadeRefusal):
    """The group already has `same` sessions on that date at that place: one more is added only
    once the trainer confirmed that many (a second tap on "Add it anyway" is warned again)."""

    def __init__(self, message: str, *, same: int):
        super().__init__(message)
        self.same = same


class SessionHasMarks(CascadeRefusal):
    """The session's marks would go with it: deleted only once the trainer confirmed how many."""

    def __init__(self, message: str, *, marks: int):
        super().__init__(message)
        self.marks = marks


def _same_place(place: str) -> str:
    return " ".join(place.split()).casefold()


def _session_checked(
    *, cohort: Cohort, held_on: date, place: str, duplicates_confirmed: int, session: CohortSession | None = None
) -> None:
    """Refuse a date outside the group's dates, and a second session on the same date at the same
    place (the form is prefilled with today and the venue, so one click too many adds one) unless
    the trainer confirmed it, having seen how many there are already (duplicates_confirmed): each
    session lowers everyone's attendance share."""
    if not cohort.starts_on <= held_on <= cohort.ends_on:
        raise CascadeRefusal(
            _("A session must fall within the group's dates, %(start)s to %(end)s.")
            % {
                "start": date_format(cohort.starts_on, "SHORT_DATE_FORMAT"),
                "end": date_format(cohort.ends_on, "SHORT_DATE_FORMAT"),
            }
        )
    others = CohortSession.objects.filter(cohort=cohort, held_on=held_on)
    if session is not None:
        others = others.exclude(pk=session.pk)
    same = sum(1 for other in others.values_list("place", flat=True) if _same_place(other) == _same_place(place))
    if same > duplicates_confirmed:
        raise SessionDuplicate(
            _(
                "The group already has a session on %(date)s at this place. A second one lowers every "
                "trainee's attendance share. Add it only if the group really meets twice."
            )
            % {"date": date_format(held_on, "SHORT_DATE_FORMAT")},
            same=same,
        )


def session_add(*, cohort: Cohort, held_on: date, place: str, duplicates_confirmed: int = 0) -> CohortSession:
    """Add a face-to-face session to a cohort; its date lies within the cohort's dates, and a
    second session on the same date at the same place needs duplicates_confirmed: the number of
    such sessions the trainer was warned of (SessionDuplicate.same). The cohort row is locked, so
    two clicks cannot both pass the duplicate check."""
    with transaction.atomic():
        Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
        _session_checked(cohort=cohort, held_on=held_on, place=place, duplicates_confirmed=duplicates_confirmed)
        return CohortSession.objects.create(cohort=cohort, held_on=held_on, place=place)


def session_edit(
    *,
    session: CohortSession,
    held_on: date,
    place: str,
    duplicates_confirmed: int = 0,
    today: date | None = None,
) -> CohortSession:
    """Correct a session's date or place. Its marks stay with it, so a session with marks cannot
    move to a day that has not come yet (attendance is marked from the day of the session)."""
    today = today or timezone.localdate()
    cohort = session.cohort
    with transaction.atomic():
        Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
        _session_checked(
            cohort=cohort, held_on=held_on, place=place, duplicates_confirmed=duplicates_confirmed, session=session
        )
        if held_on > today and Attendance.objects.filter(session=session).exists():
            raise CascadeRefusal(
                _("Attendance is already marked for this session, so it cannot move to a day that has not come yet.")
            )
        CohortSession.objects.filter(pk=session.pk).update(held_on=held_on, place=place)
    session.held_on, session.place = held_on, place
    return session


def session_delete(*, session: CohortSession, marks_confirmed: int = 0) -> int:
    """Delete a session and its marks; returns how many marks went with it. A session with more
    marks than the trainer confirmed (none, unless they saw the confirmation) is refused with
    SessionHasMarks. Where the cohort counts attendance, every trainee under way is checked for
    completion in the same transaction, as attendance_mark does: with one session fewer, their
    share is recounted and can now be enough."""
    cohort = session.cohort
    with transaction.atomic():
        Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
        marks = Attendance.objects.filter(session_id=session.pk).count()
        if marks > marks_confirmed:
            raise SessionHasMarks(
                ngettext(
                    "Attendance is marked for %(count)s trainee at this session: confirm to delete it.",
                    "Attendance is marked for %(count)s trainees at this session: confirm to delete it.",
                    marks,
                )
                % {"count": marks},
                marks=marks,
            )
        CohortSession.objects.filter(pk=session.pk).delete()  # its marks go with it (on_delete CASCADE)
        if cohort.attendance_required:
            members = {member.user_id: member.user for member in cohort.members.select_related("user")}
            _completions_recount(cohort=cohort, members=members, user_ids=members)
    return marks


def _completions_recount(*, cohort: Cohort, members: dict[int, User], user_ids: Iterable[int]) -> None:
    """After attendance changed, check these trainees for completion. Only a trainee under way can
    be completed by it: not one already complete, nor one who has not started (whose summary is
    left as it is)."""
    under_way = Enrollment.objects.filter(
        course_key=cohort.course_key,
        user_id__in=list(user_ids),
        status=Enrollment.Status.IN_PROGRESS,
    ).values_list("user_id", flat=True)
    for user_id in list(under_way):
        course_completion_refresh(user=members[user_id], course_key=cohort.course_key)


def attendance_mark(
    *, session: CohortSession, marks: dict[int, str], marked_by: User, today: date | None = None
) -> int:
    """Record the trainer's marks for a session ({user id: mark}); a later mark replaces an
    earlier one. Only the cohort's trainees can be marked. Where the cohort counts attendance,
    each trainee marked is checked for completion in the same transaction, so the last session
    attended can be what completes the course. The cohort row is locked, as session_edit and
    session_delete lock it, and the session read again: marks for a session deleted or moved to a
    later day meanwhile (the attendance page open in another tab) are refused."""
    today = today or timezone.localdate()
    if session.held_on > today:
        raise CascadeRefusal(_("Attendance can be marked from the day of the session."))
    cohort = session.cohort
    members = {member.user_id: member.user for member in cohort.members.select_related("user")}
    unknown = set(marks) - set(members)
    if unknown:
        raise CascadeRefusal(_("Only the group's trainees can be marked."))
    rows = [
        Attendance(session=session, user_id=user_id, mark=mark, marked_by=marked_by)
        for user_id, mark in marks.items()
        if mark in Attendance.Mark.values
    ]
    with transaction.atomic():
        Cohort.objects.select_for_update().filter(pk=cohort.pk).first()
        held_on = CohortSession.objects.filter(pk=session.pk).values_list("held_on", flat=True).first()
        if held_on is None:
            raise CascadeRefusal(_("This session has been deleted: its attendance cannot be marked."))
        if held_on > today:
            raise CascadeRefusal(_("Attendance can be marked from the day of the session."))
        Attendance.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["session", "user"],
            update_fields=["mark", "marked_by", "marked_at"],
        )
        if cohort.attendance_required:
            _completions_recount(cohort=cohort, members=members, user_ids=[row.user_id for row in rows])
    return len(rows)


REMIND_INTERVAL = timedelta(hours=24)


def cohort_remind(*, cohort: Cohort, now: datetime | None = None) -> int:
    """Email every trainee who has not finished the course yet, in their language: at most once a
    day per cohort (the cohort row is locked, so two clicks send one round). Returns how many."""
    from cascade.roster import unfinished_trainees
    from cascade.tasks import trainee_reminder_email

    now = now or timezone.now()
    with transaction.atomic():
        locked = Cohort.objects.select_for_update().get(pk=cohort.pk)
        if locked.reminded_at and now - locked.reminded_at < REMIND_INTERVAL:
            raise CascadeRefusal(
                _("A reminder was already sent at %(time)s. The next one can go a day after it.")
                % {"time": date_format(timezone.localtime(locked.reminded_at), "SHORT_DATETIME_FORMAT")}
            )
        trainees = unfinished_trainees(locked)
        if not trainees:
            raise CascadeRefusal(_("Everyone in the group has finished the course: nobody to remind."))
        Cohort.objects.filter(pk=locked.pk).update(reminded_at=now)
        for member in trainees:
            transaction.on_commit(partial(trainee_reminder_email.enqueue, user_id=member.user_id, cohort_id=locked.pk))
    return len(trainees)
