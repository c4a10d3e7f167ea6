"""Chromium under the Content-Security-Policy: the key pages of every role, the admin's included,
load with no violation (a `securitypolicyviolation` listener in every frame, and the console's
"Refused to …" messages), and the attendance page's button still works from its script file."""

from django.urls import reverse
from django.utils import translation

from tests.browser.helpers import BROWSER_TEST, kk, reach_activity
from tests.browser.watched import Watched
from tests.lms.header_scenes import build_scene

pytestmark = BROWSER_TEST


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
