"""Wagtail's user admin with the platform's profile fields instead of first and last names.

Roles decide what a person may see, so a change of roles (or of the superuser flag) made here is
logged in lms.models.ScopeChange with who made it; the region a regional coordinator answers for
is set here by superusers and in the "Regional coordinators" area by ministry analysts, through
the same service. A person who holds records that must stay (certificates, groups led,
attendance marked...) is not deleted: the delete page says why and leads to deactivation.
"""

from django import forms
from django.db import transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import CopyView as WagtailCopyView
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.bulk_actions.assign_role import AssignRoleBulkAction
from wagtail.users.views.bulk_actions.set_active_state import SetActiveStateBulkAction
from wagtail.users.views.users import CreateView as WagtailCreateView
from wagtail.users.views.users import EditView as WagtailEditView
from wagtail.users.views.users import HistoryView as WagtailHistoryView
from wagtail.users.views.users import IndexView as WagtailIndexView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from lms import permissions, roles, stored_names
from lms.admin_policies import WithoutSpreadsheetExport
from lms.admin_user_delete import UserDeleteBulkAction, UserDeleteView
from lms.audit import access_record
from lms.models import Region, User
from lms.services import coordinator_region_assign, role_names_of, user_district_moved, user_roles_changed
from lms.validators import normalize_person_name

PROFILE_FIELDS = ["full_name", "region", "district", "school", "position", "language"]


class ProfileFormMixin(forms.ModelForm):
    """Profile fields, plus the coordinator's assigned region for those who may assign it."""

    def __init__(self, *args, by=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields.pop(name, None)
        self.fields["region"].required = True
        self.by = by
        self.roles_before = role_names_of(self.instance) if self.instance.pk else []
        if by is not None and permissions.can_assign_coordinators(by):
            language = (get_language() or "kk")[:2]
            self.fields["coordinated_region"] = forms.ModelChoiceField(
                label=_("Assigned region"),
                queryset=Region.objects.order_by(f"name_{language}" if language in ("kk", "ru", "en") else "code"),
                required=False,
                initial=self.instance.coordinated_region_id,
                empty_label=_("No region: sees no one's data"),
                help_text=_(
                    "For a regional coordinator only: the region whose people and figures they see. "
                    "The region above is where the person works and grants nothing."
                ),
            )

    def clean_email(self):
        # Lower case, as allauth's signup and the import write it, so the address is found again.
        return (self.cleaned_data.get("email") or "").lower()

    def clean_full_name(self):
        return normalize_person_name(self.cleaned_data.get("full_name"))

    def clean(self):
        cleaned = super().clean()
        region = cleaned.get("coordinated_region")
        groups = cleaned.get("groups")
        if region is not None and groups is not None:
            if not any(stored_names.stored(group) == roles.REGIONAL_COORDINATORS for group in groups):
                self.add_error(
                    "coordinated_region",
                    _("Only a regional coordinator is assigned a region: give the role on the Roles tab first."),
                )
        return cleaned

    def save(self, commit=True):
        with transaction.atomic():
            user = super().save(commit=commit)
            if commit:
                self.after_save(user)
        return user

    def after_save(self, user):
        user_roles_changed(user=user, roles_before=self.roles_before, by=self.by)
        if "coordinated_region" in self.fields:
            coordinator_region_assign(user=user, region=self.cleaned_data.get("coordinated_region"), by=self.by)


class UserCreateForm(ProfileFormMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        model = User
        fields = [*UserCreationForm.Meta.fields - {"first_name", "last_name"}, *PROFILE_FIELDS]


class UserChangeForm(ProfileFormMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        model = User
        fields = [*UserEditForm.Meta.fields - {"first_name", "last_name"}, *PROFILE_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.district_before = self.instance.district_id

    def after_save(self, user):
        user_district_moved(user=user, district_before=self.district_before)
        super().after_save(user)


class FormByMixin:
    """Tell the form who is making the change (for the scope log and the coordinator field)."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "by": self.request.user}


def record_person(request, person):
    """The audit row of an admin page that shows one person (lms.audit); not one's own."""
    if person.pk != request.user.pk:
        access_record(request, what=request.resolver_match.view_name, subject=person)


class UserIndexView(WithoutSpreadsheetExport, WagtailIndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The people listed on this page (the list and its filtered results alike), of any region.
        access_record(self.request, what=self.request.resolver_match.view_name, people=len(context["object_list"]))
        return context


class UserCreateView(FormByMixin, WagtailCreateView):
    pass


class UserEditView(FormByMixin, WagtailEditView):
    def get(self, request, *args, **kwargs):
        record_person(request, self.object)
        return super().get(request, *args, **kwargs)

    def form_invalid(self, form):
        # The form comes back with the person's account and profile: another view of their data
        # (not a JSON answer of the form's errors alone).
        if not getattr(self, "expects_json_response", False):
            record_person(self.request, self.object)
        return super().form_invalid(form)


class UserHistoryView(WagtailHistoryView):
    def get(self, request, *args, **kwargs):
        record_person(request, self.object)
        return super().get(request, *args, **kwargs)


class UserCopyView(WagtailCopyView):
    """A new account's form filled in from another person's."""

    def get_initial_form_instance(self):
        person = super().get_initial_form_instance()
        if self.request.method == "GET":
            record_person(self.request, person)
        return person


class RecordedUserDeleteView(UserDeleteView):
    def get(self, request, *args, **kwargs):
        record_person(request, self.object)
        return super().get(request, *args, **kwargs)


class UserViewSet(WagtailUserViewSet):
    create_template_name = "lms/admin/user_create.html"
    edit_template_name = "lms/admin/user_edit.html"
    delete_template_name = "lms/admin/user_delete.html"
    index_view_class = UserIndexView
    add_view_class = UserCreateView
    edit_view_class = UserEditView
    delete_view_class = RecordedUserDeleteView
    history_view_class = UserHistoryView
    copy_view_class = UserCopyView

    def get_form_class(self, for_update=False):
        return UserChangeForm if for_update else UserCreateForm


class PeopleListedMixin:
    """A bulk action's confirmation page lists the people ticked in the user list by name and email
    (and comes back listing them when its form is refused): recorded like the list, naming the
    person when it shows one other than the viewer. The action itself redirects and is not."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        people = [entry["item"] for entry in context["items"]] + list(context.get("items_with_no_access", []))
        others = [person for person in people if person.pk != self.request.user.pk]
        what = self.request.resolver_match.view_name
        if len(others) == 1:
            access_record(self.request, what=what, subject=others[0])
        elif others:
            access_record(self.request, what=what, people=len(others))
        return context


class RecordedUserDeleteBulkAction(PeopleListedMixin, UserDeleteBulkAction):
    pass


class RecordedSetActiveStateBulkAction(PeopleListedMixin, SetActiveStateBulkAction):
    pass


class UserAssignRoleBulkAction(PeopleListedMixin, AssignRoleBulkAction):
    """Wagtail's "Assign role" for the users ticked in the list, with each person's change of roles
    logged like the edit form's (lms.models.ScopeChange: before, after, by whom, when)."""

    def get_execution_context(self):
        return {**super().get_execution_context(), "by": self.request.user}

    @classmethod
    def execute_action(cls, objects, role=None, by=None, **kwargs):
        if role is None:
            return
        # Wagtail runs this in a transaction: the roles and their log are saved together.
        for user in objects:
            roles_before = role_names_of(user)
            user.groups.add(role)
            user_roles_changed(user=user, roles_before=roles_before, by=by)
        return len(objects), 0
