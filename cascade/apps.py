from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CascadeConfig(AppConfig):
    """The hooks the cascade provides to other apps are registered in cascade/wagtail_hooks.py."""

    name = "cascade"
    verbose_name = _("Cascade")
    default_auto_field = "django.db.models.BigAutoField"
