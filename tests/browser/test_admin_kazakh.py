"""A Kazakh-speaking trainer writes a lesson in the admin and submits it for review, on a phone; a
Kazakh-speaking reviewer approves it on a laptop, seeing first what publishing changes for learners.
Every admin page and dialog they pass through is read for English left in what a person sees (the
words, and the labels a screen reader reads)."""

import re

from django.urls import reverse

from courses.models import CourseIndexPage, LessonPage
from lms import roles
from tests.browser.helpers import BROWSER_TEST, kk, mouse_click, sign_in
from tests.factories import UserFactory, build_course, lesson_body

pytestmark = BROWSER_TEST

# What a Kazakh page may keep in Latin letters: the product's and formats' names, the language
# switcher's own name for English, units.
NAMES = {"Wagtail", "English", "URL", "HTML", "H5P", "px", "PDF", "MP4", "WebM", "ID", "Ctrl", "Alt", "Shift", "Cmd"}

VISIBLE_TEXT = """() => {
  const parts = [document.body.innerText];
  for (const element of document.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
    if (element.checkVisibility && !element.checkVisibility()) continue;
    for (const name of ["aria-label", "title", "placeholder", "alt"]) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join("\\n");
}"""


def english_words(page, *ignored):
    text = page.evaluate(VISIBLE_TEXT)
    for value in ignored:
        text = text.replace(value, " ")
    words = re.findall(r"[A-Za-z]{2,}", text)
    return sorted({word for word in words if word not in NAMES})


def kazakh_course():
    """A course whose every title is Kazakh, as the admin's explorer and breadcrumbs show them."""
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    index = CourseIndexPage(title="Курстар", slug="kurstar")
    home.add_child(instance=index)
    index.save_revision().publish()
    course = build_course(index=index, lessons=0, title="Баланы зорлық-зомбылықтан қорғау", slug="korgau")
    for number, title in enumerate(["Белгілерді тану", "Баламен сөйлесу"], start=1):
        lesson = LessonPage(title=title, slug=f"sabak-{number}", body=lesson_body("Сабақ мәтіні."))
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
    return course


def test_a_kazakh_trainer_submits_a_lesson_and_a_kazakh_reviewer_approves_it(browser, live_server):
    course = kazakh_course()
    trainer = UserFactory(roles=[roles.TRAINERS], full_name="Әлия Тренерова", email="aliya@example.org")
    reviewer = UserFactory(roles=[roles.CONTENT_REVIEWERS], full_name="Бауыржан Сарапшы", email="baur@example.org")
    base = live_server.url
    seen = {}

    def read(page, where):
        page.wait_for_load_state("networkidle")
        seen[where] = english_words(page, trainer.email, reviewer.email)

    phone = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    sign_in(phone, base, trainer.email)
    phone.goto(f"{base}{reverse('wagtailadmin_home')}")
    read(phone, "the trainer's dashboard")
    phone.goto(f"{base}{reverse('wagtailadmin_explore', args=[course.pk])}")
    read(phone, "the course in the page explorer")
    phone.goto(f"{base}{reverse('wagtailadmin_pages:add', args=['courses', 'lessonpage', course.pk])}")
    read(phone, "a new lesson's editor")

    phone.locator("#id_title").fill("Жергілікті жағдай: Қарағанды")
    phone.locator("#id_intro").fill("Мектептегі нақты жағдай.")
    body = phone.locator("[data-contentpath='body']")
    body.locator(".c-sf-add-button").first.scroll_into_view_if_needed()
    mouse_click(phone, body.locator(".c-sf-add-button").first)
    read(phone, "the block chooser")
    mouse_click(phone, phone.get_by_role("option", name=kk("Text")).first)
    editor = body.locator("[contenteditable=true]").first
    editor.wait_for()
    mouse_click(phone, editor)
    phone.keyboard.type("Мұғалім не істеуі керек.")
    submit = phone.locator("button[name='action-submit']")
    actions = phone.locator(".w-dropdown", has=submit)
    phone.evaluate("document.activeElement.blur()")  # as a tap outside the text closes the keyboard
    toggle = actions.locator(".w-dropdown__toggle")
    toggle.scroll_into_view_if_needed()  # the person scrolls down to the page's actions
    mouse_click(phone, toggle)
    submit.wait_for()
    assert submit.inner_text().strip() == kk("Submit to %(workflow_name)s", workflow_name=kk("Expert review"))
    read(phone, "the editor's actions")
    mouse_click(phone, submit.first)
    phone.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$|.*/admin/pages/\d+/$"))
    read(phone, "the lesson submitted")
    lesson = LessonPage.objects.get(title="Жергілікті жағдай: Қарағанды")
    assert not lesson.live and lesson.current_workflow_state.status == "in_progress"

    laptop = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    sign_in(laptop, base, reviewer.email)
    laptop.goto(f"{base}{reverse('wagtailadmin_pages:search')}?q=Жергілікті")
    read(laptop, "the reviewer's search for the lesson")
    assert laptop.get_by_text("1–1, барлығы 1").count() == 1  # the count above the results, with no «None»
    laptop.goto(f"{base}{reverse('wagtailadmin_home')}")
    read(laptop, "the reviewer's dashboard")
    row = laptop.locator("tr", has_text="Жергілікті жағдай: Қарағанды")
    mouse_click(laptop, row.locator(".w-dropdown__toggle"))
    mouse_click(laptop, row.get_by_role("button", name=kk("Approve and publish")))
    dialog = laptop.locator(".modal-content")
    dialog.get_by_text(kk("What publishing changes for learners")).wait_for()
    read(laptop, "the approval dialog")
    assert dialog.get_by_text(kk("this version, under review")).is_visible()
    laptop.wait_for_function("() => getComputedStyle(document.querySelector('.modal')).opacity === '1'")
    mouse_click(laptop, dialog.get_by_role("button", name=kk("Approve and publish")))
    dialog.wait_for(state="detached")
    laptop.wait_for_load_state("networkidle")
    read(laptop, "after approving")
    assert LessonPage.objects.get(pk=lesson.pk).live

    phone.goto(f"{base}{reverse('wagtailadmin_home')}")
    read(phone, "the trainer's dashboard after approval")
    assert phone.get_by_text(kk("Approved and published")).count() >= 1

    assert {where: words for where, words in seen.items() if words} == {}


def test_a_reviewer_chooses_kazakh_for_the_admin_in_their_account(browser, live_server):
    """The account page saves the admin's language (Wagtail's first/last-name panel, which the
    platform's single full name never fills, blocked every save)."""
    reviewer = UserFactory(
        roles=[roles.CONTENT_REVIEWERS], language="ru", email="dina@example.org", full_name="Динара Омарова"
    )
    laptop = browser.new_context(viewport={"width": 1366, "height": 900}).new_page()
    sign_in(laptop, live_server.url, reviewer.email, language="ru")
    laptop.goto(f"{live_server.url}{reverse('wagtailadmin_account')}")
    assert laptop.locator("input[name$='first_name']").count() == 0
    choice = laptop.locator("select[name='locale-preferred_language']")
    choice.select_option("kk")
    mouse_click(laptop, choice.locator("xpath=ancestor::form").locator("button[type=submit]").last)
    laptop.wait_for_load_state("networkidle")
    laptop.goto(f"{live_server.url}{reverse('wagtailadmin_home')}")
    assert laptop.locator("html").get_attribute("lang") == "kk"
    assert english_words(laptop, reviewer.email) == []
