"""The admin's account page without Wagtail's first-name and last-name panel: a person's name here is
one full name, written as on a certificate and edited on the site's profile (lms/validators.py).
Wagtail's panel required a first and a last name that the platform never fills, so no preference
(the admin's language among them) could be saved."""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.account import AccountView, NameEmailSettingsPanel


class AdminAccountView(AccountView):
    def get_panels(self):
        return [panel for panel in super().get_panels() if not isinstance(panel, NameEmailSettingsPanel)]


admin_account = require_admin_access(AdminAccountView.as_view())
