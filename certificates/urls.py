from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("", views.my_certificates_view, name="mine"),
    path("<int:certificate_id>/pdf/", views.download_view, name="download"),
    path("<int:certificate_id>/revoke/", views.revoke_view, name="revoke"),
    path("verify/", views.verify_code_view, name="verify_code"),
    path("verify/<str:token>/", views.verify_view, name="verify"),
]
