"""Chromium under the Content-Security-Policy in the admin (1/3): the dashboard and half of the
pages its menu offers load with no violation. The other half is in test_csp_admin_rest.py, the
editors and the preview in test_csp_admin_editors.py: three files, so that test processes share
the walk (it waits for the network to go quiet on each page)."""

from tests.browser.helpers import BROWSER_TEST
from tests.browser.watched import walk_admin_menu
from tests.lms.header_scenes import build_scene

pytestmark = BROWSER_TEST


def test_half_of_the_admin_menu_loads_without_a_violation(two_origins, browser):
    scene = build_scene()
    walk_admin_menu(browser, two_origins, scene.superuser, half=0)
