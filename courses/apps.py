from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django's own wiring stays here: a system check and signal receivers. The hooks
        # between the apps are registered in courses/wagtail_hooks.py (docs/architecture.md §4).
        from courses import signals  # noqa: F401  (learners' progress follows a course's changes)
        from courses.h5p import (
            checks,  # noqa: F401  (registers the H5P origin check)
            cleanup,  # noqa: F401  (removes a deleted package's files)
        )
