"""Settings shared by every environment; each value can come from the environment."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _
from wagtail.embeds.oembed_providers import vimeo, youtube

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "lms",
    "courses",
    "quizzes",
    "certificates",
    "cascade",
    "coverage",
    "privacy",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.apps.LmsUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Change logs of people, roles, regions, certificates, contacts and keys (privacy/changelog.py).
    "auditlog",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # runserver serves static files through WhiteNoise, so the H5P origin's rules hold in development too.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # allauth.mfa's passkey list loads the humanize template tags.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Permissions-Policy on every answer, static files and the H5P origin's included.
    "lms.headers.PermissionsPolicyMiddleware",
    # Before WhiteNoise: on the H5P origin only the player's static files are served.
    "courses.h5p.middleware.H5POriginMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise, so static files keep their long cache; both leave the H5P origin alone.
    "lms.headers.ContentSecurityPolicyMiddleware",
    "lms.headers.PersonalDataCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After authentication and messages: staff enrol a second factor before anything else, and their
    # sessions end after a working day without a request (lms/mfa.py).
    "lms.mfa.StaffSecurityMiddleware",
    # After the second factor: a person who must agree to the privacy notice (asked at sign-in) is sent
    # to the consent page first (privacy/middleware.py).
    "privacy.middleware.ConsentRequiredMiddleware",
    # After authentication: the change logs name who made each change, and from where (privacy/changelog.py).
    "privacy.changelog.ChangeLogActorMiddleware",
    # The admin's reports (site history...) refused on the server to trainers (courses/admin_access.py).
    "courses.admin_access.AdminReportsMiddleware",
    # An empty 405 becomes a page of the site in the person's language (lms/refusals.py).
    "lms.refusals.RefusalPageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Change logs (privacy/changelog.py): rows loaded raw (fixtures, a test database's snapshot put back)
# are not changes anyone made.
AUDITLOG_DISABLE_ON_RAW_SAVE = True

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lms.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Take the write lock when a transaction starts, and wait for it, so that two requests at
    # once (a double click) queue instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "lms.User"
# allauth's backend alone (it is Django's ModelBackend, with email login): one way to check a password.
AUTHENTICATION_BACKENDS = [
    # allauth's, which also loads whether the person holds a staff role (lms.requires_mfa, no query).
    "lms.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "full_name")},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts: django-allauth, email is the login and must be verified.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_ADAPTER = "lms.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
# Signup must say plainly that an email is already registered, so enumeration protection is off.
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# The profile questions (lms.forms) and consent to the privacy notice, saved with the account in one
# transaction (privacy/forms.py, privacy/signup.py).
ACCOUNT_SIGNUP_FORM_CLASS = "privacy.forms.ConsentSignupForm"
ACCOUNT_FORMS = {"signup": "privacy.signup.SignupForm"}
ACCOUNT_LOGIN_BY_CODE_ENABLED = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "https")

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Languages: Kazakh is the state language and the default.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The project's catalogues win over the vendor ones; locale_vendor/wagtail/ is Kazakh for the Wagtail admin
# (Wagtail ships none), locale_vendor/ Kazakh for allauth and the Django messages its kk catalogue lacks.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_vendor", BASE_DIR / "locale_vendor" / "wagtail"]
FORMAT_MODULE_PATH = ["lms.formats"]  # Kazakh dates and numbers; Django has none for kk
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Almaty")
LANGUAGE_COOKIE_NAME = "lms_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    PROJECT_DIR / "static",
    # The H5P player from npm (dist files and licence texts), installed by `make run` / `make test`.
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Extracted H5P packages: never under MEDIA_URL, served only on the H5P origin.
    "h5p": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": Path(os.environ.get("H5P_ROOT", BASE_DIR / "h5p-content")), "base_url": None},
    },
    # Rendered certificate PDFs: private, served only to their holder through a view.
    "certificates": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": Path(os.environ.get("CERTIFICATES_ROOT", BASE_DIR / "certificate-files")),
            "base_url": None,
        },
    },
}
# The certificate font: Noto Sans from npm (@fontsource/noto-sans), with every Kazakh letter.
CERTIFICATE_FONT_DIR = BASE_DIR / "node_modules" / "@fontsource" / "noto-sans" / "files"
# Where the merged certificate font is built once (a folder of this application's own).
CERTIFICATE_FONT_CACHE = Path(os.environ.get("CERTIFICATE_FONT_CACHE", BASE_DIR / ".cache" / "fonts"))
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# H5P content plays on its own origin, which sets no cookies and may be framed only by the
# platform's origins (see courses/h5p/middleware.py). Both are full origins: scheme://host[:port].
H5P_ORIGIN = os.environ.get("H5P_ORIGIN", "")
PLATFORM_ORIGINS = env_list("PLATFORM_ORIGINS") or CSRF_TRUSTED_ORIGINS
# How many proxies in front of the application append to X-Forwarded-For: rate limits count the
# address they received the request from. 0 (no proxy): the connection's own address.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Official boundaries for the national map (coverage/boundaries.py); the schematic tiles without.
COVERAGE_BOUNDARIES_GEOJSON = os.environ.get("COVERAGE_BOUNDARIES_GEOJSON", "")
COVERAGE_BOUNDARIES_CODE_PROPERTY = os.environ.get("COVERAGE_BOUNDARIES_CODE_PROPERTY", "iso_3166_2")
# Limits on an uploaded package; a setting may lower or raise any of them.
H5P_LIMITS: dict[str, int] = {}  # names of courses.h5p.rules.Limits

# Background work: django-tasks, with the database backend and worker.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Wagtail
WAGTAIL_SITE_NAME = _("Child protection training")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
# Pages restricted to signed-in people send visitors to allauth's sign-in page, like everything else.
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]
# The admin's time zones are Kazakhstan's (one offset, UTC+5, since March 2024), not the world's 600.
WAGTAIL_USER_TIME_ZONES = [
    "Asia/Almaty",
    "Asia/Aqtau",
    "Asia/Aqtobe",
    "Asia/Atyrau",
    "Asia/Oral",
    "Asia/Qostanay",
    "Asia/Qyzylorda",
]
# One text search configuration for titles in kk, ru and en: on PostgreSQL "simple" lowercases every
# word and keeps it, where the server's default (usually English) would stem and drop words by English
# rules. Index entries are written by background tasks; `load_demo` writes the demo's at once.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Every download goes through Wagtail's serve view, where signing in and collection privacy are
# checked (courses/wagtail_hooks.py); no /media/documents/ address is handed out.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_PASSWORD_RESET_ENABLED = False
# The email (the login) and the password change on allauth's pages only, where a new address is
# confirmed before it counts and a password change is rate-limited; the admin's
# account page would save either at once.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# No avatars from an outside service: the platform loads nothing from other hosts.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the admin ask releases.wagtail.org for a new version (connect-src is 'self').
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Sessions: learners and trainers stay signed in for 30 days; staff sessions end after 8 hours
# without a request (STAFF_SESSION_IDLE_SECONDS, renewed by lms.mfa.StaffSecurityMiddleware).
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(30 * 24 * 60 * 60)))
STAFF_SESSION_IDLE_SECONDS = int(os.environ.get("STAFF_SESSION_IDLE_SECONDS", str(8 * 60 * 60)))

# Second factor (allauth.mfa): an authenticator app (TOTP) with recovery codes, or a passkey /
# security key (WebAuthn). Staff roles must enrol one (lms.permissions.requires_mfa); others may.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_TOTP_ISSUER = os.environ.get("MFA_TOTP_ISSUER", "Qorgau")
# No tolerance beyond the current 30-second period: allauth remembers a used code for one period
# only, so a wider window would let a code seen over someone's shoulder be used again.
# Passkeys are a second factor after the password; there is one way to sign in.
MFA_PASSKEY_LOGIN_ENABLED = False
MFA_TRUST_ENABLED = False
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = env_bool("MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN", False)

# --- Personal data: the privacy notice (privacy/notice_views.py) shows where to write about one's data.
PRIVACY_CONTACT_EMAIL = os.environ.get("PRIVACY_CONTACT_EMAIL", "")

# --- Personal data: retention (privacy/retention.py, applied by the nightly upkeep; docs/personal-data.md) ---
# How long, in days, the platform keeps what it no longer needs. Each can be set from the environment.
PRIVACY_RETENTION = {
    # An account whose address was never confirmed: allauth's link is valid three days and signing in
    # sends a new one, so a week leaves time to find the message; nothing was consented to beyond signup.
    "unconfirmed_signup_days": int(os.environ.get("PRIVACY_UNCONFIRMED_SIGNUP_DAYS", "7")),
    # An account nobody signed in to for three years: a certificate is valid 24 months, and a teacher
    # has a year after it lapses to come back and renew it before their account is erased.
    "inactive_account_days": int(os.environ.get("PRIVACY_INACTIVE_ACCOUNT_DAYS", str(3 * 365))),
    # The warning email goes this long before the erasure; signing in meanwhile keeps the account.
    "inactive_warning_days": int(os.environ.get("PRIVACY_INACTIVE_WARNING_DAYS", "30")),
    # Who accessed whose data: kept five years, longer than the inactivity period (a returning person
    # still sees the accesses of their last active years) and than the Civil Code's general
    # three-year limitation period, within which a person may ask and claim about a wrongful access.
    "audit_days": int(os.environ.get("PRIVACY_AUDIT_DAYS", str(5 * 365))),
    # Finished background tasks (their arguments and results name people): operational only, kept a
    # month to look into a failure.
    "task_result_days": int(os.environ.get("PRIVACY_TASK_RESULT_DAYS", "30")),
}
# A person's own erasure request waits this long (they may cancel it) before the nightly upkeep
# carries it out (privacy/services.py).
PRIVACY_ERASURE_GRACE_DAYS = int(os.environ.get("PRIVACY_ERASURE_GRACE_DAYS", "14"))

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
# A failed CSRF check is a page of the site in the person's language, not Django's English one.
CSRF_FAILURE_VIEW = "lms.views.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp) of the platform's pages: scripts and styles from the
# platform's own files, or inline with the request's nonce; the H5P origin (frame-src) and the
# admin's additions are chosen per request in lms/headers.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],  # data: for the TOTP QR code
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
# Permissions-Policy: nothing a lesson or a dashboard needs is a device. Passkeys (WebAuthn) are
# the platform's own; fullscreen also goes to the H5P origin (added in lms/headers.py).
# Video links in lessons (courses.blocks.VideoBlock) come from these services only: Wagtail finds
# their player through oEmbed, and the lesson frames it from the origins below (frame-src, and
# fullscreen and picture-in-picture in the Permissions-Policy, added in lms/headers.py).
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}]
VIDEO_EMBED_ORIGINS = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
PERMISSIONS_POLICY = {
    **{
        feature: []
        for feature in (
            "accelerometer",
            "autoplay",
            "browsing-topics",
            "camera",
            "display-capture",
            "encrypted-media",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "interest-cohort",
            "local-fonts",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "picture-in-picture",
            "screen-wake-lock",
            "serial",
            "usb",
            "window-management",
            "xr-spatial-tracking",
        )
    },
    "fullscreen": ["self"],
    "publickey-credentials-create": ["self"],
    "publickey-credentials-get": ["self"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # One line per background task is noise; failures are still logged as warnings.
    # WeasyPrint narrates every step of a render at INFO.
    "loggers": {"django_tasks": {"level": "WARNING"}, "weasyprint": {"level": "WARNING"}},
}
# Keep an erased person's name in the staff-only certificate register, where the ministry must keep
# it (docs/personal-data.md); the public verification page never shows an erased name either way.
PRIVACY_KEEP_CERTIFICATE_REGISTER = os.environ.get("PRIVACY_KEEP_CERTIFICATE_REGISTER", "") == "1"
