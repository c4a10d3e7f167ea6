"""One cohort: its code and QR, sessions and attendance, the roster and what a trainer does with it.

Its trainer, the coordinators of its region and ministry analysts see it (lms.permissions);
only its trainer changes it. Anyone else gets a 404, as for a cohort that does not exist.
"""

import re

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from cascade.forms import SessionForm
from cascade.models import Attendance, Cohort, CohortSession
from cascade.selectors import cohort_sessions, cohort_summary, session_marks
from cascade.services import CascadeRefusal, attendance_mark, cohort_close, cohort_remind, cohort_reopen
from cascade.views import page_language
from certificates.links import absolute
from lms import permissions
from lms.audit import access_record

MARK_FIELD = re.compile(r"mark-([0-9]{1,18})")


def cohort_for(request, cohort_id, *, manage=False):
    """The cohort if this user may see it (or change it, with manage=True); else 404."""
    cohort = Cohort.objects.select_related("trainer", "region").filter(pk=cohort_id).first()
    allowed = permissions.can_manage_cohort if manage else permissions.can_view_cohort
    if cohort is None or not allowed(request.user, cohort):
        raise Http404(_("No such group."))
    return cohort


def cohort_page(request, cohort, *, session_form=None, duplicate=None, status=200):
    link = absolute(reverse("cascade:join", kwargs={"code": cohort.join_code}))
    qr = segno.make(link, error="m").svg_inline(
        scale=5, border=2, dark="#1b3a57", title=_("QR code of the link to join %(name)s") % {"name": cohort.name}
    )
    manages = permissions.can_manage_cohort(request.user, cohort)
    return render(
        request,
        "cascade/cohort.html",
        {
            "cohort": cohort,
            "summary": cohort_summary(code=cohort.join_code, language=page_language()),
            "link": link,
            "qr": qr,
            "manages": manages,
            "sessions": cohort_sessions(cohort),
            "session_form": session_form or (SessionForm(cohort=cohort) if manages else None),
            "duplicate": duplicate,
        },
        status=status,
    )


@login_required
def cohort_view(request, cohort_id):
    """The group: how trainees join (code, link, QR), its sessions, and a link to the roster."""
    return cohort_page(request, cohort_for(request, cohort_id))


@login_required
def cohort_close_view(request, cohort_id):
    """Close the group to new trainees, after a page that says what closing means (it works
    without JavaScript): the code and link stop working, the trainees stay, it can be reopened."""
    cohort = cohort_for(request, cohort_id, manage=True)
    if request.method != "POST" and cohort.is_closed:
        # Back or reload after closing: the group's page says it is closed and offers to reopen it.
        return redirect("cascade:cohort", cohort_id=cohort.pk)
    if request.method == "POST":
        cohort_close(cohort=cohort)
        messages.success(request, _("The group is closed to new trainees."))
        return redirect("cascade:cohort", cohort_id=cohort.pk)
    return render(
        request,
        "cascade/cohort_close.html",
        {"cohort": cohort, "reopenable": cohort.ends_on >= timezone.localdate()},
    )


@login_required
@require_POST
def cohort_reopen_view(request, cohort_id):
    """Open a closed group to new trainees again, while it has not ended."""
    cohort = cohort_for(request, cohort_id, manage=True)
    try:
        cohort_reopen(cohort=cohort)
    except CascadeRefusal as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("The group is open again: the code and the link work."))
    return redirect("cascade:cohort", cohort_id=cohort.pk)


@login_required
def attendance_view(request, cohort_id, session_id):
    """Mark each trainee present, late or absent: one row per trainee, big targets for a phone."""
    cohort = cohort_for(request, cohort_id)
    manages = permissions.can_manage_cohort(request.user, cohort)
    session = CohortSession.objects.filter(pk=session_id, cohort=cohort).first()
    if session is None:
        if request.method == "POST" and manages:
            # Marks from a page left open while the session was deleted (another tab, a second phone):
            # the trainer learns why they were not saved, on the group's page.
            messages.error(request, _("This session has been deleted: its attendance cannot be marked."))
            return redirect(f"{reverse('cascade:cohort', kwargs={'cohort_id': cohort.pk})}#sessions-heading")
        raise Http404(_("No such session."))
    session.cohort = cohort
    error = None
    if request.method == "POST":
        if not manages:
            raise Http404(_("No such group."))
        marks = {}
        for key, value in request.POST.items():
            found = MARK_FIELD.fullmatch(key)
            if found and value in Attendance.Mark.values:
                marks[int(found[1])] = value
        try:
            count = attendance_mark(session=session, marks=marks, marked_by=request.user)
        except CascadeRefusal as refusal:
            error = str(refusal)
        else:
            messages.success(
                request,
                ngettext("Attendance saved for %(count)s trainee.", "Attendance saved for %(count)s trainees.", count)
                % {"count": count},
            )
            return redirect("cascade:cohort", cohort_id=cohort.pk)
    rows = session_marks(session)
    access_record(request, what="cascade:attendance", cohort_id=cohort.pk, region=cohort.region, people=len(rows))
    return render(
        request,
        "cascade/attendance.html",
        {
            "cohort": cohort,
            "session": session,
            "rows": rows,
            "marks": Attendance.Mark.choices,
            "manages": manages,
            "markable": session.held_on <= timezone.localdate(),
            "error": error,
        },
        status=409 if error else 200,
    )


@login_required
@require_POST
def remind_view(request, cohort_id):
    """Email the trainees who have not finished, at most once a day."""
    cohort = cohort_for(request, cohort_id, manage=True)
    try:
        count = cohort_remind(cohort=cohort)
    except CascadeRefusal as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            ngettext(
                "A reminder is on its way to %(count)s trainee.",
                "A reminder is on its way to %(count)s trainees.",
                count,
            )
            % {"count": count},
        )
    return redirect("cascade:roster", cohort_id=cohort.pk)
