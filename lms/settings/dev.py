"""Development: debug on, console email, a fixed non-secret key."""

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, env_bool, env_list, os

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-used-in-production"
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
ALLOWED_HOSTS = ALLOWED_HOSTS + [".localhost"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Passkeys on http://localhost (browsers treat it as a secure context).
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = env_bool("MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN", True)

# Another host name on the same server plays H5P content: browsers resolve *.localhost to this machine.
H5P_ORIGIN = os.environ.get("H5P_ORIGIN", "http://h5p.localhost:8000")
PLATFORM_ORIGINS = env_list("PLATFORM_ORIGINS", "http://localhost:8000,http://127.0.0.1:8000")
