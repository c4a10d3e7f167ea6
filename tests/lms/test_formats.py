"""Kazakh pages write dates and numbers as Kazakh does: Django ships no format module for kk, and
without ours a Kazakh page wrote "52.1" and "12/01/2026" like an American one."""

import datetime

import pytest
from django import forms
from django.utils import formats, translation

MOMENT = datetime.datetime(2026, 12, 1, 21, 14)


@pytest.mark.parametrize(
    ("language", "number", "short_date", "short_moment"),
    [
        ("kk", "1\xa0234\xa0567,5", "01.12.2026", "01.12.2026 21:14"),
        ("ru", "1\xa0234\xa0567,5", "01.12.2026", "01.12.2026 21:14"),
        ("en", "1,234,567.5", "12/01/2026", "12/01/2026 9:14 p.m."),
    ],
)
def test_each_language_writes_numbers_and_dates_its_own_way(language, number, short_date, short_moment):
    with translation.override(language):
        assert formats.number_format(1234567.5, decimal_pos=1, use_l10n=True, force_grouping=True) == number
        assert formats.date_format(MOMENT.date(), "SHORT_DATE_FORMAT") == short_date
        assert formats.date_format(MOMENT, "SHORT_DATETIME_FORMAT") == short_moment


def test_a_kazakh_form_takes_a_date_written_the_kazakh_way_and_the_iso_way():
    class Form(forms.Form):
        day = forms.DateField()

    with translation.override("kk"):
        for written in ("01.12.2026", "2026-12-01"):
            form = Form({"day": written})
            assert form.is_valid(), form.errors
            assert form.cleaned_data["day"] == MOMENT.date()
