from django.urls import path, re_path

import lms.converters  # noqa: F401 - registers the <dbid:…> and <pageid:…> converters
from certificates import bulk_views, verify_views, views

app_name = "certificates"

urlpatterns = [
    path("", views.my_certificates_view, name="mine"),
    path("<dbid:certificate_id>/pdf/", views.download_view, name="download"),
    path("<dbid:certificate_id>/renew/", views.renew_view, name="renew"),
    path("regions/", bulk_views.regions_view, name="bulk"),
    # ISO 3166-2:KZ codes only (KZ-10, KZ-ALA…): anything else is not found before any lookup.
    re_path(r"^regions/(?P<code>KZ-[0-9A-Z]{2,3})\.zip$", bulk_views.region_zip_view, name="region_zip"),
    path("verify/", verify_views.verify_code_view, name="verify_code"),
    path("verify/<str:token>/", verify_views.verify_view, name="verify"),
]
