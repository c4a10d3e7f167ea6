"""System checks of the coverage app."""

from django.core.checks import Warning, register

from coverage.boundaries import BoundaryError, configured_shapes


@register()
def boundaries_drawable(app_configs, **kwargs):
    try:
        configured_shapes()
    except BoundaryError as error:
        return [
            Warning(
                f"The boundaries in COVERAGE_BOUNDARIES_GEOJSON cannot draw the national map: {error}. "
                "The dashboard shows the schematic tile map meanwhile.",
                hint="Give one Polygon or MultiPolygon feature per region, with its ISO 3166-2 code "
                "(KZ-10 ... KZ-79) in the property COVERAGE_BOUNDARIES_CODE_PROPERTY.",
                id="coverage.W001",
            )
        ]
    return []
