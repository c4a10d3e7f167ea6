"""Publishing into a running course (courses/publishing.py): a completed course stays completed,
learners in progress see the new lesson and an honest percentage, a required lesson taken away
completes those who did the rest, and a reviewer confirms before a required lesson reaches
learners of a translated course untranslated."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Locale

from certificates.models import Certificate
from courses.models import Enrollment, LessonPage
from courses.publishing import publishing_impact
from courses.services import enrollment_create, lesson_complete
from lms import roles
from lms.errors import AccessRefused
from tests.factories import UserFactory, build_course, lesson_body, lessons_of, translate_page

pytestmark = pytest.mark.django_db


def add_lesson(course, number, *, required=True, publish=True):
    lesson = LessonPage(
        title=f"Added lesson {number}",
        slug=f"added-{number}",
        required=required,
        body=lesson_body("New material."),
        live=False,  # a draft, as the admin saves a new page
    )
    course.add_child(instance=lesson)
    revision = lesson.save_revision()
    if publish:
        revision.publish()
    return lesson


def complete(learner, course, lessons):
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, course=course)


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Publishing queues the learners' refresh after the commit; the tests' queue runs it at once."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_completed_course_stays_completed_with_its_certificate_when_a_required_lesson_is_added(
    client, learner, on_commit
):
    course = build_course(lessons=2)
    enrollment_create(user=learner, course=course)
    complete(learner, course, lessons_of(course))
    certificate = Certificate.objects.get(user=learner)
    with on_commit():
        add_lesson(course, 3)

    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.is_completed
    assert (enrollment.lessons_done, enrollment.lessons_total) == (2, 2)  # the record of what was completed
    assert Certificate.objects.get(user=learner).pk == certificate.pk
    client.force_login(learner)
    page = client.get(course.url).content.decode()
    learning = client.get(reverse("courses:my_learning")).content.decode()
    assert "Сіз бұл курсты аяқтадыңыз." in page
    assert 'value="100"' in page, "the bar of a completed course is full, whatever was added"
    assert "сіз аяқтағаннан кейін қосылды" in page and "«Added lesson 3»" in page
    assert "Курсты аяқтағаныңыз бен сертификатыңыз өзгермейді." in page
    assert "Өтілген сабақтар: 2 / 3" not in learning
    assert "аяқтағаныңыздан кейін 1 сабақ қосылды" in learning


def test_learners_in_progress_see_the_new_lesson_and_an_honest_percentage(client, learner, on_commit):
    course = build_course(lessons=2)
    enrollment_create(user=learner, course=course)
    complete(learner, course, lessons_of(course)[:1])
    assert Enrollment.objects.get(user=learner).percent == 50
    with on_commit():
        add_lesson(course, 3)

    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == Enrollment.Status.IN_PROGRESS
    assert (enrollment.lessons_done, enrollment.lessons_total, enrollment.percent) == (1, 3, 33)
    client.force_login(learner)
    page = client.get(course.url).content.decode()
    learning = client.get(reverse("courses:my_learning")).content.decode()
    assert "Сіз бастағаннан бері курсқа қосылғаны:" in page and "«Added lesson 3»" in page
    assert "қазір 33% орындалды" in page
    assert "сіз бастағаннан бері 1 жаңа сабақ" in learning


def test_an_optional_lesson_added_is_new_but_not_needed(client, learner, on_commit):
    course = build_course(lessons=2)
    enrollment_create(user=learner, course=course)
    complete(learner, course, lessons_of(course)[:1])
    with on_commit():
        add_lesson(course, 3, required=False)
    client.force_login(learner)
    page = client.get(course.url).content.decode()
    assert "«Added lesson 3»" in page
    assert "курсты аяқтау үшін қажет" not in page


def test_a_learner_who_has_not_started_is_not_told_of_changes(client, learner, on_commit):
    course = build_course(lessons=2)
    enrollment_create(user=learner, course=course)
    with on_commit():
        add_lesson(course, 3)
    client.force_login(learner)
    page = client.get(course.url).content.decode()
    assert "Added lesson 3" in page
    assert "курсқа қосылғаны" not in page
    assert Enrollment.objects.get(user=learner).lessons_total == 3


def test_removing_the_last_required_lesson_completes_those_who_did_the_rest(learner, on_commit):
    course = build_course(lessons=3)
    enrollment_create(user=learner, course=course)
    first, second, third = lessons_of(course)
    complete(learner, course, [first, second])
    other = UserFactory()
    enrollment_create(user=other, course=course)
    complete(other, course, [first])
    with on_commit():
        third.unpublish()

    assert Enrollment.objects.get(user=learner).is_completed
    assert Certificate.objects.filter(user=learner).exists()
    still = Enrollment.objects.get(user=other)
    assert still.status == Enrollment.Status.IN_PROGRESS
    assert (still.lessons_done, still.lessons_total, still.percent) == (1, 2, 50)


def translated_course(lessons=2):
    course = build_course(lessons=lessons)
    translate_page(course, "ru", title="Реагирование на насилие")
    for lesson in lessons_of(course):
        translate_page(lesson, "ru", title=f"Урок {lesson.title[-1]}")
    return course


def test_the_impact_counts_learners_and_shows_each_language_of_the_course(learner):
    course = translated_course()
    enrollment_create(user=learner, course=course)
    lesson = add_lesson(course, 3, publish=False)
    impact = publishing_impact(lesson)
    assert (impact.in_progress, impact.completed) == (1, 0)
    assert [(row.code, row.state) for row in impact.languages] == [("kk", "this"), ("ru", "missing")]
    assert impact.becomes_required and impact.needs_confirmation

    translation_page = lesson.copy_for_translation(Locale.objects.get(language_code="ru"))
    assert [(row.code, row.state) for row in publishing_impact(lesson).languages][1] == ("ru", "draft")
    translation_page.save_revision().publish()
    assert not publishing_impact(lesson).needs_confirmation


def test_an_optional_lesson_or_a_course_not_translated_needs_no_confirmation():
    course = translated_course()
    assert not publishing_impact(add_lesson(course, 3, required=False, publish=False)).needs_confirmation
    plain = build_course(slug="plain", lessons=2)
    assert not publishing_impact(add_lesson(plain, 3, publish=False)).needs_confirmation


def submit(lesson, user):
    lesson.get_workflow().start(lesson, user)
    lesson.refresh_from_db()
    return lesson.current_workflow_state.current_task_state


def test_a_reviewer_confirms_before_an_untranslated_required_lesson_reaches_a_translated_course(client):
    course = translated_course()
    author = UserFactory(roles=[roles.CONTENT_EDITORS])
    lesson = add_lesson(course, 3, publish=False)
    task_state = submit(lesson, author)
    reviewer = UserFactory(roles=[roles.CONTENT_REVIEWERS])
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])

    dialog = client.get(url, headers={"x-requested-with": "XMLHttpRequest"}).json()["html"]
    assert "Бұл курсқа 0 оқушы жазылған: 0 оқып жүр, 0 аяқтаған." in dialog
    assert "Русский" in dialog and "аудармасы жоқ" in dialog
    assert 'name="publish_without_translations"' in dialog

    # The dialog refuses without the tick, in the modal, and nothing is published.
    refused = client.post(
        url, {"comment": "", "needs_confirmation": "on"}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert "«Аудармаларсыз жариялау» белгісін қойыңыз" in refused.json()["html"]
    assert not LessonPage.objects.get(pk=lesson.pk).live

    # Leaving out what the dialog asked for does not get around the server's check.
    task = task_state.task.specific
    with pytest.raises(AccessRefused):
        task.on_action(task_state, reviewer, "approve", comment="")
    assert not LessonPage.objects.get(pk=lesson.pk).live

    response = client.post(
        url, {"comment": "Translations follow.", "needs_confirmation": "on", "publish_without_translations": "on"}
    )
    assert response.status_code == 302
    assert LessonPage.objects.get(pk=lesson.pk).live


def test_publishing_directly_is_refused_for_an_untranslated_required_lesson(client):
    course = translated_course()
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    lesson = add_lesson(course, 3, publish=False)
    edit = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    from tests.courses.test_review import lesson_form

    response = client.post(
        edit, lesson_form("Added lesson 3", slug="added-3", **{"action-publish": "publish"}), follow=True
    )
    assert not LessonPage.objects.get(pk=lesson.pk).live
    assert "Жарияланған жоқ: курстың басқа сабақтары аударылған" in response.content.decode()
    assert LessonPage.objects.get(pk=lesson.pk).get_latest_revision().content["title"] == "Added lesson 3"


def test_the_editor_shows_what_publishing_changes(client):
    course = translated_course()
    lesson = add_lesson(course, 3, publish=False)
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    page = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "Жариялау оқушылар үшін нені өзгертеді" in page
    assert "аудармасы жоқ" in page
    assert "аудармасыз көреді: Русский." in page, "the warning names the languages"
    assert "LanguageRow" not in page


def approve_from_the_editor(client, lesson, extra, **fields):
    """The edit page's approve: the form saved as a revision, then the action with the dialog's data."""
    from tests.courses.test_review import lesson_form

    data = lesson_form(lesson.title, slug=lesson.slug, **fields)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps(extra),
        }
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data)


def test_a_lesson_made_required_while_approving_is_checked_as_it_will_be_published(client):
    course = translated_course()
    lesson = add_lesson(course, 3, required=False, publish=False)
    submit(lesson, UserFactory(roles=[roles.CONTENT_EDITORS]))
    client.force_login(UserFactory(roles=[roles.CONTENT_REVIEWERS]))
    response = approve_from_the_editor(client, lesson, {"publish_without_translations": False}, required="on")
    # Wagtail's admin answers a refusal by going back to the dashboard; the reason is said there.
    assert response.status_code == 302
    assert "Жарияланған жоқ" in client.get(response["Location"]).content.decode()
    assert not LessonPage.objects.get(pk=lesson.pk).live
    # Only a real tick confirms; a word does not, and an unknown field is no 500.
    approve_from_the_editor(client, lesson, {"publish_without_translations": "no"}, required="on")
    assert not LessonPage.objects.get(pk=lesson.pk).live
    response = approve_from_the_editor(
        client, lesson, {"publish_without_translations": True, "bogus": 1}, required="on"
    )
    assert response.status_code == 302
    assert LessonPage.objects.get(pk=lesson.pk).live


def test_the_explorers_bulk_publish_is_refused_too(client):
    course = translated_course()
    lesson = add_lesson(course, 3, publish=False)
    client.force_login(UserFactory(is_superuser=True))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={lesson.pk}"
    response = client.post(url, {"include_descendants": ""}, follow=True)
    assert not LessonPage.objects.get(pk=lesson.pk).live
    assert "Жарияланған жоқ" in response.content.decode()
    # Publishing the course with its drafts below is refused the same way.
    client.post(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={course.pk}",
        {"include_descendants": "on"},
    )
    assert not LessonPage.objects.get(pk=lesson.pk).live


def test_publishing_a_translation_of_a_live_lesson_needs_no_confirmation():
    course = translated_course()
    translate_page(course, "en", title="Responding to abuse")
    for lesson in lessons_of(course):
        translate_page(lesson, "en", title=lesson.title)
    third = add_lesson(course, 3)  # live in Kazakh, required: learners of every language have it
    russian = third.copy_for_translation(Locale.objects.get(language_code="ru"))
    impact = publishing_impact(russian)
    assert not impact.becomes_required and not impact.needs_confirmation


def test_a_course_taken_down_with_its_lessons_keeps_its_learners_progress(learner, on_commit):
    course = build_course(lessons=2)
    enrollment_create(user=learner, course=course)
    complete(learner, course, lessons_of(course)[:1])
    with on_commit():
        for page in [*lessons_of(course), course]:  # as the admin's "unpublish with its pages" does
            page.unpublish()
    enrollment = Enrollment.objects.get(user=learner)
    assert (enrollment.lessons_done, enrollment.lessons_total, enrollment.percent) == (1, 2, 50)


def test_the_refresh_goes_through_every_learner_in_batches(learner):
    from courses.services import course_summaries_refresh

    course = build_course(lessons=2)
    learners = [learner] + [UserFactory() for _ in range(4)]
    for person in learners:
        enrollment_create(user=person, course=course)
        complete(person, course, lessons_of(course)[:1])
    add_lesson(course, 3)
    assert course_summaries_refresh(course_key=course.translation_key, batch_size=2) == {"updated": 5, "completed": 0}
    assert set(Enrollment.objects.values_list("lessons_total", "percent")) == {(3, 33)}


def test_the_dialogs_reading_takes_the_same_queries_however_many_learners(django_assert_num_queries):
    course = translated_course()
    lesson = add_lesson(course, 3, publish=False)
    for _ in range(5):
        enrollment_create(user=UserFactory(), course=course)
    with django_assert_num_queries(8):
        impact = publishing_impact(lesson)
    assert impact.in_progress == 5
