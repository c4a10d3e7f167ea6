"""The learner's next step (issue 20): the pre-test comes first while it is open, and every way
into a lesson that would close it asks first (point 2); a passed final points to the certificate
(point 3)."""

import html

import pytest
from django.urls import reverse
from django.utils import translation

from certificates.models import Certificate
from courses.services import enrollment_create, lesson_complete
from quizzes.services import attempt_start, attempt_submit
from tests.factories import build_course, build_quiz, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    course = build_course(lessons=2)
    build_quiz(course, role="pre", slug="pre", attempts_allowed=1)
    build_quiz(course, role="final", slug="final")
    return course


@pytest.fixture
def enrolled(client, course, learner):
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    return learner


def t(message):
    """A message as the learner reads it: the pages of these courses are in Kazakh."""
    with translation.override("kk"):
        return translation.gettext(message)


def heading(message):
    """A heading as the page shows it, whole (the Kazakh of "ready" begins that of "being prepared")."""
    return f">{t(message)}</h2>"


def pre_test_of(course):
    from quizzes.models import QuizPage

    return QuizPage.objects.child_of(course).get(role="pre")


def final_of(course):
    from quizzes.models import QuizPage

    return QuizPage.objects.child_of(course).get(role="final")


def right_answers(attempt):
    return {
        question["key"]: next(option["key"] for option in question["options"] if option["correct"])
        for question in attempt.snapshot["questions"]
    }


def primary_button(page):
    """The href and text of the first primary button in the course actions."""
    actions = page.split('class="course-actions"', 1)[1]
    start = actions.index('<a class="button" href="') + len('<a class="button" href="')
    href = actions[start : actions.index('"', start)]
    text = actions[actions.index(">", start) + 1 : actions.index("</a>", start)]
    return html.unescape(href), html.unescape(text)


def test_an_open_pre_test_is_the_primary_button_of_the_course_page(client, course, enrolled):
    page = client.get(course.url).content.decode()
    assert primary_button(page) == (pre_test_of(course).url, t("Take the pre-test"))
    # The lessons stay one tap away, as the secondary button.
    secondary = f'<a class="button button-secondary" href="{lessons_of(course)[0].url}">'
    assert secondary + t("Start the first lesson") + "</a>" in page


def test_a_lesson_asks_first_while_it_would_close_the_pre_test(client, course, enrolled):
    lesson = lessons_of(course)[0]
    page = client.get(lesson.url).content.decode()
    assert t("Take the pre-test first?") in page
    assert f'<a class="button" href="{pre_test_of(course).url}">{t("Take the pre-test")}</a>' in page
    assert f'href="{lesson.url}?pre_test=skip">{t("Start without it")}</a>' in page
    # The lesson itself is not there yet: nothing to complete before the learner chooses.
    assert "Lesson 1 text." not in page
    assert reverse("courses:lesson_complete", kwargs={"course_id": course.pk, "lesson_id": lesson.pk}) not in page


def test_start_without_it_opens_the_lesson(client, course, enrolled):
    lesson = lessons_of(course)[0]
    page = client.get(lesson.url, {"pre_test": "skip"}).content.decode()
    assert t("Take the pre-test first?") not in page
    assert "Lesson 1 text." in page
    assert reverse("courses:lesson_complete", kwargs={"course_id": course.pk, "lesson_id": lesson.pk}) in page


def test_my_learning_continue_link_leads_to_the_question_too(client, course, enrolled):
    learning = client.get(reverse("courses:my_learning")).content.decode()
    next_url = lessons_of(course)[0].url
    assert f'href="{next_url}"' in learning
    assert t("Take the pre-test first?") in client.get(next_url).content.decode()


def test_once_the_pre_test_is_taken_lessons_open_straight_away(client, course, enrolled):
    attempt = attempt_start(user=enrolled, quiz=pre_test_of(course)).attempt
    attempt_submit(user=enrolled, attempt_id=attempt.pk, answers={})
    lesson = lessons_of(course)[0]
    assert "Lesson 1 text." in client.get(lesson.url).content.decode()
    assert primary_button(client.get(course.url).content.decode()) == (lesson.url, t("Start the first lesson"))


def test_a_pre_test_started_but_not_submitted_is_continued_and_lessons_do_not_ask(client, course, enrolled):
    attempt_start(user=enrolled, quiz=pre_test_of(course))
    assert "Lesson 1 text." in client.get(lessons_of(course)[0].url).content.decode()
    page = client.get(course.url).content.decode()
    assert primary_button(page) == (pre_test_of(course).url, t("Continue the pre-test"))


def test_once_a_lesson_is_done_the_closed_pre_test_is_offered_no_more(client, course, enrolled):
    lessons = lessons_of(course)
    lesson_complete(user=enrolled, lesson=lessons[0], course=course)
    assert "Lesson 2 text." in client.get(lessons[1].url).content.decode()
    page = client.get(course.url).content.decode()
    assert primary_button(page) == (lessons[1].url, t("Continue where you left off"))
    assert t("Take the pre-test") not in page


def test_a_course_without_a_pre_test_opens_lessons_straight_away(client, learner):
    course = build_course(slug="plain", lessons=1)
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    assert "Lesson 1 text." in client.get(lessons_of(course)[0].url).content.decode()


def pass_the_course(user, course):
    attempt = attempt_start(user=user, quiz=pre_test_of(course)).attempt
    attempt_submit(user=user, attempt_id=attempt.pk, answers={})
    for lesson in lessons_of(course):
        lesson_complete(user=user, lesson=lesson, course=course)
    attempt = attempt_start(user=user, quiz=final_of(course)).attempt
    attempt_submit(user=user, attempt_id=attempt.pk, answers=right_answers(attempt))
    return attempt


