"""Chromium under the Content-Security-Policy in the admin (3/3): the page explorer, a lesson's
editor with its preview playing the H5P activity, a quiz's editor and adding a page load with no
violation (the pages of the admin's menu: test_csp_admin.py and test_csp_admin_rest.py)."""

from django.urls import reverse

from tests.browser.helpers import BROWSER_TEST
from tests.browser.watched import Watched
from tests.lms.header_scenes import build_scene

pytestmark = BROWSER_TEST


def test_the_admin_editors_and_the_preview_load_without_a_violation(two_origins, browser):
    scene = build_scene()
    admin = Watched(browser, two_origins, width=1280)
    admin.sign_in(scene.superuser)
    admin.open(reverse("wagtailadmin_explore", args=[scene.course.pk]))
    admin.assert_clean("the page explorer")
    admin.open(reverse("wagtailadmin_pages:edit", args=[scene.lesson.pk]))
    admin.page.locator("[data-side-panel-toggle='preview']").first.click()
    # The preview (same origin, framed by the editor) shows the lesson with its H5P activity.
    preview = admin.page.frame_locator("iframe.w-preview__iframe").last
    preview.locator("h1", has_text="Lesson 1").wait_for()
    preview.locator("[data-h5p-activity]").evaluate("element => element.scrollIntoView()")
    preview.frame_locator("iframe.h5p-frame").frame_locator("iframe.h5p-iframe").locator(".qs-choice").first.wait_for()
    admin.page.wait_for_load_state("networkidle")
    admin.assert_clean("the editor of a lesson, with its preview")
    admin.open(reverse("wagtailadmin_pages:edit", args=[scene.quiz.pk]))
    admin.assert_clean("the editor of a quiz")
    admin.open(reverse("wagtailadmin_pages:add_subpage", args=[scene.course.pk]))
    admin.assert_clean("adding a page")
