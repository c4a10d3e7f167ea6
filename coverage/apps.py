from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoverageConfig(AppConfig):
    name = "coverage"
    verbose_name = _("Coverage")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from coverage import checks, navigation, services  # noqa: F401  (checks register themselves)
        from coverage.demo import load_demo_coverage
        from lms.changes import (
            register_certificate_listener,
            register_district_listener,
            register_learner_listener,
            register_revocation_listener,
        )
        from lms.demo.registry import register_demo_loader
        from lms.navigation import register_home_cards, register_navigation

        register_learner_listener(services.learner_fact_refresh)
        register_certificate_listener(services.certificate_count)
        register_revocation_listener(services.certificate_uncount)
        register_district_listener(services.district_move)
        register_navigation(navigation.navigation)
        register_home_cards(navigation.home_cards)
        register_demo_loader("coverage", load_demo_coverage)
