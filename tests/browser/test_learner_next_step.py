"""The teacher's next step on a 360 px phone, in Kazakh (issue 20, points 2, 5 and 6): the home
page and the course page put the open pre-test first, a lesson asks before it closes it, and a
long quiz attempt keeps its answered count and question navigator on the screen."""

import re

from django.urls import reverse

from courses.services import enrollment_create
from quizzes.models import QuizPage
from quizzes.services import attempt_start
from tests.browser.helpers import BROWSER_TEST, kk, mouse_click, sign_in
from tests.factories import UserFactory, build_course, build_quiz, choice_question, lessons_of

pytestmark = BROWSER_TEST

WIDTH = 360


def fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH


def in_view(page, locator):
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_the_pre_test_comes_first_and_a_lesson_asks_before_closing_it(live_server, page):
    course = build_course(lessons=3, title="Балаға қатыгездікті тану")
    build_quiz(course, role="pre", slug="pre", attempts_allowed=1)
    learner = UserFactory(email="dana@example.org", language="kk")
    enrollment_create(user=learner, course=course)
    pre_test = QuizPage.objects.child_of(course).get(role="pre")
    base = live_server.url

    sign_in(page, base, "dana@example.org")  # lands on the home page
    step = page.locator(".next-step")
    assert in_view(page, step.get_by_role("link", name=kk("Take the pre-test")))
    fits(page)
    box = step.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH

    page.goto(base + course.url)
    primary = page.locator(".course-actions a.button:not(.button-secondary)")
    assert primary.inner_text().strip() == kk("Take the pre-test")
    assert primary.get_attribute("href") == pre_test.url
    fits(page)

    mouse_click(page, page.locator(".course-actions a.button-secondary"))
    page.wait_for_url(re.compile(re.escape(lessons_of(course)[0].url) + "$"))
    page.get_by_role("heading", name=kk("Take the pre-test first?")).wait_for()
    assert in_view(page, page.get_by_role("link", name=kk("Take the pre-test"), exact=True))
    fits(page)
    mouse_click(page, page.get_by_role("link", name=kk("Start without it")))
    page.wait_for_url(re.compile(r".*\?pre_test=skip$"))
    page.locator(".lesson-body").wait_for()
    fits(page)


def test_a_long_attempt_keeps_its_count_and_navigator_on_screen(live_server, page):
    course = build_course(lessons=0)
    questions = [choice_question(f"Сұрақ {number}: не істейсіз?", options=4) for number in range(1, 13)]
    # A time limit puts the timer in the bar too: the tallest bar a learner meets.
    quiz = build_quiz(course, role="pre", questions=questions, shuffle_options=False, time_limit_minutes=45)
    learner = UserFactory(email="aigul@example.org", language="kk")
    enrollment_create(user=learner, course=course)
    attempt = attempt_start(user=learner, quiz=quiz).attempt
    base = live_server.url

    sign_in(page, base, "aigul@example.org")
    page.goto(base + reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}))
    fits(page)
    assert page.evaluate("document.documentElement.scrollHeight") > 3 * page.viewport_size["height"]
    status = page.locator(".attempt-status")
    navigator = page.locator(".question-nav")

    # Far down the page the bar is still on screen, within the phone's width.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_function("window.scrollY > 0")
    assert in_view(page, status) and in_view(page, navigator)
    assert status.bounding_box()["y"] <= 1
    assert status.bounding_box()["height"] < page.viewport_size["height"] / 3

    # A number in the navigator takes the learner to its question, below the bar, not under it,
    # also when the bar has grown: with the timer, and with a long message such as the one a lost
    # connection brings (three lines in Kazakh).
    page.locator("[data-save-status]").evaluate("status => { status.textContent = status.dataset.offline; }")
    ninth = page.locator("fieldset[data-question]").nth(8)
    link = navigator.locator(f'a[href="#{ninth.get_attribute("id")}"]')
    link.scroll_into_view_if_needed()
    mouse_click(page, link)
    page.wait_for_function("location.hash.length > 1")
    page.wait_for_timeout(100)
    bar = status.bounding_box()
    assert ninth.bounding_box()["y"] >= bar["y"] + bar["height"] - 1

    # Answering marks the number as answered, and the count follows.
    mouse_click(page, ninth.locator("label").first)
    page.wait_for_function("document.querySelector('.question-nav a.is-answered') !== null")
    assert "is-answered" in link.get_attribute("class")
    assert link.locator("[data-nav-state]").inner_text() == kk("answered")
    assert page.locator("[data-answered-progress]").evaluate("progress => progress.value") == 1
    fits(page)
