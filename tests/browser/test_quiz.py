"""A learner on a phone fails the final assessment, retakes it, passes, and the course is complete."""

import re

from django.utils import translation

from courses.models import Enrollment
from courses.services import enrollment_create, lesson_complete
from quizzes.models import QuizAttempt
from tests.browser import helpers
from tests.browser.helpers import BROWSER_TEST
from tests.factories import UserFactory, build_course, build_quiz, choice_question, lessons_of

pytestmark = BROWSER_TEST


def ru(message, **values):
    with translation.override("ru"):
        text = translation.gettext(message)
    return text % values if values else text


def sign_in(page, base, email):
    helpers.sign_in(page, base, email, language="ru")


def choose(page, question, option):
    page.locator(f"fieldset[data-question]:nth-of-type({question})").get_by_label(option, exact=True).check()


def test_learner_fails_the_final_retakes_it_passes_and_completes_the_course(live_server, page):
    from lms import roles
    from tests.factories import translate_page

    course = build_course(lessons=1, title="Course")
    course_ru = translate_page(course, "ru", title="Распознавание насилия")
    for lesson in lessons_of(course):
        translate_page(lesson, "ru")
    quiz = build_quiz(
        course,
        questions=[choice_question("Кому сообщить?"), choice_question("Что сказать ребёнку?")],
        shuffle_options=False,
        attempts_allowed=3,
        show_answers="after_pass",
    )
    quiz_ru = translate_page(quiz, "ru", title="Итоговый тест")
    learner = UserFactory(email="aliya@example.org", roles=[roles.LEARNERS], language="ru")
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)

    sign_in(page, live_server.url, "aliya@example.org")
    page.goto(live_server.url + quiz_ru.url)
    page.get_by_role("button", name=ru("Start the quiz")).click()
    page.wait_for_url(re.compile(r".*/quizzes/attempts/\d+/$"))

    # Answers are saved as they are given: a reload keeps them.
    choose(page, 1, "Option 2")
    page.locator("[data-save-status]").filter(has_text=ru("All answers saved.")).wait_for()
    page.reload()
    assert page.locator("fieldset[data-question]:nth-of-type(1)").get_by_label("Option 2", exact=True).is_checked()

    # While the connection is down the answer waits on the device, then goes when it is back.
    page.context.set_offline(True)
    choose(page, 2, "Option 3")
    offline = ru(
        "Not saved yet: check your connection. Your answers are kept on this device and will be sent when it is back."
    )
    page.locator("[data-save-status]").filter(has_text=offline).wait_for()
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.locator("[data-save-status]").filter(has_text=ru("All answers saved.")).wait_for()
    first = QuizAttempt.objects.get()
    assert len(first.answers) == 2

    page.get_by_role("button", name=ru("Submit answers")).click()
    page.wait_for_url(re.compile(r".*/result/$"))
    assert ru("Not passed: the pass mark is %(pass_mark)s%%.", pass_mark=80) in page.content()
    assert ru("Correct answer:") not in page.content()  # shown only after passing

    page.get_by_role("link", name=ru("Back to the quiz to try again")).click()
    page.get_by_role("button", name=ru("Start a new attempt")).click()
    page.wait_for_url(re.compile(r".*/quizzes/attempts/\d+/$"))
    choose(page, 1, "Option 1")
    choose(page, 2, "Option 1")
    page.get_by_role("button", name=ru("Submit answers")).click()
    page.wait_for_url(re.compile(r".*/result/$"))
    assert ru("You have completed the course. Well done!") in page.locator(".messages").inner_text()
    assert ru("Passed: the pass mark is %(pass_mark)s%%.", pass_mark=80) in page.content()
    assert "Why: Кому сообщить?" in page.content()  # the explanations, now that the learner passed
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.goto(live_server.url + course_ru.url)
    assert ru("You have completed this course.") in page.content()
    assert page.locator("table.knowledge").inner_text().count("100%") == 1
    assert Enrollment.objects.get().status == "completed"
    assert [attempt.passed for attempt in QuizAttempt.objects.order_by("number")] == [False, True]


def test_an_answer_given_just_before_submitting_is_not_saved_after_the_submission(live_server, page, monkeypatch):
    """On a slow connection the page stays up while the submission travels. The answer's
    delayed save used to follow it, find the attempt closed and load the result again, and the
    second load lost the "course completed" message the first had taken."""
    import time

    from lms import roles
    from quizzes import views

    course = build_course(lessons=1, title="Course")
    quiz = build_quiz(course, questions=[choice_question("Кому сообщить?")], shuffle_options=False)
    learner = UserFactory(email="aliya@example.org", roles=[roles.LEARNERS], language="ru")
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    submit = views.attempt_submit

    def slow_submit(**kwargs):
        time.sleep(1)  # longer than the 300 ms the page waits before saving a changed answer
        return submit(**kwargs)

    monkeypatch.setattr(views, "attempt_submit", slow_submit)
    saves = []
    page.on("request", lambda request: saves.append(request.url) if request.url.endswith("/answers/") else None)

    sign_in(page, live_server.url, "aliya@example.org")
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name=helpers.kk("Start the quiz")).click()
    page.wait_for_url(re.compile(r".*/quizzes/attempts/\d+/$"))
    choose(page, 1, "Option 1")
    page.get_by_role("button", name=helpers.kk("Submit answers")).click()
    page.wait_for_url(re.compile(r".*/result/$"))
    assert saves == []
    assert helpers.kk("You have completed the course. Well done!") in page.locator(".messages").inner_text()
