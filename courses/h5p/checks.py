"""System checks: H5P content must play on an origin of its own, or not at all."""

from django.core.checks import Error, Warning, register

from courses.h5p.origins import h5p_origin, origin_of, platform_origins


@register()
def h5p_origin_check(app_configs, **kwargs):
    origin = h5p_origin()
    if not origin:
        return [
            Warning(
                "H5P_ORIGIN is not set: lessons show their H5P activities as unavailable.",
                hint="Set H5P_ORIGIN to another host name served by this application, e.g. https://h5p.example.kz.",
                id="courses.W001",
            )
        ]
    if origin_of(origin) != origin.lower():
        return [Error(f"H5P_ORIGIN must be an origin (scheme://host[:port]), not {origin!r}.", id="courses.E001")]
    if origin.lower() in {item.lower() for item in platform_origins()}:
        return [
            Error(
                "H5P_ORIGIN is one of the platform's origins: package scripts could read learners' sessions.",
                hint="Serve H5P content from a host name of its own.",
                id="courses.E002",
            )
        ]
    if not platform_origins():
        return [
            Warning(
                "PLATFORM_ORIGINS is empty: no page may frame the H5P player.",
                hint="Set PLATFORM_ORIGINS (or CSRF_TRUSTED_ORIGINS) to the platform's origins.",
                id="courses.W002",
            )
        ]
    return []
