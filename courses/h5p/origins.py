"""The two origins: the platform's, and the H5P origin that plays packages."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import get_language


def h5p_origin():
    return settings.H5P_ORIGIN.rstrip("/")


def platform_origins():
    return [origin.rstrip("/") for origin in settings.PLATFORM_ORIGINS]


def h5p_host():
    """The host (with port) of the H5P origin, as a request's Host header names it."""
    return urlsplit(h5p_origin()).netloc.lower()


def is_h5p_request(request):
    origin = h5p_origin()
    return bool(origin) and request.get_host().lower() == h5p_host()


def origin_of(url):
    """scheme://host[:port] of a URL, or "" when it has none."""
    parts = urlsplit(url or "")
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower()


def player_url(content_hash):
    """Where the lesson page frames a package's player, or None when no H5P origin is set."""
    origin = h5p_origin()
    if not origin:
        return None
    return f"{origin}/play/{content_hash}/?lang={(get_language() or settings.LANGUAGE_CODE)[:2]}"
