"""The national map and the monthly chart name the regions (short names in the page's language,
not codes), the shades separate the values actually shown, and a legend gives each shade's range."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from coverage.rebuild import summaries_rebuild
from coverage.shading import NO_VALUE, STEPS, Shading
from coverage.short_names import SHORT_NAMES
from lms import roles
from tests.coverage.helpers import holder, target
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# Low coverage everywhere, as early in the programme: 1 holder against 20, 16, 12, 10 and 8.
TARGETS = {"KZ-35": 20, "KZ-71": 16, "KZ-75": 12, "KZ-27": 10, "KZ-19": 8}


@pytest.fixture
def national_page(client, courses):
    for code, number in TARGETS.items():
        target(code, number)
        holder(courses[0], code)
    summaries_rebuild()
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    return lambda language: client.get(f"/{language}/coverage/").content.decode()


def tile(page, code):
    return page.split(f'data-code="{code}"')[1].split("</a>")[0]


def tile_texts(page, code):
    return re.findall(r"<text[^>]*>([^<]*)</text>", tile(page, code))


def month_labels(page):
    chart = page.split('class="small-multiples"')[1].split("</svg>")[0]
    return re.findall(r'<text x="0"[^>]*class="chart-label">([^<]*)</text>', chart)


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("kk", {"KZ-35": "Қарағанды", "KZ-27": "БҚО", "KZ-19": "Алматы обл.", "KZ-75": "Алматы қ."}),
        ("ru", {"KZ-35": "Караганда", "KZ-27": "ЗКО", "KZ-19": "Алматинская", "KZ-75": "г. Алматы"}),
    ],
)
def test_tiles_and_chart_rows_carry_short_names_in_the_pages_language(national_page, language, names):
    page = national_page(language)
    for code, name in names.items():
        assert tile_texts(page, code)[0] == name
    labels = month_labels(page)
    assert len(labels) == 20
    assert not [label for label in labels if label.startswith("KZ-")]
    assert set(names.values()) <= set(labels)


def test_every_region_has_a_short_name_in_each_language_that_fits_a_tile():
    assert len(SHORT_NAMES) == 20
    for names in SHORT_NAMES.values():
        assert len(names) == 3 and all(0 < len(name) <= 11 for name in names)


def test_close_low_values_get_five_different_shades(national_page):
    page = national_page("en")
    fills = {re.search(r'fill="(#[0-9a-f]{6})"', tile(page, code)).group(1) for code in TARGETS}
    assert len(fills) == 5  # 5%, 6,3%, 8,3%, 10% and 12,5%: one shade each, not all "under 20%"


def test_the_legend_gives_each_shades_range_of_the_values_shown(national_page):
    page = national_page("ru")
    legend = page.split('class="legend"')[1].split("</ul>")[0]
    labels = [label.strip() for label in re.findall(r"</svg>([^<]+)</li>", legend)]
    with translation.override("ru"):
        no_target = gettext("no target")
    # 1 of 20, 16, 12, 10 and 8, as the page writes numbers in Russian; then the regions without a target.
    assert labels == ["5,0%", "6,2%", "8,3%", "10,0%", "12,5%", no_target]
    assert "<table" in page  # every figure is still in a table


def test_many_values_are_split_into_five_ranges_by_rank():
    shading = Shading([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, None])
    ranges = [(shade["low"], shade["high"]) for shade in shading.classes]
    assert ranges == [(1.0, 2.0), (3.0, 4.0), (5.0, 6.0), (7.0, 8.0), (9.0, 10.0)]
    assert shading.of(2.0) == (STEPS[0][0], STEPS[0][1]) and shading.of(9.5)[0] == STEPS[4][0]
    assert shading.of(None) == NO_VALUE
    assert shading.legend()[-1]["fill"] == NO_VALUE[0]  # the regions without a target, named


def test_equal_values_share_a_shade_and_ties_never_straddle_two():
    shading = Shading([10.0] * 8 + [20.0, 30.0, 40.0, 50.0, 60.0, 70.0])
    assert len({shading.of(10.0)}) == 1
    assert shading.classes[0]["low"] == shading.classes[0]["high"] == 10.0


def _luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize(("fill", "text"), [*STEPS, NO_VALUE])
def test_text_on_every_shade_keeps_4_5_to_1_contrast(fill, text):
    lighter, darker = sorted((_luminance(fill), _luminance(text)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5


def _spoken(text):
    """As axe's label-content-name-mismatch compares: punctuation dropped, spaces collapsed, lower case."""
    import html
    import unicodedata

    text = "".join(" " if unicodedata.category(char).startswith(("P", "S")) else char for char in html.unescape(text))
    return " ".join(text.split()).lower()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_each_tiles_accessible_name_contains_what_it_shows(national_page, language):
    # A voice-control user says what they see ("БҚО 8,3%"): the link's name must contain it (WCAG 2.5.3).
    page = national_page(language)
    tiles = re.findall(r'<a [^>]*class="tile"[^>]*aria-label="([^"]*)"[^>]*>(.*?)</a>', page, re.S)
    assert len(tiles) == 20
    for label, inside in tiles:
        shown = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", inside))
        assert _spoken(shown) in _spoken(label), (label, shown)


def test_many_regions_at_zero_leave_the_other_shades_to_the_regions_that_differ():
    # Early in the programme most regions are at 0%: ranks alone gave 0% one shade and lumped
    # 2-5% into one, leaving two shades unused.
    shading = Shading([0.0] * 15 + [1.0, 2.0, 3.0, 4.0, 5.0])
    assert len(shading.classes) == 5
    assert (shading.classes[0]["low"], shading.classes[0]["high"]) == (0.0, 0.0)
    assert len({shading.of(value) for value in (0.0, 1.0, 2.0, 3.0, 5.0)}) == 5


@pytest.mark.parametrize(
    ("values", "labels"),
    [
        ([], []),
        ([None, None], ["no target"]),
        ([7.0, 7.0, 7.0], ["7.0%"]),
        ([0.0, 0.0, None], ["0.0%", "no target"]),
        ([3.0, 150.0], ["3.0%", "150.0%"]),
    ],
)
def test_few_equal_or_over_100_values_each_have_a_shade_the_legend_names(values, labels):
    with translation.override("en"):
        shading = Shading(values)
        assert [str(item["label"]) for item in shading.legend()] == labels
        fills = {item["fill"] for item in shading.legend()}
        assert {shading.of(value)[0] for value in values} <= fills  # every tile's shade is in the legend


def test_a_short_name_is_written_as_the_regions_full_name_beside_it_writes_it():
    # The table beside the map says "область Жетісу", "область Ұлытау" (the official Russian
    # names keep the Kazakh letters): the tile must not say "Жетысу" or "Улытау".
    from lms.models import Region

    for region in Region.objects.filter(name_ru__startswith="область "):
        assert SHORT_NAMES[region.code][1] == region.name_ru.removeprefix("область "), region.code
