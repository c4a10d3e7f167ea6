"""Admin wiring: the certificate register, for ministry analysts and superusers."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from certificates import navigation
from certificates.admin_views import CertificateViewSet
from certificates.models import Certificate
from certificates.services import certificate_issue
from courses.hooks import COURSE_COMPLETED
from lms import permissions
from lms.admin_policies import RulePermissionPolicy
from lms.hooks import HEADER_LINKS, HOME_CARDS

# View and revoke for analysts and superusers; add, change and delete for nobody.
register_permission_policy(
    Certificate,
    RulePermissionPolicy(Certificate, actions={"view", "revoke"}, rule=permissions.can_revoke_certificates),
)


@hooks.register("register_admin_viewset")
def register_certificate_register():
    return CertificateViewSet()


# Hooks between the apps (docs/architecture.md §4). `order` is the app's place in INSTALLED_APPS
# times ten, so header links and home cards follow the apps' order.
hooks.register(COURSE_COMPLETED, certificate_issue)
hooks.register(HEADER_LINKS, navigation.navigation, order=40)
hooks.register(HOME_CARDS, navigation.home_cards, order=40)
