import pytest
from django.urls import reverse
from django.utils import translation

from courses.models import Enrollment, LessonCompletion
from courses.services import enrollment_create
from tests.factories import UserFactory, build_course, lesson_body, lessons_of, translate_page

pytestmark = pytest.mark.django_db


def kk(message, **values):
    """A message as the Kazakh pages show it (the default-language course tree is Kazakh)."""
    with translation.override("kk"):
        return translation.gettext(message) % values if values else translation.gettext(message)


def complete_url(course, lesson):
    return reverse("courses:lesson_complete", kwargs={"course_id": course.pk, "lesson_id": lesson.pk})


@pytest.fixture
def course():
    return build_course(lessons=3, optional=(3,))


def test_enrol_button_enrols_once_and_opens_the_first_lesson(client, course, learner):
    client.force_login(learner)
    first = lessons_of(course)[0]
    response = client.post(course.url)
    assert response.status_code == 302 and response["Location"] == first.url
    client.post(course.url)
    assert Enrollment.objects.filter(user=learner).count() == 1
    assert Enrollment.objects.get(user=learner).region == learner.region


def test_visitor_sees_the_course_with_a_sign_in_button(client, course):
    page = client.get(course.url).content.decode()
    assert kk("Sign in to enrol") in page
    assert "Lesson 1" in page


def test_lesson_of_a_course_not_enrolled_in_leads_to_the_course_page(client, course, learner):
    client.force_login(learner)
    response = client.get(lessons_of(course)[0].url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_lesson_asks_a_visitor_to_sign_in(client, course):
    response = client.get(lessons_of(course)[0].url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_marking_complete_records_once_and_goes_to_the_next_lesson(client, course, learner):
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    first, second, _third = lessons_of(course)
    response = client.post(complete_url(course, first))
    assert response["Location"] == second.url
    client.post(complete_url(course, first))
    enrollment = Enrollment.objects.get(user=learner)
    assert LessonCompletion.objects.filter(enrollment=enrollment).count() == 1
    assert (enrollment.lessons_done, enrollment.lessons_total, enrollment.percent) == (1, 3, 33)
    assert enrollment.status == Enrollment.Status.IN_PROGRESS
    assert enrollment.started_at is not None


def test_course_completes_when_required_lessons_are_done(client, course, learner):
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    first, second, _optional = lessons_of(course)
    client.post(complete_url(course, first))
    response = client.post(complete_url(course, second), follow=True)
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == Enrollment.Status.COMPLETED and enrollment.completed_at
    assert enrollment.lessons_done == 2
    assert kk("You have completed the course. Well done!") in response.content.decode()


def test_completion_of_a_lesson_in_another_course_is_404(client, course, learner):
    other = build_course(slug="other", lessons=1, title="Other")
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    response = client.post(complete_url(course, lessons_of(other)[0]))
    assert response.status_code == 404
    assert not LessonCompletion.objects.exists()


def test_completion_of_a_draft_lesson_is_404(client, course, learner):
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    lesson.unpublish()
    assert client.post(complete_url(course, lesson)).status_code == 404


def test_completion_without_enrolment_records_nothing(client, course, learner):
    client.force_login(learner)
    response = client.post(complete_url(course, lessons_of(course)[0]))
    assert response["Location"] == course.url
    assert not LessonCompletion.objects.exists()


def test_completion_needs_post_and_sign_in(client, course):
    lesson = lessons_of(course)[0]
    assert client.get(complete_url(course, lesson)).status_code == 405
    response = client.post(complete_url(course, lesson))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_completion_with_an_id_too_large_for_the_database_is_404(client, course, learner):
    client.force_login(learner)
    url = f"/kk/learning/courses/{course.pk}/lessons/{10**25}/complete/"
    assert client.post(url).status_code == 404


def test_learner_never_sees_an_unpublished_draft_of_a_lesson(client, course, learner):
    from lms import roles

    lesson = lessons_of(course)[0]
    enrollment_create(user=learner, course=course)
    editor = UserFactory(roles=[roles.CONTENT_EDITORS])
    lesson.body = lesson_body("Draft text not yet reviewed.")
    lesson.save_revision(user=editor)
    client.force_login(editor)
    assert (
        "Draft text not yet reviewed."
        in client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk])).content.decode()
    )
    client.force_login(learner)
    page = client.get(lesson.url).content.decode()
    assert "Lesson 1 text." in page and "Draft text not yet reviewed." not in page
    # Once approved and published, learners see the new text at once.
    lesson.get_latest_revision().publish()
    assert "Draft text not yet reviewed." in client.get(lesson.url).content.decode()


def test_course_whose_lessons_are_all_optional_completes_when_all_are_done(client, learner):
    course = build_course(slug="all-optional", lessons=2, optional=(1, 2))
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    first, second = lessons_of(course)
    client.post(complete_url(course, first))
    assert not Enrollment.objects.get(user=learner).is_completed
    client.post(complete_url(course, second))
    assert Enrollment.objects.get(user=learner).is_completed


def test_course_page_offers_to_continue_where_the_learner_left_off(client, course, learner):
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    first, second, _third = lessons_of(course)
    client.post(complete_url(course, first))
    page = client.get(course.url).content.decode()
    assert f'<a class="button" href="{second.url}">{kk("Continue where you left off")}</a>' in page


def test_progress_is_kept_when_the_learner_switches_language(client, course, learner):
    ru_course = translate_page(course, "ru", title="Как реагировать")
    ru_lessons = [translate_page(lesson, "ru", title=f"Урок {n}") for n, lesson in enumerate(lessons_of(course), 1)]
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    client.post(complete_url(course, lessons_of(course)[0]))
    # The same learner, now in Russian: lesson 1 shows as done, and finishing lesson 2 completes the course.
    page = client.get(ru_course.url, headers={"accept-language": "ru"}).content.decode()
    assert "33%" in page
    response = client.post(complete_url(ru_course, ru_lessons[1]))
    assert response["Location"] == ru_course.url
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.lessons_done == 2 and enrollment.is_completed
    assert Enrollment.objects.count() == 1


def test_untranslated_lesson_falls_back_to_the_source_language(client, course, learner):
    ru_course = translate_page(course, "ru", title="Как реагировать")
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    page = client.get(ru_course.url).content.decode()
    # No Russian lessons yet: the outline links to the Kazakh ones.
    assert lessons_of(course)[0].url in page


def test_editor_preview_records_no_progress(client, course):
    from lms import roles

    editor = UserFactory(roles=[roles.CONTENT_EDITORS])
    client.force_login(editor)
    lesson = lessons_of(course)[0]
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert response.status_code == 200
    assert kk("Preview: progress is not recorded.") in response.content.decode()
    assert not Enrollment.objects.exists() and not LessonCompletion.objects.exists()


def test_my_learning_lists_progress_and_the_next_lesson(client, course, learner):
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    first, second, _third = lessons_of(course)
    client.post(complete_url(course, first))
    page = client.get(reverse("courses:my_learning")).content.decode()
    assert kk("%(done)s of %(total)s lessons", done=1, total=3) in page
    assert second.url in page
