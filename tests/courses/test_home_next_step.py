"""The signed-in home page starts with the learner's next step: "Continue: <course>", the next
lesson as "Lesson 3 of 6", a progress bar, the pre-test first while it is open, the certificate
once the course is complete; a visitor finds "Check a certificate" (issue 20, points 5 and 9)."""

import pytest
from django.urls import reverse
from django.utils import translation

from certificates.models import Certificate
from courses.services import enrollment_create, lesson_complete
from quizzes.services import attempt_start, attempt_submit
from tests.factories import build_course, build_quiz, lessons_of

pytestmark = pytest.mark.django_db


def t(message, **values):
    with translation.override("kk"):
        return translation.gettext(message) % values if values else translation.gettext(message)


def heading(message):
    """A heading as the page shows it, whole (the Kazakh of "ready" begins that of "being prepared")."""
    return f">{t(message)}</h2>"


def home(client):
    return client.get("/kk/").content.decode()


def next_step_of(page):
    assert 'class="next-step card"' in page
    return page.split('class="next-step card"', 1)[1].split("</section>", 1)[0]


@pytest.fixture
def course():
    course = build_course(lessons=6, title="Recognising abuse")
    build_quiz(course, role="pre", slug="pre", attempts_allowed=1)
    build_quiz(course, role="final", slug="final")
    return course


def test_a_returning_learner_sees_where_to_continue_first(client, learner, course):
    enrollment_create(user=learner, course=course)
    lessons = lessons_of(course)
    for lesson in lessons[:2]:
        lesson_complete(user=learner, lesson=lesson, course=course)
    client.force_login(learner)
    page = home(client)
    step = next_step_of(page)
    assert page.index("next-step") < page.index('id="your-places"')  # before the generic cards
    assert t("Continue: %(title)s", title="Recognising abuse") in step
    assert t("Lesson %(number)s of %(total)s", number=3, total=6) in step
    assert "Lesson 3</strong>" in step
    assert f'<a class="button" href="{lessons[2].url}">' in step
    assert '<progress max="100" value="33"' in step


def test_the_open_pre_test_is_the_next_step_of_a_new_learner(client, learner, course):
    from quizzes.models import QuizPage

    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    step = next_step_of(home(client))
    pre_test = QuizPage.objects.child_of(course).get(role="pre")
    assert f'<a class="button" href="{pre_test.url}">{t("Take the pre-test")}</a>' in step
    assert lessons_of(course)[0].url not in step


def test_a_completed_course_offers_its_certificate(client, learner, course):
    from quizzes.models import QuizPage

    enrollment_create(user=learner, course=course)
    for lesson in lessons_of(course):
        lesson_complete(user=learner, lesson=lesson, course=course)
    attempt = attempt_start(user=learner, quiz=QuizPage.objects.child_of(course).get(role="final")).attempt
    answers = {
        question["key"]: next(option["key"] for option in question["options"] if option["correct"])
        for question in attempt.snapshot["questions"]
    }
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers)
    certificate = Certificate.objects.get(user=learner)
    client.force_login(learner)
    step = next_step_of(home(client))
    assert t("Completed: %(title)s", title="Recognising abuse") in step
    assert heading("Your certificate is ready") in step
    assert reverse("certificates:download", kwargs={"certificate_id": certificate.pk}) in step


def test_someone_enrolled_nowhere_sees_no_next_step(client, learner):
    client.force_login(learner)
    assert 'class="next-step' not in home(client)


def test_a_visitor_finds_check_a_certificate_on_the_home_page(client):
    page = home(client)
    hero = page.split('class="hero"', 1)[1].split("</section>", 1)[0]
    with translation.override("kk"):
        verify = reverse("certificates:verify_code")
    assert f'<a href="{verify}">{t("Check a certificate")}</a>' in hero


