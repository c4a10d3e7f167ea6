"""Authors find the demo's pages by title in the admin as soon as `load_demo` has run, in every
language, before any background worker has looked at the queue."""

import contextlib
import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page

from lms.models import User
from tests.factories import totp_enrol
from tests.queued_tasks import run_queued_tasks
from tests.shared_rows import built_once

pytestmark = pytest.mark.django_db

# As in development: index updates wait in the database queue for a worker that has not run yet.
QUEUED_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def load_demo_as_in_development():
    with override_settings(DEBUG=True, TASKS=QUEUED_TASKS), contextlib.redirect_stdout(io.StringIO()):
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, load_demo_as_in_development)


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("қорытынды", "Қорытынды тест"),
        ("Өзіңізге", "Өзіңізге қамқорлық жасау"),
        ("признаки", "Как распознать признаки"),
        ("забота", "Забота о себе"),
        ("disclosure", "Responding to a disclosure"),
    ],
)
def test_a_title_word_finds_the_demo_page_in_its_language(demo, word, title):
    assert title in {page.title for page in Page.objects.search(word)}


@pytest.mark.parametrize(
    ("word", "title"), [("Мектептегі", "Мектептегі алдын алу жұмысы"), ("Профилактика", "Профилактика в школе")]
)
def test_the_editor_finds_the_page_in_the_admin_search(demo, client, word, title):
    editor = User.objects.get(email="editor@example.com")
    totp_enrol(editor)
    client.force_login(editor)
    response = client.get("/admin/pages/search/", {"q": word})
    assert response.status_code == 200
    assert title in response.content.decode()


def test_the_home_pages_made_by_migrations_are_found_too(demo):
    assert {"Басты бет", "Главная"} <= {page.title for page in Page.objects.search("Басты Главная", operator="or")}


def test_a_title_an_author_changes_is_found_once_the_worker_has_run(demo, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    from courses.models import LessonPage

    DBTaskResult.objects.all().delete()  # the demo's own queued entries: written already, by the loader
    lesson = LessonPage.objects.get(title="Қиын сәттер")
    lesson.title = "Қиын сәттер және шешімдер"
    with override_settings(TASKS=QUEUED_TASKS):
        lesson.save_revision().publish()  # what the admin's Publish button does
        assert "Қиын сәттер және шешімдер" not in {page.title for page in Page.objects.search("шешімдер")}
        run_queued_tasks(monkeypatch)
    assert "Қиын сәттер және шешімдер" in {page.title for page in Page.objects.search("шешімдер")}
