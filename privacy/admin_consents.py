"""A person's consent history in the Wagtail admin, and its CSV: for those who manage accounts
(lms.permissions `can_view_consents`), reached from the user list's "Consent history" button or
found by email address. Opening or downloading another person's history writes an audit row
(lms.audit); the search itself shows no one."""

from django.http import StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.auth import user_passes_test
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button

from lms import permissions
from lms.audit import AccessRecord, access_record
from lms.models import User
from lms.tabular import csv_lines
from privacy.forms import PersonLookupForm
from privacy.models import Purpose
from privacy.notice_selectors import consents_of


def _record(request, person, action=AccessRecord.Action.VIEW):
    if person.pk != request.user.pk:
        access_record(request, what=request.resolver_match.view_name, action=action, subject=person)


def _person_or_back(request, pk):
    person = User.objects.filter(pk=pk).first()
    if person is None:
        # Back to the search with the reason (a 404 under /admin/ would be redirected to a page path).
        messages.error(request, _("No such account."))
    return person


def purpose_labels(values):
    labels = dict(Purpose.choices)
    return [str(labels.get(value, value)) for value in values]


class ConsentSearchView(WagtailAdminTemplateMixin, TemplateView):
    """Find a person by their email address; their history is on its own page (audited)."""

    template_name = "privacy/admin/consents_search.html"
    page_title = gettext_lazy("Consent history")
    header_icon = "tick-inverse"

    def get(self, request, *args, **kwargs):
        self.form = PersonLookupForm(request.GET or None)
        if self.form.is_valid() and self.form.cleaned_data.get("found"):
            return redirect("privacy_consents:person", self.form.cleaned_data["found"].pk)
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class ConsentHistoryView(WagtailAdminTemplateMixin, TemplateView):
    """Every consent the person gave or withdrew, newest first, with the notice version, purposes,
    language and how it was given. Two queries: the person and their consents."""

    template_name = "privacy/admin/consents.html"
    page_title = gettext_lazy("Consent history")
    header_icon = "tick-inverse"

    def get(self, request, *args, pk, **kwargs):
        self.person = _person_or_back(request, pk)
        if self.person is None:
            return redirect("privacy_consents:index")
        _record(request, self.person)
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {"url": reverse("privacy_consents:index"), "label": self.get_page_title()},
            {"url": "", "label": self.person.full_name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        consents = list(consents_of(self.person))
        for consent in consents:
            consent.purpose_labels = purpose_labels(consent.purposes)
        context.update(person=self.person, consents=consents)
        return context


def consent_csv_headers():
    return [_("When"), _("Action"), _("Notice version"), _("Purposes"), _("Language"), _("How")]


def consent_csv_rows(consents):
    for consent in consents:
        yield [
            timezone.localtime(consent.at).strftime("%Y-%m-%d %H:%M"),
            consent.get_action_display(),
            consent.notice.version,
            "; ".join(purpose_labels(consent.purposes)),
            consent.language,
            consent.get_method_display(),
        ]


def consent_csv_view(request, pk):
    """The same history as a CSV file (UTF-8 with a byte-order mark, lms.tabular)."""
    person = _person_or_back(request, pk)
    if person is None:
        return redirect("privacy_consents:index")
    _record(request, person, action=AccessRecord.Action.DOWNLOAD)
    response = StreamingHttpResponse(
        csv_lines(consent_csv_headers(), consent_csv_rows(consents_of(person))),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="consents-{person.pk}-{timezone.localdate():%Y-%m-%d}.csv"'
    return response


def admin_urls():
    """/admin/privacy/consents/ (register_admin_urls): the page and its CSV."""
    allowed = user_passes_test(permissions.can_view_consents)
    patterns = [
        path("", allowed(ConsentSearchView.as_view()), name="index"),
        path("<int:pk>/", allowed(ConsentHistoryView.as_view()), name="person"),
        path("<int:pk>/consents.csv", allowed(consent_csv_view), name="csv"),
    ]
    return [path("privacy/consents/", include((patterns, "privacy_consents"), namespace="privacy_consents"))]


def consent_history_button(*, user, request_user):
    """The user list's "Consent history" for each person, for those who may see it."""
    if not permissions.can_view_consents(request_user):
        return []
    url = reverse("privacy_consents:person", args=[user.pk])
    return [Button(_("Consent history"), url=url, icon_name="tick-inverse", priority=60)]
