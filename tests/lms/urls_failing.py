"""A URLconf with one view that fails, to show the 500 page."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

handler500 = "lms.views.server_error"


def boom(request):
    raise RuntimeError("deliberate failure for the 500 page test")


urlpatterns = i18n_patterns(path("boom/", boom))
