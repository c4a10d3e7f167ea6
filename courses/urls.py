from django.urls import path

import lms.converters  # noqa: F401 - registers the <dbid:…> and <pageid:…> converters
from courses import views
from courses.h5p import views as h5p_views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning_view, name="my_learning"),
    path("catalogue/", views.catalogue_redirect_view, name="catalogue"),
    path(
        "courses/<pageid:course_id>/lessons/<pageid:lesson_id>/complete/",
        views.lesson_complete_view,
        name="lesson_complete",
    ),
    path("h5p/results/", h5p_views.attempt_record_view, name="h5p_result"),
    path("h5p/licences/", h5p_views.licences_view, name="h5p_licences"),
]
