"""axe-core finds no serious or critical violation on the pages a visitor and a learner open,
after the demo loader (what `make run` shows): the walk follows every link they are offered, in
Kazakh on a 360 px phone and in Russian on a laptop, and adds the pre-test's attempt and result
pages (reached by buttons, not links)."""

import io

from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from lms.demo.accounts import DEMO_PASSWORD
from lms.models import User
from quizzes.models import QuizPage
from quizzes.services import attempt_start, attempt_submit
from tests.browser.axe import new_audited_page, report, violations, walk
from tests.browser.helpers import BROWSER_TEST, sign_in

pytestmark = BROWSER_TEST


def load_demo(settings):
    settings.DEBUG = True  # the demo loader runs only in development
    call_command("load_demo", stdout=io.StringIO())
    settings.DEBUG = False


def test_a_visitors_and_a_learners_pages_have_no_serious_accessibility_violation(live_server, browser, settings):
    load_demo(settings)
    base = live_server.url
    learner = User.objects.get(email="learner@example.com")
    pre_test = QuizPage.objects.live().filter(role=QuizPage.Role.PRE_TEST, locale__language_code="kk").first()
    attempt = attempt_start(user=learner, quiz=pre_test).attempt
    with translation.override("kk"):
        attempt_path = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
        result_path = reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})

    found, opened = {}, []
    for language, width, start in (
        ("kk", 360, ["/kk/", "/kk/accounts/login/", "/kk/accounts/signup/", "/kk/certificates/verify/"]),
        ("ru", 1366, ["/ru/", "/ru/accounts/login/", "/ru/accounts/password/reset/"]),
    ):
        page = new_audited_page(browser, width)
        visitor_found, visitor_opened = walk(page, base, language, start, limit=12)
        found.update(visitor_found)
        opened += visitor_opened
        page.context.close()

    page = new_audited_page(browser, 360)
    sign_in(page, base, learner.email, language="kk", password=DEMO_PASSWORD)
    start = ["/kk/", "/kk/learning/", "/kk/certificates/", "/kk/accounts/profile/", attempt_path]
    learner_found, learner_opened = walk(page, base, "kk", start, limit=30)
    found.update(learner_found)
    opened += learner_opened
    attempt_submit(user=learner, attempt_id=attempt.pk, answers={})
    page.goto(base + result_path)
    found.update({result_path: problems} if (problems := violations(page)) else {})
    # The walk reached what a learner does all day: a course, its lessons and the quiz pages.
    assert any("/learning/" in path or "/courses/" in path for path in learner_opened), learner_opened
    assert len(learner_opened) >= 10, learner_opened
    assert not found, report(found)
