from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CascadeConfig(AppConfig):
    name = "cascade"
    verbose_name = _("Cascade")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cascade.selectors import cohort_lineage
        from certificates.lineage import register_lineage_provider

        register_lineage_provider(cohort_lineage)
