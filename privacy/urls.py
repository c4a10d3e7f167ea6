"""The privacy app's addresses, inside the language prefix (lms/urls.py includes them at the
root, before allauth's `accounts/`). Each part of the app adds its own section."""

from django.urls import path  # noqa: F401

from privacy import erase_views, my_data_views, notice_views

app_name = "privacy"

urlpatterns: list = [
    # --- Privacy notice and consent ---
    path("privacy/", notice_views.notice_view, name="notice"),
    path("privacy/versions/<int:version>/", notice_views.notice_version_view, name="notice_version"),
    path("privacy/consent/", notice_views.consent_view, name="consent"),
    # --- My data ---
    path("accounts/my-data/", my_data_views.my_data, name="my_data"),
    path("accounts/my-data/download.json", my_data_views.my_data_json, name="my_data_json"),
    path("accounts/my-data/copy/", my_data_views.my_data_copy, name="my_data_copy"),
    # --- Erasure ---
    path("accounts/my-data/erase/", erase_views.erase_view, name="erase"),
    path("accounts/my-data/erase/cancel/", erase_views.erase_cancel_view, name="erase_cancel"),
]
