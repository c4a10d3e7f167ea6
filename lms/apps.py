from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Platform")
    default_auto_field = "django.db.models.BigAutoField"


class LmsUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our user's profile fields."""

    user_viewset = "lms.admin_users.UserViewSet"
