"""System checks: H5P content must play on a host name of its own, or not at all."""

from django.conf import settings
from django.core.checks import Error, Warning, register

from courses.h5p.origins import h5p_origin, hostname_of, platform_origins


@register()
def h5p_origin_check(app_configs, **kwargs):
    if not settings.H5P_ORIGIN:
        return [
            Warning(
                "H5P_ORIGIN is not set: lessons show their H5P activities as unavailable.",
                hint="Set H5P_ORIGIN to another host name served by this application, e.g. https://h5p.example.kz.",
                id="courses.W001",
            )
        ]
    origin = h5p_origin()
    if not origin or origin.count("/") != 2:
        return [
            Error(
                f"H5P_ORIGIN must be an origin (http[s]://host[:port]), not {settings.H5P_ORIGIN!r}.", id="courses.E001"
            )
        ]
    h5p_host = hostname_of(origin)
    if h5p_host in {hostname_of(item) for item in platform_origins()}:
        return [
            Error(
                "H5P_ORIGIN shares its host name with the platform: package scripts could read learners' cookies.",
                hint="Serve H5P content from a host name of its own, best on a separate domain.",
                id="courses.E002",
            )
        ]
    wildcards = [item for item in settings.CSRF_TRUSTED_ORIGINS if "://*." in item]
    if any(f".{h5p_host}".endswith(item.split("://*", 1)[1]) for item in wildcards):
        return [
            Warning(
                "A wildcard in CSRF_TRUSTED_ORIGINS covers the H5P host name.",
                hint="List the platform's origins one by one, so that the H5P origin is not trusted.",
                id="courses.W003",
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
