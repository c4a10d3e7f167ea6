"""Admin wiring: the certificate register, for ministry analysts and superusers."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from certificates.admin_views import CertificateViewSet
from certificates.models import Certificate
from lms import permissions
from lms.admin_policies import RulePermissionPolicy

# View and revoke for analysts and superusers; add, change and delete for nobody.
register_permission_policy(
    Certificate,
    RulePermissionPolicy(Certificate, actions={"view", "revoke"}, rule=permissions.can_revoke_certificates),
)


@hooks.register("register_admin_viewset")
def register_certificate_register():
    return CertificateViewSet()
