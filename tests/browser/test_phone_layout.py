"""The site's chrome and its label-value lists on a 360 px phone, in Kazakh (the longest labels):
values stack under their labels instead of breaking letter by letter, dates and codes stay whole,
the header stays short behind a menu button that works with the mouse, the keyboard and
without JavaScript, and a laptop keeps the full menu."""

import datetime

from django.test import Client
from django.utils import timezone

from cascade.services import cohort_join, cohort_open
from courses.models import CoursePage
from lms import roles
from lms.models import Region
from tests.browser.helpers import BROWSER_TEST, kk, mouse_click, sign_in
from tests.factories import CertificateFactory, UserFactory, build_course

pytestmark = BROWSER_TEST

PHONE = {"width": 360, "height": 740}
HEADER_BUDGET = 120  # px of a 740 px screen

# Every word of every value drawn on one line (a word's text range has one box), every date
# (<time>) and code on one line, and nothing wider than the screen.
MEASURE = """() => {
  const broken = [];
  const lineOf = (node) => parseFloat(getComputedStyle(node).lineHeight);
  for (const dd of document.querySelectorAll("main dd")) {
    const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (const match of text.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        if (range.getClientRects().length > 1) broken.push(match[0]);
      }
    }
    if (dd.getBoundingClientRect().right > 360) broken.push("past the edge: " + dd.textContent);
  }
  for (const whole of document.querySelectorAll("main dd time, main dd.code")) {
    if (whole.getClientRects().length > 1 || whole.getBoundingClientRect().height > lineOf(whole) * 1.5) {
      broken.push("on two lines: " + whole.textContent);
    }
  }
  return {broken, width: document.documentElement.scrollWidth, values: document.querySelectorAll("main dd").length};
}"""


# Where each entry's text begins (the current page's accent bar moves its text by 4 px).
TEXT_STARTS = """items => items.map(item => {
  const range = document.createRange();
  range.selectNodeContents(item);
  return range.getClientRects()[0].left;
})"""


