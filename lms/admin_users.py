"""Wagtail's user admin with the platform's profile fields instead of first and last names."""

from django import forms
from django.db import transaction
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from lms.models import User
from lms.services import user_district_moved

PROFILE_FIELDS = ["full_name", "region", "district", "school", "position", "language"]


class ProfileFormMixin(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields.pop(name, None)
        self.fields["region"].required = True


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

    def save(self, commit=True):
        with transaction.atomic():
            user = super().save(commit=commit)
            if commit:
                user_district_moved(user=user, district_before=self.district_before)
        return user


class UserViewSet(WagtailUserViewSet):
    create_template_name = "lms/admin/user_create.html"
    edit_template_name = "lms/admin/user_edit.html"

    def get_form_class(self, for_update=False):
        return UserChangeForm if for_update else UserCreateForm
