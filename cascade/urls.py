from django.urls import path

from cascade import views

app_name = "cascade"

urlpatterns = [
    path("join/", views.join_code_view, name="join_code"),
    path("join/<str:code>/", views.join_view, name="join"),
    path("groups/", views.my_cohorts_view, name="mine"),
    path("groups/new/", views.cohort_new_view, name="new"),
    path("groups/<int:cohort_id>/", views.cohort_view, name="cohort"),
    path("groups/<int:cohort_id>/close/", views.cohort_close_view, name="close"),
]
