"""The whole URLconf of the H5P origin: the player and package files, nothing of the platform."""

from django.urls import path, re_path

from courses.h5p import views

urlpatterns = [
    path("play/<str:content_hash>/", views.player_view, name="h5p_player"),
    re_path(r"^content/(?P<content_hash>[0-9a-f]{64})/(?P<name>.+)$", views.package_file_view, name="h5p_file"),
]

# Each error the origin can answer has a handler of its own: Django's defaults would draw the
# platform's templates (400.html, 403.html…), which link to pages this origin does not have.
handler400 = "courses.h5p.views.bad_request"
handler403 = "courses.h5p.views.forbidden"
handler404 = "courses.h5p.views.not_found"
handler500 = "courses.h5p.views.server_error"