def test_the_home_page_reads_a_fixed_number_of_queries(client, learner, django_assert_max_num_queries):
    for number in range(3):
        course = build_course(slug=f"course-{number}", lessons=3 + 5 * number)
        build_quiz(course, role="pre", slug="pre")
        enrollment_create(user=learner, course=course)
        for lesson in lessons_of(course)[:number]:
            lesson_complete(user=learner, lesson=lesson, course=course)
    client.force_login(learner)
    home(client)
    with django_assert_max_num_queries(13):
        page = home(client)
    assert 'class="next-step card"' in page


def test_a_course_in_progress_comes_before_one_completed_since(client, learner, course):
    """A teacher who finished one course and has another under way is shown where to continue,
    not the finished course's certificate again and again until the other moves on."""
    from quizzes.models import QuizPage

    other = build_course(slug="reporting", lessons=4, title="Reporting")
    enrollment_create(user=learner, course=other)
    lesson_complete(user=learner, lesson=lessons_of(other)[0], course=other)
    enrollment_create(user=learner, course=course)
    for lesson in lessons_of(course):
        lesson_complete(user=learner, lesson=lesson, course=course)
    attempt = attempt_start(user=learner, quiz=QuizPage.objects.child_of(course).get(role="final")).attempt
    answers = {
        question["key"]: next(option["key"] for option in question["options"] if option["correct"])
        for question in attempt.snapshot["questions"]
    }
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers)  # completed last
    client.force_login(learner)
    step = next_step_of(home(client))
    assert t("Continue: %(title)s", title="Reporting") in step
    assert t("Lesson %(number)s of %(total)s", number=2, total=4) in step


def test_the_home_page_of_a_new_learner_with_the_pre_test_open_is_pinned_too(
    client, learner, django_assert_max_num_queries
):
    """The pin above meets a course with lessons done; the costlier case is the newest enrolment
    with nothing done yet and its pre-test open (the pre-test is read as well)."""
    for number in range(3):
        course = build_course(slug=f"course-{number}", lessons=3)
        build_quiz(course, role="pre", slug="pre")
        enrollment_create(user=learner, course=course)
    client.force_login(learner)
    home(client)
    with django_assert_max_num_queries(13):
        page = home(client)
    assert t("Take the pre-test") in next_step_of(page)


def test_a_course_taken_off_the_site_does_not_hide_the_one_to_continue(client, learner, course):
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    withdrawn = build_course(slug="withdrawn", lessons=2, title="Withdrawn")
    enrollment_create(user=learner, course=withdrawn)  # the newest enrolment
    withdrawn.unpublish()
    client.force_login(learner)
    step = next_step_of(home(client))
    assert t("Continue: %(title)s", title="Recognising abuse") in step


def test_a_passed_final_is_not_asked_for_again_while_something_else_is_left(client, learner, course):
    """Every lesson done and the final passed, but another completion rule not met yet (a group's
    attendance, say): the home page must not tell the teacher to pass the final assessment."""
    from wagtail import hooks

    from courses.hooks import COURSE_COMPLETION_RULE
    from quizzes.models import QuizAttempt, QuizPage

    def attendance_sufficient(*, enrollment):
        return False

    with hooks.register_temporarily(COURSE_COMPLETION_RULE, attendance_sufficient):
        enrollment_create(user=learner, course=course)
        for lesson in lessons_of(course):
            lesson_complete(user=learner, lesson=lesson, course=course)
        attempt = attempt_start(user=learner, quiz=QuizPage.objects.child_of(course).get(role="final")).attempt
        answers = {
            question["key"]: next(option["key"] for option in question["options"] if option["correct"])
            for question in attempt.snapshot["questions"]
        }
        attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers)
        client.force_login(learner)
        step = next_step_of(home(client))
    assert QuizAttempt.objects.get(pk=attempt.pk).passed
    assert t("You have done every lesson. Pass the final assessment to complete the course.") not in step
    assert f'<a class="button" href="{course.url}">{t("Go to the course")}</a>' in step
