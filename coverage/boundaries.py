"""Official boundaries for the national map, where a deployment supplies them.

`COVERAGE_BOUNDARIES_GEOJSON` names a GeoJSON FeatureCollection with one feature per region
(Polygon or MultiPolygon, in longitude and latitude), whose ISO 3166-2 code is in the property
`COVERAGE_BOUNDARIES_CODE_PROPERTY` ("iso_3166_2" unless told). The map then draws those
shapes, shaded like the tiles, with each region's code and coverage near its middle. Without the
setting, or with a file that does not give each of the 20 regions once, the map stays the
schematic tiles, and `manage.py check` says what is wrong with the file.
"""

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from coverage.charts import svg_number
from coverage.shading import Shading
from coverage.tilemap import TILES, label_of

WIDTH = 1000  # of the map's coordinates; the page scales it to the screen
MIN_STEP = 1.5  # of those units (about 4 km across Kazakhstan): finer detail is not drawn


class BoundaryError(ValueError):
    """The boundaries file cannot draw the map; the message says why."""


@dataclass(frozen=True)
class Shapes:
    paths: dict  # region code -> SVG path
    labels: dict  # region code -> (x, y) of its label
    width: str
    height: str


def _rings(geometry):
    kind = (geometry or {}).get("type")
    if kind == "Polygon":
        return [geometry["coordinates"][0]]
    if kind == "MultiPolygon":
        return [polygon[0] for polygon in geometry["coordinates"]]
    raise BoundaryError(f"a geometry of type {kind!r}: only Polygon and MultiPolygon are drawn")


def features_by_code(data, code_property):
    """{code: [outer rings]} of the collection; raises BoundaryError naming what is wrong."""
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise BoundaryError("the file is not a GeoJSON FeatureCollection")
    features = data.get("features")
    if not isinstance(features, list):
        raise BoundaryError("the collection has no list of features")
    found = {}
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        code = properties.get(code_property) if isinstance(properties, dict) else None
        if not isinstance(code, str) or code not in TILES:
            raise BoundaryError(f"feature {number} has {code_property}={code!r}, which is none of the 20 regions")
        if code in found:
            raise BoundaryError(f"{code} is given twice")
        try:
            found[code] = _rings(feature.get("geometry"))
        except (AttributeError, KeyError, IndexError, TypeError) as error:
            raise BoundaryError(f"the geometry of {code} cannot be read") from error
        if not all(isinstance(ring, list) and ring for ring in found[code]):
            raise BoundaryError(f"the geometry of {code} has an empty ring")
    missing = sorted(set(TILES) - set(found))
    if missing:
        raise BoundaryError(f"no boundary for {', '.join(missing)}")
    return found


def shapes_of(data, code_property):
    """The regions' SVG paths, projected (longitudes shortened by the cosine of the middle
    latitude) and fitted to WIDTH; a point closer than MIN_STEP to the last one kept is dropped,
    so a detailed file still makes a page a phone can carry."""
    rings = features_by_code(data, code_property)
    points = [point for ring_list in rings.values() for ring in ring_list for point in ring]
    try:
        longitudes = [float(point[0]) for point in points]
        latitudes = [float(point[1]) for point in points]
    except (TypeError, ValueError, IndexError, KeyError) as error:
        raise BoundaryError("a coordinate is not a pair of numbers") from error
    if not all(map(math.isfinite, longitudes + latitudes)):
        raise BoundaryError("a coordinate is not a finite number")
    west, east, south, north = min(longitudes), max(longitudes), min(latitudes), max(latitudes)
    shrink = math.cos(math.radians((north + south) / 2))
    span = (east - west) * shrink
    if span <= 0 or north <= south:
        raise BoundaryError("the shapes have no extent")
    scale = WIDTH / span

    def project(point):
        return round((float(point[0]) - west) * shrink * scale, 1), round((north - float(point[1])) * scale, 1)

    paths, labels = {}, {}
    for code, ring_list in rings.items():
        parts, largest = [], None
        for ring in ring_list:
            projected = []
            for point in map(project, ring):
                if not projected or math.dist(projected[-1], point) >= MIN_STEP:
                    projected.append(point)
            if len(projected) < 3:
                continue
            parts.append("M" + "L".join(f"{svg_number(x)} {svg_number(y)}" for x, y in projected) + "Z")
            xs, ys = [x for x, _y in projected], [y for _x, y in projected]
            extent = (max(xs) - min(xs)) * (max(ys) - min(ys))
            if largest is None or extent > largest[0]:
                largest = (extent, (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        if largest is None:
            raise BoundaryError(f"the boundary of {code} has fewer than three points")
        paths[code] = "".join(parts)
        labels[code] = (largest[1], largest[2])
    return Shapes(paths=paths, labels=labels, width=svg_number(WIDTH), height=svg_number((north - south) * scale))


@lru_cache(maxsize=4)
def _shapes_from_file(path, modified, code_property):
    """The shapes, or the BoundaryError that says why there are none: a failure is kept too,
    so a broken file is read once per change, not on every page."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        return BoundaryError(f"the file cannot be read as JSON ({error})")
    try:
        return shapes_of(data, code_property)
    except BoundaryError as error:
        return error


def configured_shapes():
    """The shapes of the configured file (read once per change of the file), or None when no
    file is configured. Raises BoundaryError for a file that cannot draw the map."""
    path = getattr(settings, "COVERAGE_BOUNDARIES_GEOJSON", "")
    if not path:
        return None
    try:
        modified = Path(path).stat().st_mtime_ns
    except OSError as error:
        raise BoundaryError(f"{path} cannot be opened ({error.strerror})") from error
    shapes = _shapes_from_file(str(path), modified, settings.COVERAGE_BOUNDARIES_CODE_PROPERTY)
    if isinstance(shapes, BoundaryError):
        raise shapes
    return shapes


def boundary_map(rows):
    """The regions as shapes to draw, or None for the tile map (no file, or one that cannot draw)."""
    try:
        shapes = configured_shapes()
    except BoundaryError:
        return None
    if shapes is None:
        return None
    shading = Shading(row["coverage"] for row in rows if row["code"] in shapes.paths)
    regions = []
    for row in rows:
        if row["code"] not in shapes.paths:
            continue
        fill, text = shading.of(row["coverage"])
        short, squeeze = label_of(row["code"])
        x, y = shapes.labels[row["code"]]
        regions.append(
            {
                **row,
                "d": shapes.paths[row["code"]],
                "label_x": svg_number(x),
                "code_y": svg_number(y - 4),
                "value_y": svg_number(y + 18),
                "fill": fill,
                "text": text,
                "short": short,
                "squeeze": squeeze,
            }
        )
    return {
        "regions": regions,
        "width": shapes.width,
        "height": shapes.height,
        "shaped": True,
        "legend": shading.legend(),
    }
