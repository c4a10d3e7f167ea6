"""Reading the personal-data audit trail (lms/audit.py): a person's page "Who accessed my data",
and the staff search of the records within their scope. Both only read; neither takes a POST."""

from urllib.parse import urlencode

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from lms import permissions
from lms.audit import (
    PER_PAGE,
    AccessRecord,
    access_lines_of,
    accesses_search,
    accesses_visible_to,
    may_search_accesses,
)


@require_safe
@login_required
def my_accesses(request):
    """Who opened the signed-in person's data: when, who (name and role, or an API key), what."""
    return render(
        request,
        "lms/my_accesses.html",
        {
            "page": access_lines_of(request.user, page=request.GET.get("page")),
            "may_search": may_search_accesses(request.user),
        },
    )


class AccessSearchForm(forms.Form):
    person = forms.CharField(label=_("Whose email contains"), required=False, max_length=254)
    actor = forms.CharField(label=_("Who (email, name or API key) contains"), required=False, max_length=300)
    action = forms.ChoiceField(
        label=_("What was done"), required=False, choices=[("", _("Anything")), *AccessRecord.Action.choices]
    )
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", _("The end date comes before the start date."))
        return data


@require_safe
@login_required
def accesses_search_view(request):
    """The records of the viewer's scope (lms.audit `accesses_visible_to`), filtered, 50 a page.

    Opening this search is not itself recorded: it shows who opened what and when (access
    metadata), not anyone's profile, progress or certificates."""
    if not may_search_accesses(request.user):
        raise PermissionDenied
    form = AccessSearchForm(request.GET or None)
    rows = accesses_visible_to(request.user)
    if form.is_bound:
        rows = accesses_search(rows, **form.cleaned_data) if form.is_valid() else rows.none()
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    filters = urlencode({key: value for key, value in request.GET.items() if key != "page" and value})
    # Where a national member of staff worked from is for the ministry's eyes, not a region's.
    show_addresses = permissions.is_national_viewer(request.user)
    return render(
        request,
        "lms/admin/audit_search.html",
        {"form": form, "page": page, "filters": filters, "show_addresses": show_addresses},
    )
