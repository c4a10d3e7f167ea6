"""H5P in Chromium: a learner plays the project's activity, and package scripts stay on their own origin."""

import json
import re

import pytest

from courses.models import Enrollment, H5PAttempt
from courses.services import enrollment_create
from tests.browser.helpers import BROWSER_TEST, kk, mouse_click, reach_activity, sign_in
from tests.factories import UserFactory, add_h5p_activity, build_course, build_h5p_package, lessons_of
from tests.h5p_builders import stored_script_package

pytestmark = BROWSER_TEST


@pytest.mark.parametrize("width", [360, 1366])
def test_learner_plays_the_scenario_activity_with_the_mouse_and_completes_the_lesson(two_origins, browser, width):
    from lms import roles

    course = build_course(lessons=2)
    lesson = lessons_of(course)[0]
    block_id = add_h5p_activity(lesson, build_h5p_package(language="kk"), title="Сіз не істер едіңіз?")
    learner = UserFactory(email="aruzhan@example.org", roles=[roles.LEARNERS])
    enrollment_create(user=learner, course=course)

    context = browser.new_context(viewport={"width": width, "height": 740})
    page = context.new_page()
    sign_in(page, two_origins, "aruzhan@example.org")
    page.goto(two_origins + lesson.url)
    # Marking the lesson complete before the activity is refused with the activity's name.
    page.get_by_role("button", name=kk("Mark as complete and continue")).click()
    assert "Сіз не істер едіңіз?" in page.locator(".messages").inner_text()

    frame, activity = reach_activity(page)
    assert frame.get_attribute("title").endswith("Сіз не істер едіңіз?")
    for choice in (1, 1, 0):  # the best response in each of the three situations
        option = activity.locator(".qs-choice").nth(choice)
        option.scroll_into_view_if_needed()  # the learner scrolls the lesson page to it
        # Every part of the activity is drawn inside its frame: the frame is as tall as its content.
        # Measured as the learner sees the choice, before the click: the feedback a click brings
        # grows the content a moment before the frame follows it.
        inner = frame.bounding_box()
        box = option.bounding_box()
        assert inner["y"] <= box["y"] and box["y"] + box["height"] <= inner["y"] + inner["height"]
        mouse_click(page, option)
        assert option.get_attribute("aria-pressed") == "true" or "selected" in option.get_attribute("class")
        action = activity.locator(".qs-action")
        action.scroll_into_view_if_needed()
        mouse_click(page, action)
    status = page.locator("[data-h5p-status]")
    status.filter(has_text=kk("Done.")).wait_for()
    assert "3" in status.inner_text()

    attempt = H5PAttempt.objects.get(user=learner)
    assert (attempt.activity_key, attempt.score_raw, attempt.score_max, attempt.completion) == (block_id, 3, 3, True)
    assert page.locator(f'[data-h5p-summary="{block_id}"]').get_attribute("class") == "done"

    page.get_by_role("button", name=kk("Mark as complete and continue")).click()
    page.wait_for_url(re.compile(r".*/lesson-2/$"))
    assert Enrollment.objects.get(user=learner).lessons_done == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


SLOW_CONNECTION = """
Object.defineProperty(navigator, "connection", {value: {saveData: false, effectiveType: "2g", downlink: 0.25}});
"""


def test_on_a_slow_connection_the_activity_loads_only_when_the_learner_taps_start(two_origins, browser):
    from lms import roles

    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    package = build_h5p_package(language="kk")
    add_h5p_activity(lesson, package, title="Сіз не істер едіңіз?")
    learner = UserFactory(email="dana@example.org", roles=[roles.LEARNERS])
    enrollment_create(user=learner, course=course)
    context = browser.new_context(viewport={"width": 360, "height": 740})
    context.add_init_script(SLOW_CONNECTION)
    page = context.new_page()
    played = []
    page.on("request", lambda request: played.append(request.url) if "/play/" in request.url else None)
    sign_in(page, two_origins, "dana@example.org")
    page.goto(two_origins + lesson.url)
    start = page.locator("[data-h5p-start]")
    start.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    # Reached, but not loaded: the learner is told what it costs and how long it may take.
    assert page.locator("iframe").count() == 0 and played == []
    text = start.inner_text()
    assert kk("Start the activity") in text
    assert kk("Your connection is slow: loading may take about %(minutes)s min.", minutes=1) in text
    mouse_click(page, page.get_by_role("button", name=kk("Start the activity")))
    _frame, activity = reach_activity(page)
    activity.locator(".qs-choice").first.wait_for()
    assert len(played) == 1 and start.count() == 0
    # The focus moved from the button that is gone into the activity, not back to the page's top.
    assert page.evaluate("document.activeElement.tagName") == "IFRAME"
    context.close()


