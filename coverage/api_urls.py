from django.urls import path

from coverage import data_views

app_name = "coverage_api"

urlpatterns = [
    path("", data_views.api_view, name="index"),
    path("<slug:slug>/", data_views.api_view, name="table"),
]
