from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CascadeConfig(AppConfig):
    name = "cascade"
    verbose_name = _("Cascade")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cascade import navigation
        from cascade.demo.registration import load_demo_cascade
        from cascade.selectors import attendance_sufficient, cohort_lineage
        from certificates.lineage import register_lineage_provider
        from courses.completion import register_completion_rule
        from lms.demo.registry import register_demo_loader
        from lms.navigation import register_home_cards, register_navigation

        register_lineage_provider(cohort_lineage)
        register_completion_rule(attendance_sufficient)
        register_navigation(navigation.navigation)
        register_home_cards(navigation.home_cards)
        register_demo_loader("cascade", load_demo_cascade)
