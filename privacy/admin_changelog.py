"""The change logs in the Wagtail admin, for ministry analysts and superusers: who changed people,
roles, regions, districts, certificates, reporting contacts, API keys and privacy notices, when,
from where, and each field before and after.

Read-only: the page answers GET and HEAD only, and no address edits or deletes an entry. A page that
shows changes to people's accounts or certificates is itself an access to their data, recorded in
the audit trail (lms.audit): naming the person when the page shows one, else how many it shows.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.urls import include, path, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from wagtail.admin.auth import user_passes_test
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms import permissions
from lms.audit import access_record
from lms.models import User
from privacy.changelog_selectors import change_entries, change_lines, people_in

PER_PAGE = 50

KIND_LABELS = {
    "people": _("People and their roles"),
    "regions": _("Regions and their targets"),
    "districts": _("Districts"),
    "certificates": _("Certificates"),
    "contacts": _("Reporting contacts"),
    "keys": _("API keys"),
    "notices": _("Privacy notices"),
}


class ChangeSearchForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What changed"), required=False, choices=[("", _("Anything")), *KIND_LABELS.items()]
    )
    about = forms.CharField(
        label=_("Name, email, code or number contains"),
        required=False,
        max_length=254,
        help_text=_("A person's name or email, a certificate's code, a region's name, or a row's number."),
    )
    actor = forms.CharField(label=_("Changed by (email contains)"), required=False, max_length=254)
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", _("The end date comes before the start date."))
        return data


@method_decorator(require_safe, name="dispatch")
class ChangeLogView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "privacy/admin/changelog.html"
    page_title = _("Change log")
    header_icon = "history"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        form = ChangeSearchForm(self.request.GET or None)
        if form.is_bound and not form.is_valid():
            entries = change_entries().none()
        else:
            entries = change_entries(**(form.cleaned_data if form.is_bound else {}))
        page = Paginator(entries, PER_PAGE).get_page(self.request.GET.get("p"))
        lines = change_lines(list(page.object_list))
        self._record(people_in(lines))
        filters = urlencode({key: value for key, value in self.request.GET.items() if key != "p" and value})
        context.update(form=form, page=page, lines=lines, filters=filters)
        return context

    def _record(self, people: set[int]) -> None:
        """One audit row per answer that shows people: about the person when it shows one other
        than the viewer, else how many people it shows (nothing when it shows none)."""
        others = people - {self.request.user.pk}
        if not others:
            return
        what = "privacy_changelog:index"
        if len(others) == 1:
            subject = User.objects.filter(pk=next(iter(others))).first()
            if subject is not None:
                access_record(self.request, what=what, subject=subject)
                return
        access_record(self.request, what=what, people=len(others))


def admin_urls() -> list:
    """For Wagtail's register_admin_urls (privacy/wagtail_hooks.py): /admin/changelog/."""
    allowed = user_passes_test(permissions.can_view_change_logs)
    patterns = [path("", allowed(ChangeLogView.as_view()), name="index")]
    return [path("changelog/", include((patterns, "privacy_changelog"), namespace="privacy_changelog"))]


class ChangeLogMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return permissions.can_view_change_logs(request.user)


def menu_item() -> MenuItem:
    """For Wagtail's register_admin_menu_item: after "Accesses to personal data" (266)."""
    return ChangeLogMenuItem(_("Change log"), reverse_lazy("privacy_changelog:index"), icon_name="history", order=267)
