"""Admin wiring: the certificate register, for ministry analysts and superusers."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from certificates import navigation, personal_erase, personal_export
from certificates.admin_views import CertificateViewSet
from certificates.links import verify_url
from certificates.models import Certificate
from certificates.services import certificate_issue, certificates_rename
from courses.hooks import COURSE_CERTIFICATE, COURSE_COMPLETED
from lms import permissions
from lms.admin_policies import RulePermissionPolicy
from lms.hooks import HEADER_LINKS, HOME_CARDS, NAME_CHANGED, PERSONAL_DATA, PERSONAL_DATA_ERASE

# View and revoke for analysts and superusers; add, change and delete for nobody.
register_permission_policy(
    Certificate,
    RulePermissionPolicy(Certificate, actions={"view", "revoke"}, rule=permissions.can_revoke_certificates),
)


@hooks.register("register_admin_viewset")
def register_certificate_register():
    return CertificateViewSet()


def course_certificate(*, enrollment):
    """The certificate of a completed enrolment's round for its holder (one query): ready with its
    PDF and the page to share, or not there yet (it will appear in My certificates); None when it
    was revoked."""
    certificate = Certificate.objects.filter(
        user_id=enrollment.user_id, course_key=enrollment.course_key, number=enrollment.cycle
    ).first()
    mine_url = reverse("certificates:mine")
    if certificate is None:
        return {"ready": False, "mine_url": mine_url}
    if certificate.status == Certificate.Status.REVOKED:
        return None
    return {
        "ready": True,
        # Past its date (the daily task may not have marked it yet): no longer "ready", renewed from mine_url.
        "expired": certificate.status_on(timezone.localdate()) == Certificate.Status.EXPIRED,
        "mine_url": mine_url,
        "download_url": reverse("certificates:download", kwargs={"certificate_id": certificate.pk}),
        "share_url": verify_url(certificate),
        "title": certificate.course_title((get_language() or certificate.language)[:2]),
        "short_code": certificate.short_code,
    }


# Hooks between the apps (docs/architecture.md §4). `order` is the app's place in INSTALLED_APPS
# times ten, so header links and home cards follow the apps' order.
hooks.register(COURSE_COMPLETED, certificate_issue)
hooks.register(COURSE_CERTIFICATE, course_certificate, order=40)
hooks.register(HEADER_LINKS, navigation.navigation, order=40)
hooks.register(HOME_CARDS, navigation.home_cards, order=40)

# Personal data: "My data" and erasure (privacy; lms.hooks).
hooks.register(PERSONAL_DATA, personal_export.personal_data, order=40)
hooks.register(NAME_CHANGED, certificates_rename)  # a corrected name, carried onto the certificates
hooks.register(PERSONAL_DATA_ERASE, personal_erase.personal_data_erase, order=40)