def signed_in_context(browser, base, user):
    """A phone whose browser carries `user`'s session (no second factor: learners and trainers)."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport=PHONE)
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}])
    return context


def assert_fits(page):
    found = page.evaluate(MEASURE)
    assert found["values"] > 0, page.url
    assert found["broken"] == [], page.url
    assert found["width"] <= 360, page.url


def header_height(page):
    return page.locator(".site-header").bounding_box()["height"]


def world():
    course = build_course(slug="teachers", lessons=1, title="Балаға қатыгездікті тану")
    trainer_course = build_course(slug="trainers", lessons=1, title="Тренерлерге арналған курс")
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer = UserFactory(full_name="Сәуле Мұратқызы", roles=[roles.LEARNERS, roles.TRAINERS])
    CertificateFactory(
        user=trainer, course_key=trainer_course.translation_key, generation=1, expires_on=datetime.date(2099, 1, 1)
    )
    today = timezone.localdate()
    cohort = cohort_open(
        trainer=trainer,
        course=course,
        name="Қарағанды облысы, Теміртау қаласы, №12 жалпы білім беретін мектеп",
        region=Region.objects.get(code="KZ-35"),
        starts_on=today,
        ends_on=today + datetime.timedelta(days=30),
        capacity=25,
    )
    learner = UserFactory(full_name="Әйгерім Нұрсұлтанқызы Құнанбаева", roles=[roles.LEARNERS])
    cohort_join(user=learner, cohort=cohort)
    certificate = CertificateFactory(
        user=learner,
        course_key=course.translation_key,
        trainer=trainer,
        trainer_name=trainer.full_name,
        generation=2,
    )
    return cohort, trainer, learner, certificate


def test_values_stack_under_long_kazakh_labels_and_dates_stay_whole(live_server, browser):
    cohort, trainer, learner, certificate = world()
    base = live_server.url

    stranger = browser.new_context(viewport=PHONE).new_page()
    stranger.goto(f"{base}/kk/certificates/verify/{certificate.token}/")
    assert kk("Generation of the cascade") in stranger.locator("main dl").inner_text()
    assert_fits(stranger)
    stranger.goto(f"{base}/kk/cascade/join/{cohort.join_code}/")
    assert_fits(stranger)

    mine = signed_in_context(browser, base, learner).new_page()
    mine.goto(f"{base}/kk/certificates/")
    assert_fits(mine)

    groups = signed_in_context(browser, base, trainer).new_page()
    groups.goto(f"{base}/kk/cascade/groups/{cohort.pk}/")
    assert_fits(groups)
    groups.goto(f"{base}/kk/cascade/groups/{cohort.pk}/trainees/{learner.pk}/")
    assert_fits(groups)


def test_the_phone_header_stays_short_for_every_role_and_its_menu_opens(live_server, browser):
    cohort, trainer, learner, certificate = world()
    analyst = UserFactory(email="ministry@example.org", roles=[roles.MINISTRY_ANALYSTS])
    base = live_server.url
    anonymous = browser.new_context(viewport=PHONE).new_page()
    analyst_page = browser.new_context(viewport=PHONE).new_page()
    sign_in(analyst_page, base, analyst.email)
    pages = {
        "anonymous": anonymous,
        "learner": signed_in_context(browser, base, learner).new_page(),
        "trainer": signed_in_context(browser, base, trainer).new_page(),
        "analyst": analyst_page,
    }
    for role, page in pages.items():
        page.goto(f"{base}/kk/certificates/verify/")
        nav = page.get_by_role("navigation", name=kk("Main"))
        assert not nav.is_visible(), role
        assert header_height(page) <= HEADER_BUDGET, (role, header_height(page))
        for button in page.locator(".language-switcher button, .menu-toggle summary").all():
            box = button.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44, (role, button.inner_text(), box)
        mouse_click(page, page.locator(".menu-toggle summary"))
        assert nav.is_visible(), role
        heights = nav.locator("a, button").evaluate_all("items => items.map(item => item.offsetHeight)")
        assert min(heights) >= 44, (role, heights)  # each entry a thumb's height
        starts = nav.locator("a, button").evaluate_all(TEXT_STARTS)
        assert max(starts) - min(starts) <= 5, (role, starts)  # one column: Sign out lined up with the links
        assert nav.locator("a, button").last.bounding_box()["y"] < 740, role  # the whole menu on the screen
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, role

    # The current page is marked; a stranger finds the certificate check in the menu and the footer.
    current = anonymous.locator("#main-nav [aria-current=page]")
    assert current.inner_text() == kk("Check a certificate")
    footer_link = anonymous.locator("footer").get_by_role("link", name=kk("Check a certificate"))
    assert footer_link.bounding_box()["height"] >= 44

    # The keyboard: Tab reaches the menu button, Enter opens it, the next Tabs walk the menu.
    page = pages["learner"]
    page.goto(f"{base}/kk/")
    summary = page.locator(".menu-toggle summary")
    for _ in range(10):
        page.keyboard.press("Tab")
        if summary.evaluate("element => element === document.activeElement"):
            break
    assert summary.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    nav = page.get_by_role("navigation", name=kk("Main"))
    assert nav.is_visible()
    assert page.locator(".menu-toggle").evaluate("details => details.open")
    page.keyboard.press("Enter")  # and closes it
    assert not nav.is_visible()

    # A laptop shows the whole menu, no button, in its compact row (thumb-sized entries are for
    # the folded menu: 44 px entries made a trainer's two rows of Kazakh menu 21 px taller).
    laptop = browser.new_context(viewport={"width": 1366, "height": 800}).new_page()
    laptop.goto(f"{base}/kk/")
    assert laptop.get_by_role("navigation", name=kk("Main")).is_visible()
    assert not laptop.locator(".menu-toggle summary").is_visible()
    heights = laptop.locator("#main-nav a").evaluate_all("items => items.map(item => item.offsetHeight)")
    assert max(heights) < 44, heights

    # A phone turned sideways (740 x 360) folds the menu too: in full, a trainer's Kazakh menu
    # took 169 of its 360 px.
    page = pages["trainer"]
    page.set_viewport_size({"width": 740, "height": 360})
    page.goto(f"{base}/kk/")
    nav = page.get_by_role("navigation", name=kk("Main"))
    assert not nav.is_visible()
    assert header_height(page) <= 90, header_height(page)
    mouse_click(page, page.locator(".menu-toggle summary"))
    assert nav.is_visible()

    # A 320 px phone (or a 360 px one with a larger display size) keeps the header in budget:
    # the Kazakh title broke into four lines beside the Menu button (144 px).
    page = pages["anonymous"]
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{base}/kk/")
    assert header_height(page) <= HEADER_BUDGET, header_height(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.set_viewport_size({"width": 280, "height": 640})  # the narrowest: a folding phone's outer screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 280


def test_the_menu_opens_without_javascript(live_server, browser):
    page = browser.new_context(viewport=PHONE, java_script_enabled=False).new_page()
    page.goto(f"{live_server.url}/kk/")
    nav = page.get_by_role("navigation", name=kk("Main"))
    assert not nav.is_visible()
    mouse_click(page, page.locator(".menu-toggle summary"))
    assert nav.is_visible()
    mouse_click(page, nav.get_by_role("link", name=kk("Check a certificate")))
    page.wait_for_url(f"{live_server.url}/kk/certificates/verify/")
    assert page.get_by_role("heading", level=1).inner_text() == kk("Check a certificate")
