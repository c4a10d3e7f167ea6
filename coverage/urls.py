from django.urls import path

import lms.converters  # noqa: F401 - registers the <dbid:…> and <pageid:…> converters
from coverage import data_views, key_views, views

app_name = "coverage"

urlpatterns = [
    path("", views.national_view, name="national"),
    path("regions/<str:code>/", views.region_view, name="region"),
    path("cascade/", views.cascade_view, name="cascade"),
    path("export/<slug:slug>.<str:extension>", data_views.export_view, name="export"),
    path("api-keys/", key_views.api_keys_view, name="api_keys"),
    path("api-keys/<dbid:token_id>/stop/", key_views.api_key_revoke_view, name="api_key_revoke"),
]
