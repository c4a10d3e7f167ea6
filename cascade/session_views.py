"""A group's face-to-face sessions: add one (warned before a second on the same date and place),
correct one, delete one (its marks go with it, after a confirmation saying so). Only the group's
trainer; anyone else gets a 404, as for a group that does not exist (cascade.cohort_views)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from cascade.cohort_views import cohort_for, cohort_page
from cascade.forms import SessionForm
from cascade.models import CohortSession
from cascade.services import (
    CascadeRefusal,
    SessionDuplicate,
    SessionHasMarks,
    session_add,
    session_delete,
    session_edit,
)

# The name of the "Add it anyway" button, which confirms a second session on the same date and place;
# its value is how many such sessions the warning was about (SessionDuplicate.same).
CONFIRM_DUPLICATE = "confirm_duplicate"


def _count_posted(request, name):
    """A count sent back by a confirmation button or field; anything else (missing, not a whole
    number, negative, absurdly long) confirms nothing."""
    value = request.POST.get(name, "")
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 9 else 0


def _session_of(cohort, session_id):
    session = CohortSession.objects.filter(pk=session_id, cohort=cohort).first()
    if session is None:
        raise Http404(_("No such session."))
    session.cohort = cohort
    return session


def _cohort_anchor(cohort, session_id=None):
    anchor = f"#session-{session_id}" if session_id else "#sessions-heading"
    return f"{reverse('cascade:cohort', kwargs={'cohort_id': cohort.pk})}{anchor}"


@login_required
@require_POST
def session_add_view(request, cohort_id):
    """Add a face-to-face session. A wrong date keeps what was typed and says why; a second session
    on the same date and place comes back with a warning and an "Add it anyway" button."""
    cohort = cohort_for(request, cohort_id, manage=True)
    form = SessionForm(request.POST, cohort=cohort)
    duplicate = None
    if form.is_valid():
        try:
            session = session_add(
                cohort=cohort, duplicates_confirmed=_count_posted(request, CONFIRM_DUPLICATE), **form.cleaned_data
            )
        except SessionDuplicate as warning:
            duplicate = warning
        except CascadeRefusal as refusal:
            form.add_error("held_on", str(refusal))
        else:
            messages.success(request, _("The session is added."))
            return redirect(_cohort_anchor(cohort, session.pk))
    return cohort_page(request, cohort, session_form=form, duplicate=duplicate, status=409 if duplicate else 400)


@login_required
def session_edit_view(request, cohort_id, session_id):
    """Correct a session's date or place; the same checks as adding one."""
    cohort = cohort_for(request, cohort_id, manage=True)
    session = _session_of(cohort, session_id)
    duplicate = None
    status = 200
    if request.method == "POST":
        form = SessionForm(request.POST, cohort=cohort)
        if form.is_valid():
            try:
                session_edit(
                    session=session,
                    duplicates_confirmed=_count_posted(request, CONFIRM_DUPLICATE),
                    **form.cleaned_data,
                )
            except SessionDuplicate as warning:
                duplicate = warning
            except CascadeRefusal as refusal:
                form.add_error("held_on", str(refusal))
            else:
                messages.success(request, _("The session is changed."))
                return redirect(_cohort_anchor(cohort, session.pk))
        status = 409 if duplicate else 400
    else:
        form = SessionForm(cohort=cohort, initial={"held_on": session.held_on, "place": session.place})
    return render(
        request,
        "cascade/session_edit.html",
        {
            "cohort": cohort,
            "session": session,
            "form": form,
            "duplicate": duplicate,
            "marks": session.attendance.count(),
        },
        status=status,
    )


@login_required
def session_delete_view(request, cohort_id, session_id):
    """Delete a session: without marks at once; with marks, after a page saying how many trainees'
    marks go and that everyone's attendance share is recounted."""
    cohort = cohort_for(request, cohort_id, manage=True)
    if request.method == "POST" and not CohortSession.objects.filter(pk=session_id, cohort=cohort).exists():
        # A second tap on "Delete the session" on a slow phone: the first one deleted it. Any id not
        # in this group gets the same answer, which tells nothing about other groups' sessions.
        messages.info(request, _("This session is no longer in the group."))
        return redirect(_cohort_anchor(cohort))
    session = _session_of(cohort, session_id)
    marks = session.attendance.count()
    status = 200
    if request.method == "POST":
        try:
            deleted = session_delete(session=session, marks_confirmed=_count_posted(request, "marks"))
        except SessionHasMarks as refusal:  # marked meanwhile, or no confirmation seen: show it now
            marks, status = refusal.marks, 409
        else:
            if deleted:
                messages.success(
                    request,
                    ngettext(
                        "The session is deleted, with %(count)s trainee's mark.",
                        "The session is deleted, with %(count)s trainees' marks.",
                        deleted,
                    )
                    % {"count": deleted},
                )
            else:
                messages.success(request, _("The session is deleted."))
            return redirect(_cohort_anchor(cohort))
    return render(
        request,
        "cascade/session_delete.html",
        {"cohort": cohort, "session": session, "marks": marks},
        status=status,
    )
