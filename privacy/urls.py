"""The privacy app's addresses, inside the language prefix (lms/urls.py includes them at the
root, before allauth's `accounts/`). Each part of the app adds its own section."""

from django.urls import path  # noqa: F401

app_name = "privacy"

urlpatterns: list = [
    # --- Privacy notice and consent ---
    # --- My data ---
    # --- Erasure ---
]
