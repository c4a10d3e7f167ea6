"""A cohort's roster as a page, as CSV, its certificates as a zip, and one trainee's record."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from cascade.cohort_views import cohort_for
from cascade.models import Attendance
from cascade.roster import SORTS, cohort_certificates, cohort_roster
from cascade.selectors import course_titles
from cascade.views import page_language
from certificates.bulk import certificates_zip
from certificates.bulk_views import list_headers
from courses.selectors import lesson_rules_of
from lms import permissions
from lms.audit import AccessRecord, access_record
from lms.tabular import csv_lines


def _record(request, what, cohort, *, people, action=AccessRecord.Action.VIEW):
    """The audit row of an answer that shows the group's trainees (lms.audit)."""
    access_record(request, what=what, action=action, cohort_id=cohort.pk, region=cohort.region, people=people)


def _sort(request):
    sort = request.GET.get("sort", "name")
    sort = sort if sort in SORTS else "name"
    return sort, request.GET.get("order") == "desc"


@login_required
def roster_view(request, cohort_id):
    """Every trainee with lessons done, pre-test and final scores, attendance and certificate;
    each column sorts, and sorting again reverses it."""
    cohort = cohort_for(request, cohort_id)
    sort, descending = _sort(request)
    rows = cohort_roster(cohort, sort=sort, descending=descending)
    _record(request, "cascade:roster", cohort, people=len(rows))
    title = course_titles([cohort.course_key], page_language()).get(cohort.course_key, ("", None))[0]
    columns = [
        ("name", _("Trainee")),
        ("progress", _("Lessons done")),
        ("pre", _("Pre-test")),
        ("final", _("Final assessment")),
        ("attendance", _("Attendance")),
        ("certificate", _("Certificate")),
    ]
    return render(
        request,
        "cascade/roster.html",
        {
            "cohort": cohort,
            "course_title": title,
            "rows": rows,
            "columns": columns,
            "sort": sort,
            "descending": descending,
            "manages": permissions.can_manage_cohort(request.user, cohort),
            "unfinished": sum(1 for row in rows if not row.completed),
            # What a trainee who has not started has ahead of them, rather than "0 / 0".
            "lesson_count": len(lesson_rules_of(cohort.course_key)),
        },
    )


def _csv_headers():
    return [
        _("Trainee"),
        _("Email"),
        _("School"),
        _("Lessons done"),
        _("Lessons in the course"),
        _("Percent done"),
        _("Pre-test (%)"),
        _("Final assessment (%)"),
        _("Final assessment passed"),
        _("Sessions attended"),
        _("Sessions"),
        _("Certificate"),
        _("Certificate status"),
        _("Generation"),
    ]


def _csv_rows(rows, lesson_count):
    statuses = dict([("valid", _("Valid")), ("expired", _("Expired")), ("revoked", _("Revoked"))])
    for row in rows:
        enrollment = row.enrollment
        yield [
            row.user.full_name,
            row.user.email,
            row.user.school,
            enrollment.lessons_done if enrollment else 0,
            enrollment.lessons_total if enrollment and enrollment.lessons_total else lesson_count,
            row.percent,
            "" if row.pre_percent is None else round(row.pre_percent),
            "" if row.final_percent is None else round(row.final_percent),
            _("yes") if row.final_passed else _("no"),
            row.attended,
            row.sessions,
            row.certificate.short_code if row.certificate else "",
            statuses.get(row.certificate_status, ""),
            "" if not row.certificate or row.certificate.generation is None else row.certificate.generation,
        ]


@login_required
def roster_csv_view(request, cohort_id):
    """The roster as CSV, in the page's order, for a spreadsheet."""
    cohort = cohort_for(request, cohort_id)
    sort, descending = _sort(request)
    rows = cohort_roster(cohort, sort=sort, descending=descending)
    _record(request, "cascade:roster_csv", cohort, people=len(rows), action=AccessRecord.Action.EXPORT)
    response = StreamingHttpResponse(
        csv_lines(_csv_headers(), _csv_rows(rows, len(lesson_rules_of(cohort.course_key)))),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="group-{cohort.pk}-{timezone.localdate():%Y-%m-%d}.csv"'
    return response


@login_required
def cohort_zip_view(request, cohort_id):
    """The certificates earned in the group, as one zip of PDFs with their list."""
    cohort = cohort_for(request, cohort_id)
    certificates = cohort_certificates(cohort)
    _record(
        request,
        "cascade:cohort_zip",
        cohort,
        people=certificates.values("user_id").distinct().count(),
        action=AccessRecord.Action.DOWNLOAD,
    )
    chunks = certificates_zip(
        certificates,
        language=page_language(),
        list_name=f"{_('certificates')}-{cohort.pk}.csv",
        headers=list_headers(),
    )
    response = StreamingHttpResponse(chunks, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="certificates-group-{cohort.pk}.zip"'
    return response


@login_required
def trainee_view(request, cohort_id, user_id):
    """One trainee of the group: their progress, scores, each session's mark and certificate."""
    cohort = cohort_for(request, cohort_id)
    row = next((row for row in cohort_roster(cohort) if row.user.pk == user_id), None)
    if row is None:
        raise Http404(_("No such trainee in this group."))
    if row.user.pk != request.user.pk:
        access_record(request, what="cascade:trainee", subject=row.user, cohort_id=cohort.pk, region=cohort.region)
    marks = dict(Attendance.objects.filter(session__cohort=cohort, user_id=user_id).values_list("session_id", "mark"))
    labels = dict(Attendance.Mark.choices)
    sessions = [(session, labels.get(marks.get(session.pk), "")) for session in cohort.sessions.order_by("held_on")]
    return render(
        request,
        "cascade/trainee.html",
        {"cohort": cohort, "row": row, "sessions": sessions, "lesson_count": len(lesson_rules_of(cohort.course_key))},
    )
