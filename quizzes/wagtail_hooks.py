"""Admin wiring: a quiz page's menu links to its per-question statistics."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from lms import permissions
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
