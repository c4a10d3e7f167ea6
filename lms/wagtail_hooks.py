"""Admin wiring of the platform's own models: the regional targets and the regional coordinators'
assigned regions, for ministry analysts; the user admin's bulk delete, which keeps record holders, and its
bulk role assignment, which logs each change of roles."""

from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from lms import admin_coordinators, permissions
from lms.admin_policies import RulePermissionPolicy
from lms.admin_regions import RegionViewSet
from lms.admin_users import RecordedSetActiveStateBulkAction, RecordedUserDeleteBulkAction, UserAssignRoleBulkAction
from lms.audit import may_search_accesses
from lms.models import Region

# View and change the targets for analysts and superusers; no region is added or deleted.
register_permission_policy(
    Region, RulePermissionPolicy(Region, actions={"view", "change"}, rule=permissions.can_set_targets)
)


@hooks.register("register_admin_viewset")
def register_regional_targets():
    return RegionViewSet()


@hooks.register("register_admin_urls")
def register_coordinator_urls():
    return [
        path(
            "coordinators/",
            include((admin_coordinators.urlpatterns(), "lms_coordinators"), namespace="lms_coordinators"),
        )
    ]


class CoordinatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.can_assign_coordinators(request.user)


@hooks.register("register_admin_menu_item")
def register_coordinators_menu_item():
    return CoordinatorsMenuItem(
        _("Regional coordinators"), reverse("lms_coordinators:index"), icon_name="group", order=265
    )


class AccessSearchMenuItem(MenuItem):
    def is_shown(self, request):
        return may_search_accesses(request.user)


# Beside "Regional coordinators" (the Reports menu is for editors and reviewers only, courses.wagtail_hooks):
# the search of the personal-data audit trail. It is a page of the site (lms/audit_views.py), not of the
# admin, because regional coordinators search it too and they do not use the admin.
@hooks.register("register_admin_menu_item")
def register_access_search_menu_item():
    return AccessSearchMenuItem(
        _("Accesses to personal data"), reverse_lazy("audit_search"), icon_name="view", order=266
    )


# After Wagtail's own (order 1): replace its bulk delete and role assignment of users, and record the
# people every bulk action's confirmation page lists (lms.admin_users.PeopleListedMixin).
hooks.register("register_bulk_action", RecordedUserDeleteBulkAction, order=1)
hooks.register("register_bulk_action", UserAssignRoleBulkAction, order=1)
hooks.register("register_bulk_action", RecordedSetActiveStateBulkAction, order=1)
