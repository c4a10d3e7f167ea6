"""The short link printed on a certificate (/v/KZ-7ACD-9QTX): outside the language prefixes, so
that it stays short; it leads to the verification page in the certificate's language."""

from django.urls import re_path

from certificates import verify_views

urlpatterns = [
    # Any case, with or without the dashes and a final slash, as people type from paper.
    re_path(r"^(?P<code>[A-Za-z0-9-]{1,24})/?$", verify_views.short_code_view, name="certificate_short"),
]
