from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoverageConfig(AppConfig):
    name = "coverage"
    verbose_name = _("Coverage")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django's system checks stay here; the hooks between the apps are registered in
        # coverage/wagtail_hooks.py (docs/architecture.md §4).
        from coverage import checks  # noqa: F401  (registers the map boundary checks)
