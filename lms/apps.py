from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    default = True  # lms/apps.py holds other AppConfig classes: this one is the app's
    name = "lms"
    verbose_name = _("Platform")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django's system checks; the hooks lms calls are defined in lms/hooks.py.
        from lms import (
            checks,  # noqa: F401  (registers the single-provider hook check)
            stored_names,
        )

        # The workflow, task, group and collection names the project created, in the reader's language.
        stored_names.install()


class LmsUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our user's profile fields."""

    user_viewset = "lms.admin_users.UserViewSet"
    # A role's group keeps its name (lms/admin_groups.py).
    group_viewset = "lms.admin_groups.GroupViewSet"
