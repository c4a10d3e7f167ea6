"""Admin wiring: a quiz page's menu links to its per-question statistics."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from courses.hooks import COURSE_COMPLETION_RULE, COURSE_FIRST_STEP, COURSE_PAGE_SECTION, COURSE_START
from lms import permissions
from lms.hooks import DEMO_LOADER, PERSONAL_DATA, PERSONAL_DATA_ERASE
from quizzes import personal_erase, personal_export, selectors
from quizzes.demo.registration import load_demo_quizzes
from quizzes.pages import QuizPage


@hooks.register("register_page_header_buttons")
def question_statistics_button(page, user, view_name, next_url=None):
    if page.specific_class is QuizPage and permissions.can_view_question_statistics(user):
        yield Button(
            _("Question statistics"),
            url=reverse("quizzes:statistics", kwargs={"page_id": page.pk}),
            icon_name="table",
            priority=80,
        )


# Hooks between the apps (docs/architecture.md §4). `order` is the app's place in INSTALLED_APPS
# times ten, so course page sections and demo data follow the apps' order.
hooks.register(COURSE_COMPLETION_RULE, selectors.final_assessments_passed)
hooks.register(COURSE_PAGE_SECTION, selectors.course_section, order=30)
hooks.register(COURSE_START, selectors.course_start, order=30)
hooks.register(COURSE_FIRST_STEP, selectors.pre_test_step, order=30)
hooks.register(DEMO_LOADER, load_demo_quizzes, order=30)

# Personal data: "My data" and erasure (privacy; lms.hooks).
hooks.register(PERSONAL_DATA, personal_export.personal_data, order=30)
hooks.register(PERSONAL_DATA_ERASE, personal_erase.personal_data_erase, order=30)
