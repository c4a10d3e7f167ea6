from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Personal data: the privacy notice, consent, "My data", erasure and retention.

    The last of the project's apps (docs/architecture.md §2): it may read every app above it, and
    each of them says through a hook of lms/hooks.py how its rows are exported and erased."""

    name = "privacy"
    verbose_name = _("Personal data")
    default_auto_field = "django.db.models.BigAutoField"
