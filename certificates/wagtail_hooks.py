"""Admin wiring: the certificate register, for ministry analysts and superusers."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from certificates.admin_views import CertificatePermissionPolicy, CertificateViewSet
from certificates.models import Certificate

register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


@hooks.register("register_admin_viewset")
def register_certificate_register():
    return CertificateViewSet()
