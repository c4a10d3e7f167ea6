"""Official boundaries for the national map, when a deployment supplies them as GeoJSON: drawn
shaded with each region's coverage, and the tiles again for a file that cannot draw the map."""

import json

import pytest
from django.core.management import call_command

from coverage.boundaries import BoundaryError, shapes_of
from coverage.rebuild import summaries_rebuild
from coverage.tilemap import TILES
from lms import roles
from tests.coverage.helpers import holder, target
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def square(column, row, size=4.0):
    """A region as a square in longitude and latitude, where its tile would be (with a repeated
    point, as detailed files have, which the drawing drops)."""
    west, north = 50.0 + column * size, 55.0 - row * size * 0.6
    ring = [[west, north], [west + size, north], [west + size, north], [west + size, north - size * 0.6]]
    ring += [[west, north - size * 0.6], [west, north]]
    return {"type": "Polygon", "coordinates": [ring]}


def collection(codes=TILES, property_name="iso_3166_2"):
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {property_name: code, "name": code}, "geometry": square(*TILES[code])}
            for code in codes
        ],
    }


@pytest.fixture
def boundaries_file(tmp_path, settings):
    def write(data):
        path = tmp_path / "kz.geojson"
        path.write_text(json.dumps(data), encoding="utf-8")
        settings.COVERAGE_BOUNDARIES_GEOJSON = str(path)
        return path

    return write


@pytest.fixture
def analyst_page(client, courses):
    target("KZ-35", 4)
    holder(courses[0], "KZ-35")
    summaries_rebuild()
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    return lambda: client.get("/en/coverage/").content.decode()


def test_with_boundaries_the_map_draws_each_region_shaded_with_its_coverage(boundaries_file, analyst_page):
    boundaries_file(collection())
    page = analyst_page()
    assert page.count("<path d=") == 20 and '<rect x="' not in page.split('class="tile-map"')[1].split("</svg>")[0]
    karaganda = page.split('data-code="KZ-35"')[1].split("</a>")[0]
    assert 'aria-label="Karaganda: 25.0%, Karaganda Region"' in page and ">25.0%</text>" in karaganda
    assert 'fill="#8bbfe6"' in karaganda  # the only value shown: the middle shade (coverage/shading.py)


def test_without_the_setting_the_map_is_the_schematic_tiles(analyst_page):
    page = analyst_page()
    assert page.count('class="tile" data-code=') == 20 and "<path d=" not in page


def test_a_file_missing_a_region_keeps_the_tiles_and_the_check_names_the_region(boundaries_file, analyst_page, capsys):
    boundaries_file(collection(codes=[code for code in TILES if code != "KZ-62"]))
    page = analyst_page()
    assert "<path d=" not in page and page.count('class="tile" data-code=') == 20
    call_command("check")
    said = capsys.readouterr().err
    assert "coverage.W001" in said and "no boundary for KZ-62" in said


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"type": "Feature"}, "not a GeoJSON FeatureCollection"),
        (collection(property_name="shapeISO"), "which is none of the 20 regions"),
        ({**collection(), "features": collection()["features"] * 2}, "is given twice"),
        (
            {
                **collection(),
                "features": [
                    {**feature, "geometry": {"type": "Point", "coordinates": [60, 48]}}
                    for feature in collection()["features"]
                ],
            },
            "only Polygon and MultiPolygon",
        ),
    ],
)
def test_a_file_that_cannot_draw_the_map_is_named_for_what_is_wrong(data, named):
    with pytest.raises(BoundaryError, match=named):
        shapes_of(data, "iso_3166_2")


def _with_first_feature(**changes):
    data = collection()
    data["features"][0] = {**data["features"][0], **changes}
    return data


@pytest.mark.parametrize(
    "data",
    [
        {"type": "FeatureCollection", "features": ["x"]},
        {"type": "FeatureCollection", "features": "x"},
        _with_first_feature(properties=["KZ-10"]),
        _with_first_feature(properties={"iso_3166_2": ["KZ-10"]}),
        _with_first_feature(geometry={"type": "Polygon", "coordinates": [[]]}),
        _with_first_feature(geometry={"type": "Polygon", "coordinates": "x"}),
        _with_first_feature(geometry={"type": "Polygon", "coordinates": [[["a", "b"], [1, 2], [3, 4]]]}),
        _with_first_feature(geometry={"type": "Polygon", "coordinates": [[[float("nan"), 1], [1, 2], [3, 4]]]}),
    ],
    ids=[
        "feature not an object",
        "features not a list",
        "properties a list",
        "code a list",
        "empty ring",
        "coordinates a string",
        "coordinates not numbers",
        "coordinate not a number",
    ],
)
def test_a_malformed_file_keeps_the_tiles_and_the_check_still_runs(boundaries_file, analyst_page, data, capsys):
    with pytest.raises(BoundaryError):
        shapes_of(data, "iso_3166_2")
    boundaries_file(data)
    page = analyst_page()
    assert page.count('class="tile" data-code=') == 20 and "<path d=" not in page
    call_command("check")
    assert "coverage.W001" in capsys.readouterr().err


def test_detail_finer_than_the_map_draws_is_left_out():
    data = collection()
    ring = data["features"][0]["geometry"]["coordinates"][0]
    west, north = ring[0]
    # A thousand points along the top edge, a few hundred metres apart: the map keeps one every
    # MIN_STEP units (about 4 km), under a hundred of them.
    data["features"][0]["geometry"]["coordinates"][0] = [
        [west + 4.0 * step / 1000, north] for step in range(1000)
    ] + ring[1:]
    shapes = shapes_of(data, "iso_3166_2")
    assert shapes.paths[data["features"][0]["properties"]["iso_3166_2"]].count("L") < 100


def test_another_code_property_is_read_when_the_setting_names_it(boundaries_file, analyst_page, settings):
    settings.COVERAGE_BOUNDARIES_CODE_PROPERTY = "shapeISO"
    boundaries_file(collection(property_name="shapeISO"))
    assert analyst_page().count("<path d=") == 20


def test_points_that_repeat_are_dropped_and_every_number_is_plain():
    shapes = shapes_of(collection(), "iso_3166_2")
    path = shapes.paths["KZ-35"]
    assert path.count("L") == 4  # four corners and back to the first: the repeated corner is dropped
    assert "," not in path and float(shapes.width) == 1000
