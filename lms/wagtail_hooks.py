"""Admin wiring of the platform's own models: the regional targets, for ministry analysts."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from lms.admin_regions import RegionPermissionPolicy, RegionViewSet
from lms.models import Region

register_permission_policy(Region, RegionPermissionPolicy(Region))


@hooks.register("register_admin_viewset")
def register_regional_targets():
    return RegionViewSet()
