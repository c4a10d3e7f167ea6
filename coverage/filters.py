"""The filters every coverage page, export and API call share: course, period and region.

An unknown course or region is a 404 (a URL that leads nowhere); a period that is reversed or
absurd is a message on the page, and the default period is used meanwhile.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from uuid import UUID

from django import forms
from django.conf import settings
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from lms.models import Region

EARLIEST = date(2020, 1, 1)
REGION_CODE = re.compile(r"KZ-[0-9A-Z]{2,3}")


def courses_offered():
    """Every course, once, titled in the language of the page being shown where it has one:
    teacher courses first, each in catalogue order (one query)."""
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    pages = CoursePage.objects.order_by("path").values("translation_key", "title", "audience", "locale__language_code")
    seen = {}
    for page in pages:
        known = seen.get(page["translation_key"])
        if known is None or (page["locale__language_code"] == language and known["locale__language_code"] != language):
            seen[page["translation_key"]] = {**page, "order": known["order"] if known else len(seen)}
    return sorted(seen.values(), key=lambda page: (page["audience"] != CoursePage.Audience.TEACHER, page["order"]))


def default_period(today):
    start = (today.replace(day=1) - timedelta(days=330)).replace(day=1)
    return start, today


class PeriodForm(forms.Form):
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        latest = self.today + timedelta(days=366)
        for day in (start, end):
            if day is not None and not EARLIEST <= day <= latest:
                raise forms.ValidationError(
                    _("Choose dates between %(first)s and %(last)s.")
                    % {"first": EARLIEST.strftime("%d.%m.%Y"), "last": latest.strftime("%d.%m.%Y")}
                )
        if start and end and start > end:
            raise forms.ValidationError(_("The period ends before it starts: swap the two dates."))
        return cleaned


@dataclass(frozen=True)
class Filters:
    course_key: UUID
    course_title: str
    date_from: date
    date_to: date
    region: Region | None
    today: date
    courses: list[dict[str, Any]]  # rows of courses_offered()
    period_form: PeriodForm

    @property
    def period_errors(self):
        """Every message about the dates asked for (a date that cannot be read, out of range, reversed)."""
        return [str(message) for messages in self.period_form.errors.values() for message in messages]

    def query(self, **changes):
        """The query string that gives these filters (with some changed), for links and exports."""
        values = {
            "course": str(self.course_key),
            "from": self.date_from.isoformat(),
            "to": self.date_to.isoformat(),
        }
        if self.region is not None:
            values["region"] = self.region.code
        values.update(changes)
        return "&".join(f"{name}={value}" for name, value in values.items() if value)


def region_from_code(code):
    """The region of an ISO code, or 404 (a code of the wrong shape, or of no region)."""
    if not REGION_CODE.fullmatch(code or ""):
        raise Http404(_("No such region."))
    region = Region.objects.filter(code=code).first()
    if region is None:
        raise Http404(_("No such region."))
    return region


def filters_from(params, *, region_code=None, today=None):
    """Read the filters from a query string (`course`, `from`, `to`, `region`); a region named in
    the URL path wins over one in the query string."""
    today = today or timezone.localdate()
    courses = courses_offered()
    if not courses:
        raise Http404(_("There is no course yet."))
    wanted = params.get("course")
    course = courses[0]
    if wanted:
        course = next((item for item in courses if str(item["translation_key"]) == wanted), None)
        if course is None:
            raise Http404(_("No such course."))
    code = region_code or params.get("region")
    region = region_from_code(code) if code else None
    form = PeriodForm({"date_from": params.get("from", ""), "date_to": params.get("to", "")}, today=today)
    start, end = default_period(today)
    if form.is_valid():
        asked_from, asked_to = form.cleaned_data["date_from"], form.cleaned_data["date_to"]
        if asked_to and not asked_from:  # the eleven months up to the end asked for
            start, end = default_period(asked_to)
        elif asked_from and not asked_to:  # from the start asked for to today (or that day)
            start, end = asked_from, max(asked_from, today)
        elif asked_from and asked_to:
            start, end = asked_from, asked_to
    return Filters(
        course_key=course["translation_key"],
        course_title=course["title"],
        date_from=start,
        date_to=end,
        region=region,
        today=today,
        courses=courses,
        period_form=form,
    )