PROBE_JS = """
window.Probe = window.Probe || {};
window.Probe.Spy = function () {
  this.attach = function ($container) {
    var found = {cookie: document.cookie, origin: location.origin};
    try { found.parent = window.parent.parent.document.title; } catch (error) { found.parent = "blocked"; }
    try { found.top = window.top.document.cookie; } catch (error) { found.top = "blocked"; }
    try { found.storage = window.top.localStorage.length; } catch (error) { found.storage = "blocked"; }
    $container.get(0).setAttribute("data-probe", JSON.stringify(found));
    $container.get(0).textContent = "probed";
  };
};
"""


def probe_package():
    return stored_script_package("Probe.Spy", PROBE_JS)


def test_script_in_a_package_cannot_read_the_platforms_cookies_or_page(two_origins, page):
    from lms import roles

    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    add_h5p_activity(lesson, probe_package(), title="Spy")
    UserFactory(email="probe@example.org", roles=[roles.LEARNERS])
    enrollment_create(user=UserFactory._meta.model.objects.get(email="probe@example.org"), course=course)

    sign_in(page, two_origins, "probe@example.org")
    page.goto(two_origins + lesson.url)
    # The platform page itself holds a readable cookie the probe would see if it shared the origin.
    assert "csrftoken" in page.evaluate("document.cookie")

    _frame, activity = reach_activity(page)
    probe = activity.locator("[data-probe]")
    probe.wait_for()
    found = json.loads(probe.get_attribute("data-probe"))
    assert found["origin"] == two_origins.replace("localhost", "127.0.0.1")
    assert "csrftoken" not in found["cookie"] and "sessionid" not in found["cookie"]
    assert found["parent"] == "blocked"
    assert found["top"] == "blocked"
    assert found["storage"] == "blocked"


TALL_JS = """
window.Probe = window.Probe || {};
window.Probe.Tall = function (params) {
  this.attach = function ($container) {
    var root = $container.get(0);
    root.innerHTML = '<button type="button" class="tall-shorter">Shorter</button>' +
      '<div class="tall-text" style="height:' + params.height + 'px;background:#eef">Read this first.</div>' +
      '<button type="button" class="tall-answer">Answer</button>';
    root.querySelector(".tall-shorter").addEventListener("click", function () {
      root.querySelector(".tall-text").style.height = "300px";
    });
    root.querySelector(".tall-answer").addEventListener("click", function (event) {
      event.target.setAttribute("data-pressed", "yes");
    });
  };
};
"""


@pytest.mark.parametrize("height", [3100, 8000])
def test_the_answer_at_the_end_of_tall_content_is_reached_with_the_mouse(two_origins, page, height):
    """Content as tall as a long H5P.Column: the frame grows to hold it, up to 6,000 px; taller
    content scrolls inside its frame with the mouse wheel. The answer at its end is never hidden."""
    from lms import roles

    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    add_h5p_activity(lesson, stored_script_package("Probe.Tall", TALL_JS, {"height": height}), title="Ұзын тапсырма")
    learner = UserFactory(email="tall@example.org", roles=[roles.LEARNERS])
    enrollment_create(user=learner, course=course)
    sign_in(page, two_origins, "tall@example.org")
    page.goto(two_origins + lesson.url)
    frame, activity = reach_activity(page)
    answer = activity.locator(".tall-answer")
    answer.wait_for()
    page.wait_for_function(
        "minimum => document.querySelector('iframe.h5p-frame').getBoundingClientRect().height >= minimum",
        arg=min(height, 6000),
    )
    assert frame.bounding_box()["height"] <= 6000
    # A message from anything but the activity's own frame on the H5P origin changes nothing.
    sized = frame.bounding_box()["height"]
    page.evaluate("window.postMessage({type: 'h5p:resize', height: 200}, '*')")
    page.wait_for_timeout(300)
    assert frame.bounding_box()["height"] == sized
    if height > 6000:
        # The lesson page scrolls to the frame, then the wheel over it scrolls the content inside.
        frame.evaluate("element => element.scrollIntoView({block: 'end'})")
        box = frame.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, 700)
        # The learner turns the wheel until the answer comes into view (past the content's end the
        # wheel goes on to scroll the page, as in any browser, so turning on would pass it by).
        for _step in range(20):
            page.mouse.wheel(0, 300)
            page.wait_for_timeout(80)
            seen = answer.bounding_box()
            if 0 <= seen["y"] and seen["y"] + seen["height"] <= 740:
                break
    else:
        answer.scroll_into_view_if_needed()
    inner, outer = answer.bounding_box(), frame.bounding_box()
    assert outer["y"] <= inner["y"] and inner["y"] + inner["height"] <= outer["y"] + outer["height"]
    assert 0 <= inner["y"] and inner["y"] + inner["height"] <= 740, "the answer is on screen"
    mouse_click(page, answer)
    assert answer.get_attribute("data-pressed") == "yes"
    # Content that becomes shorter takes its frame with it: no empty strip is left below.
    shorter = activity.locator(".tall-shorter")
    shorter.scroll_into_view_if_needed()
    mouse_click(page, shorter)
    page.wait_for_function("() => document.querySelector('iframe.h5p-frame').getBoundingClientRect().height < 600")
