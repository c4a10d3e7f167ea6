"""Regional targets in the Wagtail admin: how many teachers each region must train.

The twenty regions are made by migration and never added or deleted here; Ministry analysts and
superusers set each region's target, which the coverage dashboards read at once. Wagtail logs
every change with who made it and when.
"""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet

from lms.models import Region

LARGEST_TARGET = 1_000_000  # more than twice the country's teachers: a typing slip beyond it


class RegionTargetForm(forms.ModelForm):
    teacher_target = forms.IntegerField(
        label=_("Teacher target"),
        min_value=0,
        max_value=LARGEST_TARGET,
        help_text=_("How many of the region's teachers must hold a valid certificate. 0: no target yet."),
    )

    class Meta:
        model = Region
        fields = ["teacher_target"]


class RegionEditView(EditView):
    def get_page_subtitle(self):
        return f"{self.object.code} · {self.object.name}"

    def get_success_message(self, instance=None):
        instance = instance or self.object
        return _("The teacher target of %(region)s is now %(target)s.") % {
            "region": instance.name,
            "target": f"{instance.teacher_target:,}".replace(",", "\u00a0"),
        }


class RegionViewSet(ModelViewSet):
    model = Region
    name = "regional_targets"
    url_prefix = "regional-targets"
    icon = "site"
    menu_label = _("Regional targets")
    menu_order = 260
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_view_class = RegionEditView
    search_fields = ["code", "name_kk", "name_ru", "name_en"]
    search_backend_name = None
    list_display = [
        "code",  # the first column links to the edit form
        Column("name", label=_("Region"), accessor="name"),
        Column("teacher_target", label=_("Teacher target"), accessor="teacher_target"),
    ]
    list_per_page = 25  # all twenty on one page

    def get_common_view_kwargs(self, **kwargs):
        # A region is used everywhere (people, groups, certificates): no usage page to list them.
        return super().get_common_view_kwargs(**{"usage_url_name": None, **kwargs})

    def get_form_class(self, for_update=False):
        return RegionTargetForm

    def get_urlpatterns(self):
        """The list, the edit form and its history: no region is added, copied or deleted here."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
        ]
