"""Chromium under the Content-Security-Policy: the key pages of every role, the admin's included,
load with no violation (a `securitypolicyviolation` listener in every frame, and the console's
"Refused to …" messages), and the attendance page's button still works from its script file."""

import json
import re

from django.urls import reverse
from django.utils import translation

from tests.browser.helpers import BROWSER_TEST, kk, reach_activity
from tests.factories import PASSWORD, totp_code
from tests.lms.header_scenes import build_scene

pytestmark = BROWSER_TEST

LISTEN = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__csp.push([event.violatedDirective, event.blockedURI, event.sourceFile + ":" + event.lineNumber,
                     event.sample].join(" "));
});
"""


class Watched:
    """A page whose CSP violations, in any of its frames, are collected as they happen."""

    def __init__(self, browser, base, width=360):
        self.base = base
        self.context = browser.new_context(viewport={"width": width, "height": 740})
        self.context.add_init_script(LISTEN)
        self.page = self.context.new_page()
        self.refused = []
        self.page.on("console", self._console)

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or text.startswith("Refused to"):
            self.refused.append(text)

    def open(self, path):
        response = self.page.goto(self.base + path)
        assert response.status < 400, (path, response.status)
        self.page.wait_for_load_state("networkidle")
        return response

    def violations(self):
        found = list(self.refused)
        for frame in self.page.frames:
            try:
                found += frame.evaluate("window.__csp || []")
            except Exception:  # noqa: BLE001 - a frame that went away while we looked
                pass
        return found

    def assert_clean(self, where):
        found = self.violations()
        assert not found, f"{where}: " + json.dumps(found, ensure_ascii=False, indent=1)

    def sign_in(self, user, language="kk"):
        self.page.goto(f"{self.base}/{language}/accounts/login/")
        self.page.locator("input[name=login]").fill(user.email)
        self.page.locator("input[name=password]").fill(PASSWORD)
        self.page.locator("main form button[type=submit]").click()
        self.page.wait_for_load_state("networkidle")
        if "/2fa/authenticate/" in self.page.url:
            self.assert_clean("the second-factor step")
            self.page.locator("input[name=code]").fill(totp_code(user))
            self.page.locator("main form button[type=submit]").first.click()
        self.page.wait_for_url(re.compile(rf".*/{language}/$"))
        self.assert_clean("signing in")


def test_learners_pages_load_without_a_violation(two_origins, browser):
    scene = build_scene()
    visitor = Watched(browser, two_origins)
    visitor.open("/kk/")
    visitor.assert_clean("home")
    visitor.open(reverse("account_signup"))
    assert visitor.page.evaluate("document.documentElement.scrollWidth") <= 360
    visitor.assert_clean("signup at 360 px")

    learner = Watched(browser, two_origins)
    learner.sign_in(scene.learner)
    with translation.override("kk"):
        lesson_url = scene.lesson.url
    learner.open(lesson_url)
    # The player on the H5P origin, under its own policy, plays the activity once the learner reaches it.
    _frame, activity = reach_activity(learner.page)
    activity.locator(".qs-choice").first.wait_for()
    learner.assert_clean("a lesson with an H5P activity")
    learner.open(reverse("quizzes:attempt", kwargs={"attempt_id": scene.attempt.pk}))
    learner.page.locator("fieldset[data-question]").first.get_by_label("Option 2", exact=True).check()
    learner.page.locator("[data-save-status]").filter(has_text=kk("All answers saved.")).wait_for()
    learner.assert_clean("a quiz attempt")
    learner.open(reverse("mfa_activate_totp"))
    assert learner.page.locator("img[src^='data:']").count() == 1  # the QR code
    learner.assert_clean("setting up an authenticator app")
    learner.open(reverse("certificates:mine"))
    learner.assert_clean("my certificates")


def test_the_attendance_page_marks_everyone_present_from_its_script_file(two_origins, browser):
    scene = build_scene()
    trainer = Watched(browser, two_origins)
    trainer.sign_in(scene.trainer)
    trainer.open(reverse("cascade:attendance", kwargs={"cohort_id": scene.cohort.pk, "session_id": scene.session.pk}))
    present = trainer.page.locator(f'input[name="mark-{scene.learner.pk}"][value="present"]')
    assert not present.is_checked()
    trainer.page.get_by_role("button", name=kk("Mark everyone else present")).click()
    assert present.is_checked()
    trainer.assert_clean("attendance")
    trainer.open(reverse("cascade:roster", kwargs={"cohort_id": scene.cohort.pk}))
    trainer.assert_clean("the roster")


def test_the_coverage_dashboard_loads_without_a_violation(two_origins, browser):
    scene = build_scene()
    analyst = Watched(browser, two_origins)
    analyst.sign_in(scene.analyst)
    for name in ("coverage:national", "coverage:cascade", "coverage:api_keys"):
        analyst.open(reverse(name))
        analyst.assert_clean(name)
    analyst.open(reverse("coverage:region", kwargs={"code": "KZ-35"}))
    analyst.assert_clean("a region's coverage")


def admin_menu_paths(page):
    """Every admin address the sidebar's menu offers (read from its props), sign-out aside."""
    props = page.locator("#wagtail-sidebar-props").text_content()
    paths = sorted(set(re.findall(r'"(/admin/[^"]*)"', props)))
    return [path for path in paths if "logout" not in path]


def test_the_admin_loads_without_a_violation(two_origins, browser):
    scene = build_scene()
    admin = Watched(browser, two_origins, width=1280)
    admin.sign_in(scene.superuser)
    admin.open("/admin/")
    admin.assert_clean("the admin dashboard")
    paths = admin_menu_paths(admin.page)
    assert "/admin/pages/" in paths or any(path.startswith("/admin/pages/") for path in paths)
    for path in paths:
        admin.open(path)
        admin.assert_clean(path)
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
