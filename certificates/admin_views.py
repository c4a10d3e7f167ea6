"""The certificate register in the Wagtail admin: find a certificate, see its history, revoke it.

Certificates are issued by the platform, never typed in: nobody adds, edits or deletes them here,
superusers included. Ministry analysts and superusers see the register and revoke.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from certificates.models import Certificate
from certificates.services import AlreadyRevoked, certificate_revoke
from lms import permissions
from lms.admin_policies import WithoutSpreadsheetExport
from lms.audit import access_record


class CertificateIndexView(WithoutSpreadsheetExport, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("region")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The holders listed on this page, of any region (lms.audit).
        access_record(self.request, what=self.request.resolver_match.view_name, people=len(context["object_list"]))
        return context

    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(_("Download by region"), url=reverse("certificates:bulk"), icon_name="download"),
        ]


def _record_holder(request, certificate):
    """The audit row of a page that shows one holder's certificate (lms.audit); not one's own."""
    if certificate.user_id != request.user.pk:
        access_record(
            request, what=request.resolver_match.view_name, subject=certificate.user, region=certificate.region
        )


class CertificateInspectView(InspectView):
    template_name = "certificates/admin/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Certificate.objects.select_related("user", "region"), pk=self.pk)

    def get_field_label(self, field_name, field):
        if field_name == "localized_course_title":
            return _("Course")
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "—" if value is None or value == "" else value

    def get_region_display_value(self):
        return self.object.region.name if self.object.region_id else None

    def get_revoked_by_display_value(self):
        return self.object.revoked_by.full_name if self.object.revoked_by_id else None

    @cached_property
    def header_buttons(self):
        if self.object.status == Certificate.Status.REVOKED:
            return []
        return [
            HeaderButton(
                _("Revoke"), url=reverse("certificates_admin:revoke", args=[self.object.pk]), icon_name="warning"
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        _record_holder(self.request, self.object)
        context["events"] = list(self.object.events.select_related("by"))
        context["verify_url"] = reverse("certificates:verify", kwargs={"token": self.object.token})
        return context


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Kept in the certificate's history, seen by ministry staff only; "
            "the public page says only that it is revoked."
        ),
        error_messages={
            "required": gettext_lazy("Give the reason for revoking: it is kept in the certificate's history.")
        },
    )

    def clean_reason(self):
        reason = "".join(
            character for character in self.cleaned_data["reason"] if character.isprintable() or character == " "
        )
        if not reason.strip():
            raise forms.ValidationError(self.fields["reason"].error_messages["required"])
        return reason.strip()


class RevokeView(WagtailAdminTemplateMixin, FormView):
    """Revoke with a reason; logged with who and when, and the public page says "revoked"."""

    template_name = "certificates/admin/revoke.html"
    form_class = RevokeForm
    page_title = gettext_lazy("Revoke a certificate")
    header_icon = "warning"

    def dispatch(self, request, pk):
        if not permissions.can_revoke_certificates(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(Certificate.objects.select_related("user", "region"), pk=pk)
        return super().dispatch(request, pk)

    def get(self, request, *args, **kwargs):
        _record_holder(request, self.object)
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("certificates_admin:index"), "label": Certificate._meta.verbose_name_plural.capitalize()},
            {"url": reverse("certificates_admin:inspect", args=[self.object.pk]), "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            certificate=self.object, course_title=self.object.localized_course_title, **kwargs
        )

    def form_invalid(self, form):
        # The form comes back with the holder's certificate shown again: another view of their data.
        _record_holder(self.request, self.object)
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def form_valid(self, form):
        try:
            certificate_revoke(certificate=self.object, by=self.request.user, reason=form.cleaned_data["reason"])
        except AlreadyRevoked as refusal:
            messages.info(self.request, str(refusal))
        else:
            messages.success(self.request, _("The certificate is revoked. Its verification page says so now."))
        return redirect("certificates_admin:inspect", self.object.pk)


class CertificateViewSet(ModelViewSet):
    model = Certificate
    name = "certificates_admin"
    url_prefix = "certificates"
    icon = "tick-inverse"
    menu_label = gettext_lazy("Certificates")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Certificates point at users and regions only: keeping them in Wagtail's reference index would
    # cost queries on every issue for nothing to show.
    add_to_reference_index = False
    search_fields = ["short_code", "holder_name"]
    search_backend_name = None  # a plain database lookup: codes and names, no search index to keep
    list_display = [
        "short_code",
        "holder_name",
        Column("course", label=gettext_lazy("Course"), accessor="localized_course_title"),
        "status",
        "issued_on",
        "expires_on",
        Column("region", label=gettext_lazy("Region"), accessor="region"),
    ]
    list_filter = ["status", "region", "issued_on"]
    inspect_view_fields = [
        "short_code",
        "holder_name",
        "localized_course_title",
        "language",
        "number",
        "issued_on",
        "expires_on",
        "status",
        "revoked_reason",
        "revoked_at",
        "revoked_by",
        "trainer_name",
        "generation",
        "region",
        "template_version",
    ]

    def get_urlpatterns(self):
        """Listing, inspecting and revoking: no forms to add, edit, copy or delete a certificate."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("revoke/<int:pk>/", RevokeView.as_view(), name="revoke"),
        ]
