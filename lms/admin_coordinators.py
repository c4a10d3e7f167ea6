"""Regional coordinators in the Wagtail admin: the ministry assigns the region each one answers for.

A coordinator sees the people, groups, certificates and figures of the region assigned here, never
the region on their own profile. Ministry analysts and superusers open this area (analysts edit
no user otherwise); every assignment is logged with who made it and when (lms.models.ScopeChange),
and each person's page shows that history.
"""

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.auth import user_passes_test
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms import permissions, roles
from lms.audit import access_record
from lms.models import Region, ScopeChange, User
from lms.services import SUPERUSER, coordinator_region_assign

PER_PAGE = 50
HISTORY_SHOWN = 50


def coordinators():
    """The people in the Regional coordinators group, with the regions the page shows (one query)."""
    return (
        User.objects.filter(groups__name=roles.REGIONAL_COORDINATORS)
        .select_related("coordinated_region", "region")
        .order_by("full_name", "pk")
        .distinct()
    )


def role_labels(names):
    """Role group names as the admin's language names them; None stays None (roles unchanged)."""
    if names is None:
        return None
    labels = {**roles.LABELS, SUPERUSER: _("Administrator")}
    return [str(labels.get(name, name)) for name in names]


class CoordinatorRegionForm(forms.Form):
    region = forms.ModelChoiceField(
        label=gettext_lazy("Assigned region"),
        queryset=Region.objects.none(),
        required=False,
        empty_label=gettext_lazy("No region: sees no one's data"),
        help_text=gettext_lazy(
            "The coordinator sees the people, groups, certificates and figures of this region only. "
            "The region on their own profile grants nothing."
        ),
        error_messages={"invalid_choice": gettext_lazy("Choose a region from the list.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = (get_language() or "kk")[:2]
        self.fields["region"].queryset = Region.objects.order_by(
            f"name_{language}" if language in ("kk", "ru", "en") else "code"
        )


class CoordinatorIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "lms/admin/coordinators_index.html"
    page_title = gettext_lazy("Regional coordinators")
    header_icon = "group"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_obj"] = Paginator(coordinators(), PER_PAGE).get_page(self.request.GET.get("p"))
        access_record(self.request, what="lms_coordinators:index", people=len(context["page_obj"].object_list))
        return context


class CoordinatorEditView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "lms/admin/coordinator_edit.html"
    page_title = gettext_lazy("Regional coordinators")
    header_icon = "group"

    def dispatch(self, request, *args, pk, **kwargs):
        self.person = coordinators().filter(pk=pk).first()
        if self.person is None:
            # Back to the list with the reason (a 404 under /admin/ would be redirected to a page path).
            messages.error(request, _("This person is not a regional coordinator."))
            return redirect("lms_coordinators:index")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if self.person.pk != request.user.pk:
            access_record(request, what="lms_coordinators:edit", subject=self.person)
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.person.full_name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("lms_coordinators:index"), "label": self.page_title},
            {"url": "", "label": self.person.full_name},
        ]

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["person"] = self.person
        context["form"] = form or CoordinatorRegionForm(initial={"region": self.person.coordinated_region_id})
        history = list(
            ScopeChange.objects.filter(person=self.person).select_related(
                "region_before", "region_after", "changed_by"
            )[:HISTORY_SHOWN]
        )
        for change in history:
            change.role_labels_before = role_labels(change.roles_before)
            change.role_labels_after = role_labels(change.roles_after)
        context["history"] = history
        return context

    def post(self, request, *args, **kwargs):
        form = CoordinatorRegionForm(request.POST)
        if not form.is_valid():
            # The page comes back with the person and their history: another view of their data.
            if self.person.pk != request.user.pk:
                access_record(request, what="lms_coordinators:edit", subject=self.person)
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 400
            return response
        region = form.cleaned_data["region"]
        change = coordinator_region_assign(user=self.person, region=region, by=request.user)
        if change is None:
            messages.info(request, _("Nothing changed."))
        elif region is None:
            messages.success(
                request, _("%(name)s no longer has a region: they see no one's data.") % {"name": self.person}
            )
        else:
            messages.success(
                request,
                _("%(name)s now coordinates %(region)s.") % {"name": self.person, "region": region.name},
            )
        return redirect("lms_coordinators:index")


def urlpatterns():
    allowed = user_passes_test(permissions.can_assign_coordinators)
    return [
        path("", allowed(CoordinatorIndexView.as_view()), name="index"),
        path("<int:pk>/", allowed(CoordinatorEditView.as_view()), name="edit"),
    ]
