from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses import navigation
        from courses.demo.registration import load_demo_courses
        from courses.h5p import (
            checks,  # noqa: F401  (registers the H5P origin check)
            cleanup,  # noqa: F401  (removes a deleted package's files)
        )
        from lms.demo.registry import register_demo_loader
        from lms.navigation import register_home_cards, register_navigation

        register_navigation(navigation.navigation)
        register_home_cards(navigation.home_cards)
        register_demo_loader("courses", load_demo_courses)
