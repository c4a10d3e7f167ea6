"""The privacy notice in the Wagtail admin: versions written as drafts, published, then never changed.

Ministry analysts and superusers (lms.permissions `can_edit_privacy_notice`) write a draft, change
it, publish it with the date it takes effect, or start a new version as a copy of one. A
published version is refused on the server: its edit and delete pages lead to its read-only page,
and a POST to them is denied (the services of privacy/consent.py refuse as well).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log

from lms import permissions
from lms.admin_policies import RulePermissionPolicy
from privacy.consent import (
    NOTICE_FIELDS,
    notice_copy_fields,
    notice_draft_create,
    notice_draft_delete,
    notice_draft_update,
    notice_publish,
)
from privacy.models import PrivacyNotice


class NoticePermissionPolicy(RulePermissionPolicy):
    """`can_edit_privacy_notice` for the model; a published version is never changed or deleted."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("change", "delete") and instance.published_at is not None:
            return False
        return super().user_has_permission_for_instance(user, action, instance)


def status_of(notice):
    return _("Published") if notice.published_at else _("Draft")


def _refused(request, notice):
    """A published version's edit or delete page: its read-only page instead, saying why; a POST is denied."""
    if request.method != "GET":
        raise PermissionDenied
    messages.warning(
        request,
        _("Version %(version)s is published and can no longer be changed or deleted. Copy it to start a new version.")
        % {"version": notice.version},
    )
    return redirect("privacy_notices:inspect", notice.pk)


def _publish_button(notice):
    return HeaderButton(_("Publish"), url=reverse("privacy_notices:publish", args=[notice.pk]), icon_name="upload")


class NoticeIndexView(generic.IndexView):
    def get_edit_url(self, instance):
        return None if instance.published_at else super().get_edit_url(instance)

    def get_delete_url(self, instance):
        return None if instance.published_at else super().get_delete_url(instance)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.published_at is None:
            buttons.append(
                Button(
                    _("Publish"),
                    url=reverse("privacy_notices:publish", args=[instance.pk]),
                    icon_name="upload",
                    priority=25,
                )
            )
        return buttons


class NoticeCreateView(generic.CreateView):
    def save_instance(self):
        notice = notice_draft_create(fields=self.form.cleaned_data)
        log(instance=notice, action="wagtail.create", user=self.request.user)
        return notice


class NoticeCopyView(generic.CopyView):
    """A new draft filled in from a version: same titles and texts, "what changed" left empty."""

    def get_initial_form_instance(self):
        return PrivacyNotice(**notice_copy_fields(notice=self.get_object()))

    def save_instance(self):
        notice = notice_draft_create(fields=self.form.cleaned_data)
        log(instance=notice, action="wagtail.create", user=self.request.user)
        return notice


class NoticeEditView(generic.EditView):
    def get(self, request, *args, **kwargs):
        notice = self.get_object()
        if notice.published_at is not None:
            return _refused(request, notice)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.published_at is not None:
            return _refused(request, self.object)
        return super().post(request, *args, **kwargs)

    def save_instance(self):
        notice = notice_draft_update(notice=self.object, fields=self.form.cleaned_data)
        log(instance=notice, action="wagtail.edit", user=self.request.user)
        return notice

    @cached_property
    def header_buttons(self):
        return [*super().header_buttons, _publish_button(self.object)]


class NoticeDeleteView(generic.DeleteView):
    def get(self, request, *args, **kwargs):
        if self.object.published_at is not None:
            return _refused(request, self.object)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.object.published_at is not None:
            return _refused(request, self.object)
        return super().post(request, *args, **kwargs)

    def delete_action(self):
        log(instance=self.object, action="wagtail.delete", user=self.request.user)
        notice_draft_delete(notice=self.object)


class NoticeInspectView(generic.InspectView):
    def get_published_by_display_value(self):
        return self.object.published_by.full_name if self.object.published_by_id else "—"

    def get_published_at_display_value(self):
        return self.object.published_at or "—"

    @cached_property
    def header_buttons(self):
        if self.object.published_at is None:
            return [_publish_button(self.object)]
        return [
            HeaderButton(
                _("Copy as a new version"),
                url=reverse("privacy_notices:copy", args=[self.object.pk]),
                icon_name="copy",
            )
        ]

    def get_edit_url(self):
        return None if self.object.published_at else super().get_edit_url()

    def get_delete_url(self):
        return None if self.object.published_at else super().get_delete_url()


class NoticePublishView(WagtailAdminTemplateMixin, TemplateView):
    """Asks once more (the version, its date, whether people are asked again), then publishes."""

    template_name = "privacy/admin/notice_publish.html"
    page_title = gettext_lazy("Publish the privacy notice")
    header_icon = "upload"

    def dispatch(self, request, pk):
        if not permissions.can_edit_privacy_notice(request.user):
            raise PermissionDenied
        self.notice = get_object_or_404(PrivacyNotice, pk=pk)
        if self.notice.published_at is not None:
            messages.info(request, _("Version %(version)s is published already.") % {"version": self.notice.version})
            return redirect("privacy_notices:inspect", self.notice.pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.notice)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("privacy_notices:index"), "label": PrivacyNotice._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(notice=self.notice, **kwargs)

    def post(self, request, pk):
        try:
            notice = notice_publish(notice=self.notice, by=request.user)
        except ValidationError as refusal:
            for message in refusal.messages:
                messages.error(request, message)
            return redirect("privacy_notices:edit", self.notice.pk)
        log(instance=notice, action="wagtail.publish", user=request.user)
        messages.success(
            request,
            _("Version %(version)s of the privacy notice is published. It takes effect on %(date)s.")
            % {"version": notice.version, "date": notice.effective_from.strftime("%d.%m.%Y")},
        )
        return redirect("privacy_notices:index")


class NoticeViewSet(ModelViewSet):
    model = PrivacyNotice
    name = "privacy_notices"
    url_prefix = "privacy-notice"
    icon = "doc-full"
    menu_label = gettext_lazy("Privacy notice")
    menu_order = 267
    add_to_admin_menu = True
    add_to_reference_index = False
    index_view_class = NoticeIndexView
    add_view_class = NoticeCreateView
    copy_view_class = NoticeCopyView
    edit_view_class = NoticeEditView
    delete_view_class = NoticeDeleteView
    inspect_view_class = NoticeInspectView
    inspect_view_enabled = True
    form_fields = list(NOTICE_FIELDS)
    list_display = [
        "title",
        "version",
        "effective_from",
        Column("status", label=gettext_lazy("Status"), accessor=status_of),
        "requires_consent",
        "published_at",
    ]
    inspect_view_fields = [
        "version",
        "effective_from",
        "requires_consent",
        "published_at",
        "published_by",
        *NOTICE_FIELDS[:-2],
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("publish/<int:pk>/", NoticePublishView.as_view(), name="publish"),
        ]


def notice_permission_policy():
    return NoticePermissionPolicy(
        PrivacyNotice, actions={"add", "change", "delete", "view"}, rule=permissions.can_edit_privacy_notice
    )
