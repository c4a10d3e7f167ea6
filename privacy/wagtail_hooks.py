"""The privacy app's Wagtail admin pieces and its providers of other apps' hooks.

Each part of the app registers in its own section below."""

from wagtail import hooks

from lms.hooks import NIGHTLY_UPKEEP, PERSONAL_DATA_ERASE
from privacy import admin_changelog, changelog, upkeep

# --- The nightly upkeep: erasures that are due, retention ---
hooks.register(NIGHTLY_UPKEEP, upkeep.nightly)

# --- Privacy notice and consent ---
# Versions of the notice, for ministry analysts and superusers (privacy/admin_notices.py); a person's
# consent history for superusers, from the user list (privacy/admin_consents.py); version 1 and the
# demo accounts' consent in the demo (privacy/demo.py).
from wagtail.permissions import register_permission_policy  # noqa: E402

from lms.hooks import DEMO_LOADER  # noqa: E402
from privacy import admin_consents, admin_notices  # noqa: E402
from privacy.demo import load_demo_privacy  # noqa: E402
from privacy.models import PrivacyNotice  # noqa: E402

register_permission_policy(PrivacyNotice, admin_notices.notice_permission_policy())
hooks.register("register_admin_viewset", admin_notices.NoticeViewSet)
hooks.register("register_admin_urls", admin_consents.admin_urls)
hooks.register("register_user_listing_buttons", admin_consents.consent_history_button)
hooks.register(DEMO_LOADER, load_demo_privacy, order=70)

# --- My data ---

# --- Erasure ---
# The user admin's delete page erases a person who holds records (lms/admin_user_delete.py).
from lms.hooks import PERSON_ERASE  # noqa: E402  (imported in this part's section)
from privacy.services import person_erase_by_staff  # noqa: E402

hooks.register(PERSON_ERASE, person_erase_by_staff)

# --- Change logs ---
# Read-only, in the admin, for ministry analysts and superusers (privacy/admin_changelog.py).
hooks.register("register_admin_urls", admin_changelog.admin_urls)
hooks.register("register_admin_menu_item", admin_changelog.menu_item)
# After every other app's provider (70: the privacy app's place), so that what their erasure logged
# is blanked too.
hooks.register(PERSONAL_DATA_ERASE, changelog.changelog_erase, order=70)
