"""Packages exported from real H5P sites, uploaded by an editor and played by a learner with the
mouse, on a phone and on a laptop. The packages are found by tests/h5p_samples.py."""

import re
import time

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from courses.h5p.services import h5p_package_store
from courses.h5p.validation import package_inspect
from courses.models import Enrollment, H5PAttempt, H5PPackage
from courses.services import enrollment_create
from lms import roles
from tests.browser.helpers import BROWSER_TEST, kk, mouse_click, reach_activity, sign_in
from tests.factories import UserFactory, add_h5p_activity, build_course, lessons_of
from tests.h5p_samples import sample_bytes, sample_path

pytestmark = BROWSER_TEST


def stored_sample(name, title):
    upload = ContentFile(sample_bytes(name), name=name)
    package = H5PPackage(title=title)
    h5p_package_store(package=package, upload=upload, info=package_inspect(upload), user=None)
    package.save()
    return package


def learner_in_lesson(package, *, title, email="aigerim@example.org"):
    course = build_course(lessons=2)
    lesson = lessons_of(course)[0]
    block_id = add_h5p_activity(lesson, package, title=title, required=True)
    learner = UserFactory(email=email, roles=[roles.LEARNERS])
    enrollment_create(user=learner, course=course)
    return lesson, block_id, learner


def drag(page, source, target):
    """Press on the word, move the mouse over the gap in small steps, release."""
    start, end = source.bounding_box(), target.bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(end["x"] + end["width"] / 2, end["y"] + end["height"] / 2, steps=12)
    page.mouse.up()


def test_editor_uploads_packages_exported_from_h5p_sites(two_origins, browser):
    paths = [sample_path("H5P.DragText.h5p"), sample_path("H5P.GreetingCard.h5p")]
    UserFactory(email="methodologist@example.org", roles=[roles.CONTENT_EDITORS])
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    sign_in(page, two_origins, "methodologist@example.org")
    for path in paths:
        page.goto(two_origins + reverse("wagtailsnippets_courses_h5ppackage:add"))
        page.locator("input[type=file][name=upload]").set_input_files(str(path))
        mouse_click(page, page.locator("main form button.action-save, main form button[type=submit].button").first)
        page.wait_for_url(re.compile(r".*/admin/snippets/courses/h5ppackage/$"))
    packages = {package.main_library: package for package in H5PPackage.objects.all()}
    assert set(packages) == {"H5P.DragText 1.8", "H5P.GreetingCard 1.0"}
    assert packages["H5P.DragText 1.8"].title == "Drag the Words"
    assert packages["H5P.DragText 1.8"].reports_results is True
    assert packages["H5P.GreetingCard 1.0"].reports_results is False
    context.close()


def inside(box, outer):
    return outer["y"] <= box["y"] and box["y"] + box["height"] <= outer["y"] + outer["height"]


def wait_until(condition, seconds=10):
    """True as soon as `condition()` holds, polled every 100 ms; False after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.parametrize("width", [360, 1366])
def test_learner_drags_the_words_with_the_mouse_and_the_result_is_recorded(two_origins, browser, width):
    package = stored_sample("H5P.DragText.h5p", "Drag the Words")
    lesson, block_id, learner = learner_in_lesson(package, title="Жидектер")
    context = browser.new_context(viewport={"width": width, "height": 740})
    page = context.new_page()
    sign_in(page, two_origins, learner.email)
    page.goto(two_origins + lesson.url)
    frame, activity = reach_activity(page)
    words = activity.locator(".ui-draggable")
    words.first.wait_for()
    gaps = activity.locator(".h5p-drag-dropzone-container .ui-droppable")
    assert gaps.count() == 3
    for index, answer in enumerate(("blue", "red", "orange")):
        word = words.filter(has_text=answer)
        word.scroll_into_view_if_needed()  # the learner scrolls the lesson to the words
        drag(page, word, gaps.nth(index))
        assert answer in gaps.nth(index).get_attribute("aria-label")
    check = activity.locator(".h5p-question-check-answer")
    check.scroll_into_view_if_needed()
    mouse_click(page, check)

    status = page.locator("[data-h5p-status]")
    status.filter(has_text=kk("Done.")).wait_for()
    attempt = H5PAttempt.objects.get(user=learner)
    assert (attempt.activity_key, attempt.score_raw, attempt.score_max, attempt.completion) == (block_id, 3, 3, True)
    # The feedback that appeared (the score bar, in place of the Check button) is drawn inside the
    # frame, which follows its content: nothing of it is cut off at the frame's bottom edge.
    feedback = activity.locator(".h5p-joubelui-score-bar").first
    feedback.wait_for()
    assert wait_until(lambda: inside(feedback.bounding_box(), frame.bounding_box())), (
        feedback.bounding_box(),
        frame.bounding_box(),
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


def test_a_required_greeting_card_is_done_once_looked_through(two_origins, page):
    package = stored_sample("H5P.GreetingCard.h5p", "Greeting card")
    lesson, block_id, learner = learner_in_lesson(package, title="Сәлемдеме", email="bota@example.org")
    sign_in(page, two_origins, learner.email)
    page.goto(two_origins + lesson.url)
    assert kk("Open this activity and look through it to complete the lesson.") in page.content()
    # The signal drops just as the card has been looked through: the first report is lost.
    lost = []

    def drop_first(route):
        if not lost:
            lost.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    page.route("**/h5p/results/", drop_first)
    _frame, activity = reach_activity(page)
    activity.get_by_text("Hello world!").wait_for()
    status = page.locator("[data-h5p-status]")
    status.filter(has_text=kk("Your result was not saved: the connection was lost. Try the activity again.")).wait_for()
    assert not H5PAttempt.objects.exists()
    # Back online, the page reports it again by itself.
    status.filter(has_text=kk("Done.")).wait_for(timeout=30_000)
    assert len(lost) == 1
    attempt = H5PAttempt.objects.get(user=learner)
    assert (attempt.verb, attempt.completion, attempt.activity_key) == ("viewed", True, block_id)
    page.get_by_role("button", name=kk("Mark as complete and continue")).click()
    page.wait_for_url(re.compile(r".*/lesson-2/$"))
    assert Enrollment.objects.get(user=learner).lessons_done == 1
