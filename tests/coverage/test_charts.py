"""The charts draw in every language: their SVG numbers are plain, not written the page's way
(Russian and Kazakh write 12,5, which a browser cannot draw)."""

import re

import pytest

from coverage.rebuild import summaries_rebuild
from lms import roles
from tests.coverage.helpers import days_ago, group, holder, trainee
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SVG_NUMBER = re.compile(r'<(?:rect|text|line)\b[^>]*?\b(?:x|y|x1|x2|y1|y2|width|height)="([^"]*)"')


@pytest.fixture
def programme(courses):
    """The figures here come from certificates, groups and scores: the courses need no lessons."""
    return courses


@pytest.fixture
def drawn(client, courses, master):
    teachers = courses[0]
    for days in (3, 40, 41, 70):  # months of one, two and one certificates: bars of unequal height
        holder(teachers, issued_on=days_ago(days))
    cohort = group(master, teachers)
    for final in (61.5, 77.25, 90.0):
        trainee(cohort, final=final)
    summaries_rebuild()
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    return client


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("page", ["coverage/", "coverage/cascade/"])
def test_every_chart_number_is_one_a_browser_can_draw(drawn, language, page):
    html = drawn.get(f"/{language}/{page}").content.decode()
    numbers = SVG_NUMBER.findall(html)
    assert numbers, "no chart drawn"
    assert all(re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", number) for number in numbers), sorted(set(numbers))[:10]
    bars = re.findall(r'<rect [^>]*class="chart-bar"[^>]*>', html)
    sizes = [float(size) for bar in bars for size in re.findall(r'(?:width|height)="([0-9.]+)"', bar)]
    assert sizes and any(size > 1 for size in sizes)


def test_the_longest_bars_value_stays_inside_its_chart():
    from coverage.charts import horizontal_bars

    chart = horizontal_bars([("0", 12345, 12345), ("1–5", 100, 12345)])
    assert float(chart["bars"][0]["value_x"]) + 6 * 8 <= float(chart["width"])  # "12 345" at 12 px
