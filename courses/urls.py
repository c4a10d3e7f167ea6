from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning_view, name="my_learning"),
    path("catalogue/", views.catalogue_redirect_view, name="catalogue"),
    path(
        "courses/<int:course_id>/lessons/<int:lesson_id>/complete/",
        views.lesson_complete_view,
        name="lesson_complete",
    ),
]
