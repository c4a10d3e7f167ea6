"""Counting requests per client address and minute, for pages that must not be guessed at.

The counts live in the default cache: per process in development and tests, in the database in
production (every worker sees the same counts). Behind proxies, the client's address is the one
the outermost trusted proxy saw: TRUSTED_PROXY_COUNT entries from the right of X-Forwarded-For,
which a client cannot forge because the proxies append to it.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


def client_address(request):
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


def _key(request, scope):
    return f"ratelimit:{scope}:{client_address(request)}:{int(timezone.now().timestamp() // 60)}"


def limit_reached(request, *, scope, per_minute):
    """True when the address has already been counted `per_minute` times this minute (counts nothing)."""
    return (cache.get(_key(request, scope)) or 0) >= per_minute


def over_the_limit(request, *, scope, per_minute):
    """Count this request; True when the address has made more than `per_minute` in this minute."""
    key = _key(request, scope)
    if cache.add(key, 1, timeout=90):
        return False
    try:
        return cache.incr(key) > per_minute
    except ValueError:  # the key expired between add and incr
        cache.add(key, 1, timeout=90)
        return False
