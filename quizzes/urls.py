from django.urls import path

from quizzes import views
from quizzes.statistics_views import statistics_view

app_name = "quizzes"

urlpatterns = [
    path("attempts/<int:attempt_id>/", views.attempt_view, name="attempt"),
    path("attempts/<int:attempt_id>/answers/", views.save_answers_view, name="save_answers"),
    path("attempts/<int:attempt_id>/result/", views.attempt_result_view, name="result"),
    path("<int:page_id>/", views.quiz_view, name="quiz"),
    path("<int:page_id>/statistics/", statistics_view, name="statistics"),
]
