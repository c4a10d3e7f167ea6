"""Tests: fast hashing, immediate tasks, in-memory email."""

from .base import *  # noqa: F403
from .base import STORAGES

SECRET_KEY = "test-only-insecure-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
ACCOUNT_RATE_LIMITS = False
ALLOWED_HOSTS = ["*"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Unpacked packages live in memory: tests leave nothing on disk.
    "h5p": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "certificates": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
H5P_ORIGIN = "http://h5p.testserver"
PLATFORM_ORIGINS = ["http://testserver"]
