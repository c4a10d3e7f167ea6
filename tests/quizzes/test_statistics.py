"""Per-question statistics: who may see them, and figures an author can act on."""

import pytest
from django.urls import reverse
from django.utils import translation

from courses.services import enrollment_create, lesson_complete
from lms import roles
from quizzes.reports import question_statistics
from quizzes.services import attempt_start, attempt_submit
from tests.factories import UserFactory, build_course, build_quiz, choice_question, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return build_course(lessons=1)


def answer_as(course, quiz, chosen):
    """A new learner submits the quiz choosing option number `chosen[i]` (1-based) for question i."""
    person = UserFactory()
    enrollment_create(user=person, course=course)
    lesson_complete(user=person, lesson=lessons_of(course)[0], course=course)
    attempt = attempt_start(user=person, quiz=quiz).attempt
    answers = {}
    for question, number in zip(attempt.snapshot["questions"], chosen, strict=True):
        if number:
            by_text = {option["text"]: option["key"] for option in question["options"]}
            answers[question["key"]] = by_text[f"Option {number}"]
    attempt_submit(user=person, attempt_id=attempt.pk, answers=answers)


def test_statistics_show_share_correct_and_the_most_common_wrong_answer(course):
    quiz = build_quiz(course, questions=[choice_question("Easy"), choice_question("Confusing")])
    for chosen in ([1, 3], [1, 3], [1, 1], [2, None]):
        answer_as(course, quiz, chosen)
    with translation.override("en"):
        figures = question_statistics(quiz=quiz)
    easy, confusing = figures.questions
    assert (figures.attempts, figures.passed) == (4, 1)
    assert (easy.answered, easy.correct, easy.correct_share) == (4, 3, 75)
    assert (confusing.answered, confusing.correct, confusing.correct_share) == (3, 1, 33)
    assert (confusing.common_wrong, confusing.common_wrong_count) == (["Option 3"], 2)
    assert not confusing.is_hard  # three answers are too few to call it hard


def test_a_question_removed_from_the_bank_keeps_its_figures(course):
    quiz = build_quiz(course, questions=[choice_question("Kept"), choice_question("Removed later")])
    answer_as(course, quiz, [1, 2])
    quiz.questions = quiz.questions.raw_data[:1]
    quiz.save_revision().publish()
    figures = question_statistics(quiz=quiz)
    assert [(question.prompt, question.removed, question.answered) for question in figures.questions] == [
        ("Kept", False, 1),
        ("", True, 1),
    ]


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (roles.LEARNERS, 403),
        (roles.REGIONAL_COORDINATORS, 403),
        (roles.CONTENT_EDITORS, 200),
        (roles.CONTENT_REVIEWERS, 200),
        (roles.TRAINERS, 200),
    ],
)
def test_authors_reviewers_and_trainers_see_the_statistics_page(client, course, role, status):
    quiz = build_quiz(course, questions=[choice_question("Where to report?")])
    answer_as(course, quiz, [2])
    client.force_login(UserFactory(roles=[role], language="en"))
    response = client.get(reverse("quizzes:statistics", args=[quiz.pk]), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == status
    if status == 200:
        html = response.content.decode()
        assert "Where to report?" in html and "Option 2" in html


def test_the_quiz_admin_menu_links_to_the_statistics(client, course):
    quiz = build_quiz(course)
    client.force_login(UserFactory(roles=[roles.CONTENT_EDITORS]))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()
    assert reverse("quizzes:statistics", args=[quiz.pk]) in html


def test_wrong_matches_and_orders_are_described_in_words():
    from quizzes.reports import describe_answer

    matching = {
        "type": "matching",
        "items": [{"key": "a", "text": "Bruises"}, {"key": "b", "text": "Insults"}],
        "choices": [{"key": "x", "text": "Physical"}, {"key": "y", "text": "Emotional"}],
    }
    ordering = {"type": "ordering", "steps": [{"key": "s1", "text": "Listen"}, {"key": "s2", "text": "Report"}]}
    assert describe_answer(matching, "a:y,b:x") == ["Bruises → Emotional", "Insults → Physical"]
    assert describe_answer(ordering, "s2,s1") == ["Report", "Listen"]
