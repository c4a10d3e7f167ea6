from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Personal data: the privacy notice, consent, "My data", erasure and retention.

    The last of the project's apps (docs/architecture.md §2): it may read every app above it, and
    each of them says through a hook of lms/hooks.py how its rows are exported and erased."""

    name = "privacy"
    verbose_name = _("Personal data")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django's wiring, not a hook: the change logs (django-auditlog) connect their receivers to the
        # models of every app once all are loaded (privacy/changelog.py).
        from privacy.changelog import changelog_register

        changelog_register()

        # allauth's sign-in signal: whether the person must agree to the privacy notice first
        # (privacy/sign_in.py, privacy/middleware.py).
        from allauth.account.signals import user_logged_in

        from privacy.sign_in import consent_check_at_sign_in

        user_logged_in.connect(consent_check_at_sign_in, dispatch_uid="privacy_consent_check_at_sign_in")
