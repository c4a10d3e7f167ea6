"""The person's own erasure request on "My data": what happens, the confirmation, the pending
request with its date, and cancelling it."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from lms.errors import Refused
from privacy.models import ErasureRequest
from privacy.services import erasure_cancel, erasure_open, erasure_request, grace_days


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand that my personal data will be erased and my certificates revoked."),
        error_messages={"required": gettext_lazy("Tick the box to confirm that you want your data erased.")},
    )


@login_required
def erase_view(request):
    """GET: what an erasure does, and the form (or the pending request). POST: ask for it."""
    pending = erasure_open(person=request.user)
    form = EraseForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and pending is None:
        if form.is_valid():
            pending = erasure_request(person=request.user, by=request.user, source=ErasureRequest.Source.PERSON)
            messages.success(
                request,
                _("Your request is received. Your data will be erased on %(date)s.")
                % {"date": formats.date_format(timezone.localtime(pending.due_at), "d.m.Y")},
            )
            return redirect("privacy:erase")
    elif request.method == "POST":
        return redirect("privacy:erase")
    return render(request, "privacy/erase.html", {"form": form, "pending": pending, "grace_days": grace_days()})


@login_required
@require_POST
def erase_cancel_view(request):
    """Cancel the person's own pending request."""
    pending = erasure_open(person=request.user)
    if pending is None:
        messages.info(request, _("There is no request to cancel."))
        return redirect("privacy:erase")
    try:
        erasure_cancel(request=pending, by=request.user)
    except Refused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Your request is cancelled. Your data stay as they are."))
    return redirect("privacy:erase")
