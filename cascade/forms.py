from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cascade.models import Cohort
from cascade.selectors import trainer_course_keys_held
from courses.models import CoursePage
from lms.models import District, Region


class CohortForm(forms.Form):
    """What a trainer fills in to open a cohort; what was typed is kept when something is wrong."""

    course = forms.TypedChoiceField(label=_("Course"), coerce=str)
    name = forms.CharField(
        label=_("Name of the group"), max_length=200, help_text=_("For example: School No. 12, autumn group.")
    )
    region = forms.ModelChoiceField(label=_("Region"), queryset=Region.objects.all())
    district = forms.ModelChoiceField(label=_("District"), queryset=District.objects.none(), required=False)
    delivery = forms.ChoiceField(label=_("How the group meets"), choices=Cohort.Delivery.choices)
    venue = forms.CharField(label=_("Venue"), max_length=300, required=False, help_text=_("Address or room."))
    starts_on = forms.DateField(label=_("Starts on"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    ends_on = forms.DateField(label=_("Ends on"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    capacity = forms.IntegerField(label=_("Places"), min_value=1, max_value=500, initial=25)
    attendance_required = forms.BooleanField(
        label=_("Attendance of the face-to-face sessions counts toward the certificate"), required=False
    )
    attendance_percent = forms.IntegerField(
        label=_("Share of sessions to attend (%)"), min_value=1, max_value=100, initial=80
    )

    def __init__(self, *args, user, language, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = trainer_course_keys_held(user)
        courses = [
            course
            for course in CoursePage.objects.live().filter(locale__language_code=language).order_by("audience", "title")
            if course.audience != CoursePage.Audience.TRAINER or course.translation_key in allowed
        ]
        self.courses = {str(course.translation_key): course for course in courses}
        self.fields["course"].choices = [(key, course.title) for key, course in self.courses.items()]
        self.fields["region"].initial = user.region_id
        self.fields["district"].queryset = District.objects.select_related("region").order_by("region", "name_kk")
        self.fields["district"].initial = user.district_id
        today = timezone.localdate()
        self.fields["starts_on"].initial = today

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The group cannot end before it starts."))
        if data.get("attendance_required") and data.get("delivery") == Cohort.Delivery.ONLINE:
            self.add_error(
                "attendance_required",
                _("An online group has no face-to-face sessions: attendance cannot count toward its certificate."),
            )
        district, region = data.get("district"), data.get("region")
        if district and region and district.region_id != region.pk:
            self.add_error("district", _("This district is not in the region chosen."))
        return data

    def cohort_values(self):
        data = dict(self.cleaned_data)
        data["course"] = self.courses[data["course"]]
        return data


class SessionForm(forms.Form):
    held_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    place = forms.CharField(label=_("Place"), max_length=300, help_text=_("Address and room, or the school."))

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["held_on"].initial = min(max(today, cohort.starts_on), cohort.ends_on)
        self.fields["place"].initial = cohort.venue
