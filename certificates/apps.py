from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django's system check stays here; the hooks between the apps are registered in
        # certificates/wagtail_hooks.py (docs/architecture.md §4).
        from certificates import checks  # noqa: F401  (registers the font check)
