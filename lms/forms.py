"""Forms of the lms app: the profile questions asked at signup and on the account page."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from lms.models import District, Region, User
from lms.services import PROFILE_FIELDS
from lms.validators import normalize_person_name, validate_person_name


def district_choices():
    """Districts grouped by region, for a select that works without JavaScript."""
    groups = {}
    for district in District.objects.select_related("region").order_by("region__code", "name_kk"):
        groups.setdefault(district.region, []).append((district.pk, district.name))
    choices = [("", _("Not listed / not chosen"))]
    choices += [(region.name, items) for region, items in groups.items()]
    return choices


class ProfileFieldsMixin(forms.Form):
    """The questions every person answers: name for certificates, region, district, school, position, language."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_("Exactly as it must appear on your certificate, for example: Aigerim Nurlanovna Seitkali."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.all(),
        empty_label=_("Choose your region"),
        error_messages={"invalid_choice": _("Choose a region from the list.")},
    )
    district = forms.TypedChoiceField(
        label=_("District or city"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": _("Choose a district from the list.")},
    )
    school = forms.CharField(
        label=_("School"),
        max_length=255,
        required=False,
        help_text=_("For example: School-lyceum No. 12, Karaganda."),
    )
    position = forms.CharField(
        label=_("Position"),
        max_length=150,
        required=False,
        help_text=_("For example: primary school teacher, school psychologist, deputy director."),
    )
    language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=User.Language.choices,
        help_text=_("The platform opens in this language when you sign in."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = (get_language() or "kk")[:2]
        # Alphabetical in the language of the page, so people find their region quickly.
        self.fields["region"].queryset = Region.objects.order_by(
            f"name_{language}" if language in ("kk", "ru", "en") else "code"
        )
        self.fields["district"].choices = district_choices()
        if not self.is_bound and not self.initial.get("language"):
            self.initial["language"] = (get_language() or "kk")[:2]

    def clean_full_name(self):
        name = normalize_person_name(self.cleaned_data["full_name"])
        if not name:
            raise forms.ValidationError(_("Enter your full name."))
        validate_person_name(name)
        return name

    def clean(self):
        cleaned = super().clean()
        district_id, region = cleaned.get("district"), cleaned.get("region")
        if district_id:
            district = District.objects.filter(pk=district_id).first()
            if district is None:
                self.add_error("district", _("Choose a district from the list."))
            elif region and district.region_id != region.pk:
                self.add_error("district", _("This district is not in the region you chose."))
            else:
                cleaned["district"] = district
        return cleaned

    def profile_data(self):
        return {name: self.cleaned_data.get(name) for name in PROFILE_FIELDS}


class SignupProfileForm(ProfileFieldsMixin):
    """Extra questions on allauth's signup form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    field_order = [
        "email",
        "full_name",
        "region",
        "district",
        "school",
        "position",
        "language",
        "password1",
        "password2",
    ]

    def signup(self, request, user):
        """The profile is saved with the user by the account adapter; nothing is left to do here."""


class ProfileForm(ProfileFieldsMixin):
    """The account page's form for changing one's own profile."""

    def __init__(self, *args, user, **kwargs):
        initial = {
            "full_name": user.full_name,
            "region": user.region_id,
            "district": user.district_id,
            "school": user.school,
            "position": user.position,
            "language": user.language,
        }
        super().__init__(*args, initial=initial, **kwargs)
