"""Chromium under the Content-Security-Policy in the admin (2/3): the other half of the pages its
menu offers load with no violation (the first half: test_csp_admin.py)."""

from tests.browser.helpers import BROWSER_TEST
from tests.browser.watched import walk_admin_menu
from tests.lms.header_scenes import build_scene

pytestmark = BROWSER_TEST


def test_the_other_half_of_the_admin_menu_loads_without_a_violation(two_origins, browser):
    scene = build_scene()
    walk_admin_menu(browser, two_origins, scene.superuser, half=1)
