from django.urls import path

from coverage import data_views, views

app_name = "coverage"

urlpatterns = [
    path("", views.national_view, name="national"),
    path("regions/<str:code>/", views.region_view, name="region"),
    path("cascade/", views.cascade_view, name="cascade"),
    path("export/<slug:slug>.<str:extension>", data_views.export_view, name="export"),
]
