from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms import audit_views, views
from lms.admin_account import admin_account

handler400 = "lms.views.bad_request"
handler403 = "lms.views.permission_denied"
handler404 = "lms.views.page_not_found"
# allauth reads this one too (its sign-in and email rate limits); Django itself has no 429 handler.
handler429 = "lms.views.too_many_requests"
handler500 = "lms.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("api/v1/coverage/", include("coverage.api_urls")),
    path("language/", views.language_switch, name="language_switch"),
    path("v/", include("certificates.short_urls")),  # the short link printed on certificates
    # One way to sign in (allauth's, with its lockout and email confirmation): Wagtail's own
    # sign-in pages send people there, before Wagtail's patterns can answer.
    path("admin/login/", views.sign_in_elsewhere, name="wagtailadmin_login"),
    # The admin's account page, without Wagtail's first/last-name panel (lms/admin_account.py).
    path("admin/account/", admin_account, name="wagtailadmin_account"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Images only: documents are downloaded through Wagtail's serve view, which checks who asks
    # (courses.wagtail_hooks); serving the whole folder would hand them to anyone.
    for folder in ("images", "original_images"):
        urlpatterns += static(f"{settings.MEDIA_URL}{folder}/", document_root=settings.MEDIA_ROOT / folder)

urlpatterns += i18n_patterns(
    path("accounts/profile/", views.profile, name="account_profile"),
    path("", include("privacy.urls")),
    path("accounts/my-data/accesses/", audit_views.my_accesses, name="my_accesses"),
    path("personal-data/accesses/", audit_views.accesses_search_view, name="audit_search"),
    path("accounts/", include("allauth.urls")),
    path("learning/", include("courses.urls")),
    path("quizzes/", include("quizzes.urls")),
    path("certificates/", include("certificates.urls")),
    path("cascade/", include("cascade.urls")),
    path("coverage/", include("coverage.urls")),
    path("_util/login/", views.sign_in_elsewhere, name="wagtailcore_login"),
    path("", wagtail_views.serve, {"path": ""}, name="home"),
    path("", include(wagtail_urls)),
)
