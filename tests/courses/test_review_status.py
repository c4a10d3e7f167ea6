"""An author reads, on the admin dashboard and in their language, where each page they submitted
stands in review and what the reviewer said."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.admin_review_status import review_status_rows
from courses.models import LessonPage
from lms import roles
from tests.factories import UserFactory, build_course, lesson_body

pytestmark = pytest.mark.django_db


def submitted_lesson(course, author, number):
    lesson = LessonPage(title=f"Жергілікті жағдай {number}", slug=f"local-{number}", body=lesson_body(), live=False)
    course.add_child(instance=lesson)
    lesson.save_revision(user=author)
    lesson.get_workflow().start(lesson, author)
    lesson.refresh_from_db()
    return lesson


def test_the_author_reads_the_reviewers_comment_in_kazakh(client):
    course = build_course()
    author = UserFactory(roles=[roles.TRAINERS])
    reviewer = UserFactory(roles=[roles.CONTENT_REVIEWERS], full_name="Айгүл Сарапшы")
    lesson = submitted_lesson(course, author, 1)
    waiting = submitted_lesson(course, author, 2)
    task_state = lesson.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Қызметтің телефонын тексеріңіз.")

    client.force_login(author)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Тексерудегі беттеріңіз" in page
    assert "Түзетуге қайтарылды" in page
    assert "Қызметтің телефонын тексеріңіз." in page and "Айгүл Сарапшы" in page
    assert "Тексеруде: Бала қорғау жөніндегі сарапшының бекітуі" in page
    assert waiting.title in page


def test_someone_elses_submissions_are_not_shown(client):
    course = build_course()
    author = UserFactory(roles=[roles.TRAINERS])
    submitted_lesson(course, author, 1)
    other = UserFactory(roles=[roles.TRAINERS])
    client.force_login(other)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Жергілікті жағдай 1" not in page


def test_the_panel_reads_in_the_same_queries_however_many_submissions():
    course = build_course()
    author = UserFactory(roles=[roles.TRAINERS])
    submitted_lesson(course, author, 1)
    with CaptureQueriesContext(connection) as one:
        assert len(review_status_rows(author)) == 1
    for number in range(2, 7):
        submitted_lesson(course, author, number)
    with CaptureQueriesContext(connection) as six:
        assert len(review_status_rows(author)) == 6
    assert len(six) == len(one) == 3
