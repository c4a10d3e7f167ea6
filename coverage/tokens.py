"""API tokens: made once and shown once, stored only as their SHA-256."""

import hashlib
import secrets

from django.utils import timezone

from coverage.models import ApiToken

PREFIX = "cov_"


def key_hash(key):
    return hashlib.sha256(key.encode()).hexdigest()


def api_token_create(*, user, name):
    """Make a token for `user`; returns (token, key). The key is not kept anywhere."""
    key = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name[:100], key_hash=key_hash(key))
    return token, key


def user_of_key(key):
    """The active user a key belongs to, or None (an unknown, revoked or malformed key)."""
    if not key or not key.startswith(PREFIX) or len(key) > 100:
        return None
    token = (
        ApiToken.objects.filter(key_hash=key_hash(key), revoked_at__isnull=True, user__is_active=True)
        .select_related("user")
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 3600:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)  # at most once an hour
    return token.user
