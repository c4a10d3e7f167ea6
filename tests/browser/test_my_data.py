"""A Kazakh-speaking teacher on a 360 px phone opens "My data" from their profile with the mouse,
reads it without sideways scrolling and without English left on the page, and downloads it."""

import json
import re

from django.urls import reverse

from certificates.models import Certificate
from courses.models import LessonPage
from courses.services import enrollment_create, lesson_complete
from lms import roles
from quizzes.services import attempt_start, attempt_submit
from tests.browser.helpers import BROWSER_TEST, mouse_click, sign_in
from tests.factories import UserFactory, build_course, build_quiz, lesson_body

pytestmark = BROWSER_TEST

PHONE = {"width": 360, "height": 740}
# What a Kazakh page may keep in Latin letters: formats' and products' names, the language
# switcher's own name for English.
NAMES = {"English", "JSON", "PDF", "API", "H5P"}

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
    return sorted({word for word in re.findall(r"[A-Za-z]{2,}", text) if word not in NAMES})


def kazakh_learning(teacher):
    """A Kazakh course taken to its end: a lesson done and the final passed, so a certificate."""
    course = build_course(lessons=0, title="Баланы зорлық-зомбылықтан қорғау", slug="korgau")
    lesson = LessonPage(title="Белгілерді тану", slug="belgiler", body=lesson_body("Сабақ мәтіні."))
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
    question = {
        "type": "single",
        "topic": "signs",
        "prompt": "Бала қауіпте болса, не істейсіз?",
        "feedback": "Себебі осылай.",
        "options": [
            {"text": "Хабарлаймын", "correct": True, "feedback": "Дұрыс."},
            {"text": "Күтемін", "correct": False, "feedback": "Жоқ."},
        ],
    }
    quiz = build_quiz(course, questions=[question], title="Қорытынды тест", slug="qorytyndy")
    enrollment_create(user=teacher, course=course)
    lesson_complete(user=teacher, lesson=lesson, course=course)
    attempt = attempt_start(user=teacher, quiz=quiz).attempt
    option = next(option for option in attempt.snapshot["questions"][0]["options"] if option["correct"])
    attempt_submit(
        user=teacher, attempt_id=attempt.pk, answers={attempt.snapshot["questions"][0]["key"]: option["key"]}
    )
    return Certificate.objects.get(user=teacher)


def test_a_kazakh_teacher_reads_and_downloads_their_data_on_a_phone(live_server, browser):
    teacher = UserFactory(
        email="aigerim@example.org",
        full_name="Әйгерім Құнанбаева",
        school="Қарағанды, №12 мектеп",
        position="Мұғалім",
        roles=[roles.LEARNERS],
        language="kk",
    )
    certificate = kazakh_learning(teacher)
    page = browser.new_context(viewport=PHONE).new_page()
    sign_in(page, live_server.url, teacher.email)

    page.goto(f"{live_server.url}/kk/accounts/profile/")
    link = page.locator(f'main a[href="{reverse("privacy:my_data")}"]')
    link.scroll_into_view_if_needed()
    mouse_click(page, link)
    page.wait_for_url(f"{live_server.url}/kk/accounts/my-data/")

    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    words = english_words(page, teacher.email, certificate.short_code)
    assert words == [], " ".join(words)
    text = page.evaluate("document.body.innerText")
    for shown in ("Әйгерім Құнанбаева", "Баланы зорлық-зомбылықтан қорғау", "Белгілерді тану", "Хабарлаймын"):
        assert shown in text
    # Each table scrolls inside its own labelled region, not the page.
    regions = page.locator("main .table-scroll[role=region][aria-labelledby]")
    assert regions.count() >= 6

    download_link = page.locator(f'main a[href="{reverse("privacy:my_data_json")}"]')
    download_link.scroll_into_view_if_needed()
    with page.expect_download() as started:
        mouse_click(page, download_link)
    download = started.value
    assert re.fullmatch(r"my-data-\d{4}-\d{2}-\d{2}\.json", download.suggested_filename)
    with open(download.path(), encoding="utf-8") as file:
        data = json.load(file)
    assert data["person"]["full_name"] == "Әйгерім Құнанбаева"
    [held] = data["sections"]["certificates"]
    assert (held["code"], held["holder_name"]) == (certificate.short_code, "Әйгерім Құнанбаева")
    [answer] = data["sections"]["quiz_answers"]
    assert (answer["prompt"], answer["answer"], answer["correct"]) == (
        "Бала қауіпте болса, не істейсіз?",
        "Хабарлаймын",
        True,
    )

    page.goto(f"{live_server.url}{reverse('privacy:my_data_copy')}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    words = english_words(page, teacher.email, certificate.short_code)
    assert words == [], " ".join(words)
