"""What this app holds about a person, for "My data" (lms.hooks.PERSONAL_DATA): the groups they are
in (with their trainer's name, part of their own record), their attendance marks, and the groups
they lead. Of a group they lead only counts are given: its trainees are other people, whose names
are theirs to see, not the trainer's to download here. Four queries."""

from django.db.models import Count
from django.utils.translation import gettext as _

from cascade.models import Attendance, Cohort, CohortMember
from courses.personal_export import iso, page_titles
from lms.hooks import PersonalSection


def personal_data(*, user) -> list[PersonalSection]:
    """Memberships, attendance marks and groups led: four queries (the three and course titles)."""
    memberships = list(
        CohortMember.objects.filter(user=user)
        .values_list("cohort__name", "cohort__course_key", "cohort__trainer__full_name", "joined_at")
        .order_by("joined_at", "pk")
    )
    marks = list(
        Attendance.objects.filter(user=user)
        .select_related("session__cohort")
        .only("mark", "marked_at", "session__held_on", "session__place", "session__cohort__name")
        .order_by("session__held_on", "pk")
    )
    led = list(
        Cohort.objects.filter(trainer=user)
        .annotate(session_count=Count("sessions", distinct=True))
        .order_by("starts_on", "pk")
    )
    titles = page_titles({course for _name, course, *_rest in memberships} | {cohort.course_key for cohort in led})
    return [
        PersonalSection(
            key="group_memberships",
            title=_("Groups you are in"),
            columns=[
                ("group", _("Group")),
                ("course", _("Course")),
                ("trainer", _("Trainer")),
                ("joined_at", _("Joined")),
            ],
            rows=[
                {"group": name, "course": titles.get(course, ""), "trainer": trainer, "joined_at": iso(joined_at)}
                for name, course, trainer, joined_at in memberships
            ],
        ),
        PersonalSection(
            key="attendance",
            title=_("Your attendance at group sessions"),
            columns=[
                ("group", _("Group")),
                ("date", _("Date")),
                ("place", _("Place")),
                ("mark", _("Mark")),
                ("marked_at", _("Marked")),
            ],
            rows=[
                {
                    "group": mark.session.cohort.name,
                    "date": iso(mark.session.held_on),
                    "place": mark.session.place,
                    "mark": mark.get_mark_display(),
                    "marked_at": iso(mark.marked_at),
                }
                for mark in marks
            ],
        ),
        PersonalSection(
            key="groups_led",
            title=_("Groups you lead"),
            columns=[
                ("group", _("Group")),
                ("course", _("Course")),
                ("starts_on", _("Starts on")),
                ("ends_on", _("Ends on")),
                ("trainees", _("Trainees")),
                ("sessions", _("Sessions")),
            ],
            rows=[
                {
                    "group": cohort.name,
                    "course": titles.get(cohort.course_key, ""),
                    "starts_on": iso(cohort.starts_on),
                    "ends_on": iso(cohort.ends_on),
                    "trainees": cohort.member_count,
                    "sessions": cohort.session_count,
                }
                for cohort in led
            ],
        ),
    ]
