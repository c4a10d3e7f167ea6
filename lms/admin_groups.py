"""Wagtail's group admin, except that a role's group keeps its name: the platform finds its roles by
the names the migrations gave them (lms/roles.py), and the admin shows a role's name translated
(lms/stored_names.py), so an edit could otherwise rename it unseen and take the role from everyone."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import GroupForm
from wagtail.users.views.groups import GroupViewSet as WagtailGroupViewSet

from lms import roles, stored_names


class RoleGroupForm(GroupForm):
    def clean_name(self):
        name = super().clean_name()
        current = stored_names.stored(self.instance) if self.instance.pk else None
        if current in roles.ALL and stored_names.stored_name("auth.group", name) != current:
            raise forms.ValidationError(
                _("This group is one of the platform's roles: its name cannot change."), code="role_name"
            )
        return name


class GroupViewSet(WagtailGroupViewSet):
    def get_form_class(self, for_update=False):
        return RoleGroupForm
