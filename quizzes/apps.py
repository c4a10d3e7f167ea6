from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.completion import register_completion_rule
        from courses.extensions import register_course_section, register_course_start
        from lms.demo.registry import register_demo_loader
        from quizzes import selectors
        from quizzes.demo.registration import load_demo_quizzes

        register_completion_rule(selectors.final_assessments_passed)
        register_course_section(selectors.course_section)
        register_course_start(selectors.course_start)
        register_demo_loader("quizzes", load_demo_quizzes)
