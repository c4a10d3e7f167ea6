import re

from tests.browser.helpers import BROWSER_TEST, kk, open_menu
from tests.factories import PASSWORD, UserFactory, build_course

pytestmark = BROWSER_TEST


def test_learner_enrols_completes_two_lessons_and_sees_progress_on_a_phone(live_server, page):
    from lms import roles

    course = build_course(lessons=4, title="Recognising abuse")
    UserFactory(email="dana@example.org", roles=[roles.LEARNERS], language="kk")

    page.goto(f"{live_server.url}/kk/accounts/login/")
    page.get_by_label(re.compile("электрондық пошта", re.IGNORECASE)).fill("dana@example.org")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/kk/")

    page.goto(live_server.url + course.url)
    page.get_by_role("button", name=kk("Enrol in this course")).click()
    page.wait_for_url(re.compile(r".*/lesson-1/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Lesson 1"

    for number in (1, 2):
        page.get_by_role("button", name=kk("Mark as complete and continue")).click()
        page.wait_for_url(re.compile(rf".*/lesson-{number + 1}/$"))

    open_menu(page)
    page.get_by_role("navigation", name=kk("Main")).get_by_role("link", name=kk("My learning")).click()
    page.wait_for_url(re.compile(r".*/learning/$"))
    card = page.locator(".learning-card")
    assert kk("%(done)s of %(total)s lessons", done=2, total=4) in card.inner_text()
    assert card.get_by_role("progressbar").get_attribute("value") == "50"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
