"""The demo quizzes: valid banks in three languages that share their question ids, and a learner can take them."""

import pytest
from django.core.exceptions import ValidationError

from courses.demo.registration import load_demo_courses
from courses.models import CoursePage
from courses.services import enrollment_create
from quizzes.demo.registration import load_demo_quizzes
from quizzes.models import QuizPage
from quizzes.services import attempt_start, attempt_submit
from tests.shared_rows import built_once

pytestmark = pytest.mark.django_db


def load_the_demo():
    load_demo_courses()
    load_demo_quizzes()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo courses and quizzes in three languages, loaded once for the module (4-9 s a load)."""
    yield from built_once(django_db_blocker, load_the_demo)


def quiz(slug, course, language):
    return QuizPage.objects.get(slug=slug, locale__language_code=language, url_path__contains=f"/{course}/")


@pytest.mark.parametrize(
    ("course", "slug", "role", "count"),
    [
        ("recognising-and-responding", "pre-test", "pre", 12),
        ("recognising-and-responding", "final-assessment", "final", 12),
        ("leading-the-training", "final-assessment", "final", 8),
    ],
)
def test_demo_quizzes_are_valid_and_share_question_ids_across_languages(demo, course, slug, role, count):
    ids = []
    for language in ("kk", "ru", "en"):
        page = quiz(slug, course, language)
        assert page.role == role and page.live
        assert len(page.questions.raw_data) == count
        try:
            page.questions.stream_block.clean(page.questions)  # what the admin's form would check
        except ValidationError as error:
            pytest.fail(f"{language} {slug}: {error}")
        ids.append([block["id"] for block in page.questions.raw_data])
    assert ids[0] == ids[1] == ids[2]


def test_most_demo_teacher_questions_are_scenarios_and_every_topic_is_tested(demo):
    page = quiz("final-assessment", "recognising-and-responding", "ru")
    blocks = page.questions.raw_data
    assert sum(block["type"] == "case_scenario" for block in blocks) >= 8
    from quizzes.snapshot import bank_questions

    questions = bank_questions(page)
    assert {question["topic"] for question in questions} == {"forms", "signs", "disclosure", "reporting", "prevention"}
    assert {question["type"] for question in questions} == {"single", "multiple", "true_false", "matching", "ordering"}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_learner_takes_the_demo_pre_test_in_each_language(demo, learner, language):
    course = CoursePage.objects.get(slug="recognising-and-responding", locale__language_code=language)
    enrollment_create(user=learner, course=course)
    page = quiz("pre-test", "recognising-and-responding", language)
    attempt = attempt_start(user=learner, quiz=page).attempt
    assert attempt.snapshot["language"] == language
    assert len(attempt.snapshot["questions"]) == 12
    result = attempt_submit(user=learner, attempt_id=attempt.pk, answers={})
    assert result.attempt.percent == 0


def test_loading_the_demo_quizzes_twice_adds_nothing(demo):
    assert load_demo_quizzes() == "0 new quiz(zes) in kk, ru and en."
    assert QuizPage.objects.count() == 9
