from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from certificates import checks, navigation  # noqa: F401  (checks registers the font check)
        from certificates.services import certificate_issue
        from courses.completion import register_completion_action
        from lms.navigation import register_home_cards, register_navigation

        register_completion_action(certificate_issue)
        register_navigation(navigation.navigation)
        register_home_cards(navigation.home_cards)
