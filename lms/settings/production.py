"""Production: every secret from the environment, HTTPS, hashed static files."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, STORAGES, env_bool, os

if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")

DEBUG = False
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# "__Host-" cookies cannot be set by another host name, such as the H5P origin's scripts on a sibling
# subdomain (cookie tossing), and are never sent to one.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
LANGUAGE_COOKIE_NAME = "__Host-lms_language"

# The H5P origin is another host name served by this same application.
H5P_ORIGIN = os.environ.get("H5P_ORIGIN", "")
if H5P_ORIGIN:
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, urlsplit(H5P_ORIGIN).hostname]

# Counters that must be shared by every worker process (rate limits): in the database, whose
# table `manage.py createcachetable` makes at release.
# Counting is read-then-write there, so a burst of parallel requests may count a few less: a
# limit against guessing, not an exact meter. Enough entries that culling never drops live counts.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "lms_cache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
}
