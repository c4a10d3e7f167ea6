from django.urls import path

import lms.converters  # noqa: F401 - registers the <dbid:…> and <pageid:…> converters
from quizzes import views
from quizzes.statistics_views import statistics_view

app_name = "quizzes"

urlpatterns = [
    path("attempts/<dbid:attempt_id>/", views.attempt_view, name="attempt"),
    path("attempts/<dbid:attempt_id>/answers/", views.save_answers_view, name="save_answers"),
    path("attempts/<dbid:attempt_id>/result/", views.attempt_result_view, name="result"),
    path("<pageid:page_id>/", views.quiz_view, name="quiz"),
    path("<pageid:page_id>/statistics/", statistics_view, name="statistics"),
]
