from django.urls import path

import lms.converters  # noqa: F401 - registers the <dbid:…> and <pageid:…> converters
from cascade import cohort_views, import_views, roster_views, session_views, tree_views, views

app_name = "cascade"

urlpatterns = [
    path("join/", views.join_code_view, name="join_code"),
    path("join/<str:code>/", views.join_view, name="join"),
    path("groups/", views.my_cohorts_view, name="mine"),
    path("groups/new/", views.cohort_new_view, name="new"),
    path("groups/<dbid:cohort_id>/", cohort_views.cohort_view, name="cohort"),
    path("groups/<dbid:cohort_id>/close/", cohort_views.cohort_close_view, name="close"),
    path("groups/<dbid:cohort_id>/reopen/", cohort_views.cohort_reopen_view, name="reopen"),
    path("groups/<dbid:cohort_id>/sessions/", session_views.session_add_view, name="session_add"),
    path(
        "groups/<dbid:cohort_id>/sessions/<dbid:session_id>/edit/",
        session_views.session_edit_view,
        name="session_edit",
    ),
    path(
        "groups/<dbid:cohort_id>/sessions/<dbid:session_id>/delete/",
        session_views.session_delete_view,
        name="session_delete",
    ),
    path("groups/<dbid:cohort_id>/sessions/<dbid:session_id>/", cohort_views.attendance_view, name="attendance"),
    path("groups/<dbid:cohort_id>/remind/", cohort_views.remind_view, name="remind"),
    path("groups/<dbid:cohort_id>/roster/", roster_views.roster_view, name="roster"),
    path("groups/<dbid:cohort_id>/roster.csv", roster_views.roster_csv_view, name="roster_csv"),
    path("groups/<dbid:cohort_id>/certificates.zip", roster_views.cohort_zip_view, name="cohort_zip"),
    path("groups/<dbid:cohort_id>/trainees/<dbid:user_id>/", roster_views.trainee_view, name="trainee"),
    path("cascade/", tree_views.my_cascade_view, name="tree"),
    path("regions/", tree_views.cohorts_view, name="cohorts"),
    path("master-trainers/import/", import_views.import_view, name="import"),
]
