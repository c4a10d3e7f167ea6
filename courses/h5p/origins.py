"""The two origins: the platform's, and the H5P origin that plays packages.

Origins are compared as a browser writes them (lower case, no default port), so a setting written
as "https://H5P.example.kz:443" still matches the `origin` of the messages the player sends.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import split_domain_port
from django.utils.translation import get_language

DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_origin(url):
    """scheme://host[:port] of a URL as a browser writes an origin, or "" when it names none."""
    parts = urlsplit((url or "").strip())
    try:
        port = parts.port
    except ValueError:
        return ""
    scheme, host = parts.scheme.lower(), (parts.hostname or "").rstrip(".")
    if scheme not in DEFAULT_PORTS or not host:
        return ""
    host = f"[{host}]" if ":" in host else host
    return f"{scheme}://{host}" + (f":{port}" if port and port != DEFAULT_PORTS[scheme] else "")


def hostname_of(origin):
    return (urlsplit(origin).hostname or "").rstrip(".")


def h5p_origin():
    return normalise_origin(settings.H5P_ORIGIN)


def platform_origins():
    return [origin for origin in map(normalise_origin, settings.PLATFORM_ORIGINS) if origin]


def is_h5p_request(request):
    """A request for the H5P host name, on any port: cookies do not tell ports apart, so neither does this."""
    origin = h5p_origin()
    return bool(origin) and split_domain_port(request.get_host())[0] == hostname_of(origin)


def player_url(content_hash):
    """Where the lesson page frames a package's player, or None when no H5P origin is set."""
    origin = h5p_origin()
    if not origin:
        return None
    return f"{origin}/play/{content_hash}/?lang={(get_language() or settings.LANGUAGE_CODE)[:2]}"
