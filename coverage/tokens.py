"""API tokens: made once and shown once, stored only as their SHA-256."""

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from coverage.models import ApiToken
from lms.errors import Refused
from lms.models import User

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


ACTIVE_LIMIT = 20  # keys in use at once per person: one for each system, with room to spare


class TooManyKeys(Refused):
    """The person has as many keys in use as allowed (the command `coverage_token` says it in English)."""

    def __init__(self) -> None:
        super().__init__(
            gettext("You have %(limit)s keys in use: stop one you no longer need first.") % {"limit": ACTIVE_LIMIT}
        )


def api_tokens_of(user):
    """A person's keys, newest first (one query)."""
    return list(ApiToken.objects.filter(user=user).order_by("-created_at", "-pk"))


def api_token_issue(*, user, name):
    """Make a key for the person's own use, within the limit of keys in use; returns (token, key)."""
    with transaction.atomic():
        # The person's row lock makes two quick requests count one after the other.
        User.objects.select_for_update().filter(pk=user.pk).first()
        if ApiToken.objects.filter(user=user, revoked_at__isnull=True).count() >= ACTIVE_LIMIT:
            raise TooManyKeys
        return api_token_create(user=user, name=name)


def api_token_revoke(*, user, token_id):
    """Stop one of the person's own keys; returns the token, or None if they have no such key in use."""
    updated = ApiToken.objects.filter(pk=token_id, user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
    return ApiToken.objects.filter(pk=token_id, user=user).first() if updated else None
