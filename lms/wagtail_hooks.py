"""Admin wiring of the platform's own models: the regional targets, for ministry analysts."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from lms import permissions
from lms.admin_policies import RulePermissionPolicy
from lms.admin_regions import RegionViewSet
from lms.models import Region

# View and change the targets for analysts and superusers; no region is added or deleted.
register_permission_policy(
    Region, RulePermissionPolicy(Region, actions={"view", "change"}, rule=permissions.can_set_targets)
)


@hooks.register("register_admin_viewset")
def register_regional_targets():
    return RegionViewSet()
