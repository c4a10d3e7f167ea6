"""Counting requests per client address and minute, for pages that must not be guessed at.

The counts live in the default cache: per process in development and tests, in the database in
production (every worker sees the same counts). Behind proxies, the client's address is the one
the outermost trusted proxy saw: TRUSTED_PROXY_COUNT entries from the right of X-Forwarded-For,
which a client cannot forge because the proxies append to it.

An IPv6 client is counted by its /64 network, not its address: a home or mobile connection is
given a whole /64 and can take a new address from it for every request, so counting addresses
would let one phone guess without limit.
"""

import ipaddress

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


def counted_as(address):
    """What the limits count for a client address: an IPv4 address itself (also when written as
    IPv6, ::ffff:a.b.c.d), an IPv6 address's /64 network; anything unreadable as it is."""
    try:
        parsed = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def _key(request, scope):
    return f"ratelimit:{scope}:{counted_as(client_address(request))}:{int(timezone.now().timestamp() // 60)}"


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
