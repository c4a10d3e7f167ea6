"""allauth's authentication backend, loading with the signed-in person whether they hold a staff role."""

from allauth.account.auth_backends import AuthenticationBackend as AllauthAuthenticationBackend
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef

from lms.permissions import STAFF_ROLES


class AuthenticationBackend(AllauthAuthenticationBackend):
    def get_user(self, user_id):
        """The user of the session, read in the one query Django makes for every request, with
        `lms_staff_role`: whether they hold a role that must use a second factor (see
        lms.permissions.requires_mfa). So the check costs no query, and a role given while
        they are signed in counts at their next request."""
        User = get_user_model()
        staff_role = User.groups.through.objects.filter(user_id=OuterRef("pk"), group__name__in=STAFF_ROLES)
        user = User._default_manager.annotate(lms_staff_role=Exists(staff_role)).filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