def test_the_result_of_a_passed_final_points_to_the_certificate(client, course, enrolled):
    attempt = pass_the_course(enrolled, course)
    certificate = Certificate.objects.get(user=enrolled)
    page = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content.decode()
    assert heading("Your certificate is ready") in page
    assert f'href="{reverse("certificates:download", kwargs={"certificate_id": certificate.pk})}"' in page
    assert certificate.token in page  # the verification link to share
    assert "data-share" in page


def test_the_completed_course_page_points_to_the_certificate(client, course, enrolled):
    pass_the_course(enrolled, course)
    certificate = Certificate.objects.get(user=enrolled)
    page = client.get(course.url).content.decode()
    assert t("You have completed this course.") in page
    assert heading("Your certificate is ready") in page
    assert reverse("certificates:download", kwargs={"certificate_id": certificate.pk}) in page
    assert certificate.token in page  # the verification link to share


def test_a_certificate_not_there_yet_is_announced_honestly(client, course, enrolled):
    attempt = pass_the_course(enrolled, course)
    Certificate.objects.filter(user=enrolled).delete()  # as if issued by a task still queued
    for url in (course.url, reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})):
        page = client.get(url).content.decode()
        assert heading("Your certificate is being prepared") in page
        assert heading("Your certificate is ready") not in page
        assert reverse("certificates:mine") in page


def test_a_pre_test_result_says_nothing_of_a_certificate(client, course, enrolled):
    attempt = attempt_start(user=enrolled, quiz=pre_test_of(course)).attempt
    attempt_submit(user=enrolled, attempt_id=attempt.pk, answers={})
    page = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content.decode()
    assert heading("Your certificate is ready") not in page
    assert heading("Your certificate is being prepared") not in page


def test_a_revoked_certificate_is_not_offered(client, course, enrolled):
    from certificates.services import certificate_revoke

    pass_the_course(enrolled, course)
    certificate_revoke(certificate=Certificate.objects.get(user=enrolled), by=None, reason="Test")
    page = client.get(course.url).content.decode()
    assert heading("Your certificate is ready") not in page
    assert heading("Your certificate is being prepared") not in page


def test_an_expired_certificate_is_not_announced_as_ready(client, course, enrolled):
    """Years later the completed course (and the home page) must not say 'Your certificate is
    ready' with a PDF of a certificate that no longer counts: it says it has expired and leads to
    My certificates, where it is renewed. The daily task may not have marked it yet."""
    import datetime

    import time_machine

    pass_the_course(enrolled, course)
    certificate = Certificate.objects.get(user=enrolled)
    for url in (course.url, "/kk/"):
        with time_machine.travel(certificate.expires_on + datetime.timedelta(days=2)):  # still marked valid
            client.force_login(enrolled)
            page = client.get(url).content.decode()
        assert heading("Your certificate is ready") not in page
        assert heading("Your certificate has expired") in page
        assert reverse("certificates:mine") in page


def test_a_pre_test_only_in_another_language_still_comes_first(client, learner):
    """A Kazakh course whose pre-test was published only in Russian: completing a Kazakh lesson
    closes it all the same (a quiz is one in every language), so the lesson asks first and the
    course page offers it, in the language it exists in."""
    from tests.factories import translate_page

    course = build_course(lessons=2)
    russian = translate_page(course, "ru")
    pre_test = build_quiz(russian, role="pre", slug="pre", attempts_allowed=1)
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    page = client.get(lessons_of(course)[0].url).content.decode()
    assert t("Take the pre-test first?") in page
    assert f'<a class="button" href="{pre_test.url}">{t("Take the pre-test")}</a>' in page
    assert primary_button(client.get(course.url).content.decode()) == (pre_test.url, t("Take the pre-test"))


def test_a_pre_test_left_open_gives_way_to_the_lessons_once_one_is_done(client, course, enrolled):
    """A learner who opened the pre-test, left it and went on with the lessons continues the
    lessons: the course page and the home page no longer put 'Continue the pre-test' first (its
    score would no longer say what they knew before the course); it stays under Tests."""
    attempt_start(user=enrolled, quiz=pre_test_of(course))
    lessons = lessons_of(course)
    lesson_complete(user=enrolled, lesson=lessons[0], course=course)
    page = client.get(course.url).content.decode()
    assert primary_button(page) == (lessons[1].url, t("Continue where you left off"))
    home = client.get("/kk/").content.decode()
    assert t("Continue the pre-test") not in home
    assert f'<a class="button" href="{lessons[1].url}">' in home


def test_a_pre_test_under_an_unpublished_translation_is_not_offered(client, learner):
    from tests.factories import translate_page

    course = build_course(lessons=2)
    russian = translate_page(course, "ru")
    pre_test = build_quiz(russian, role="pre", slug="pre", attempts_allowed=1)
    russian.refresh_from_db()
    russian.unpublish()  # the quiz page itself stays live
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    assert "Lesson 1 text." in client.get(lessons_of(course)[0].url).content.decode()
    assert pre_test.url not in client.get(course.url).content.decode()


def test_start_without_it_changes_nothing_until_the_lesson_is_completed(client, course, enrolled):
    """?pre_test=skip only shows the lesson: a GET (a link preview, a prefetch, Back) neither
    completes the lesson nor closes the pre-test; only the lesson's POST does."""
    from courses.models import LessonCompletion

    lesson = lessons_of(course)[0]
    client.get(lesson.url, {"pre_test": "skip"})
    client.get(course.url)
    assert not LessonCompletion.objects.exists()
    assert primary_button(client.get(course.url).content.decode()) == (pre_test_of(course).url, t("Take the pre-test"))
    assert t("Take the pre-test first?") in client.get(lesson.url).content.decode()
