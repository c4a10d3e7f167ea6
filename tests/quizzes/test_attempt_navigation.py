"""The attempt page on a phone (issue 20, point 6): a question navigator that marks what is
answered, a refused answer explained next to its question (linked from the top, focused without
JavaScript, what was typed kept), and an ordering question a pre-test lets the learner leave as
"I don't know" (scored as wrong) instead of blocking the submission."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from courses.services import enrollment_create
from quizzes.models import QuizAttempt
from quizzes.services import attempt_answers_save, attempt_start
from tests.factories import build_course, build_quiz, choice_question

pytestmark = pytest.mark.django_db

QUESTIONS = [
    choice_question("Pick one", kind="single", correct=(2,)),
    {"type": "ordering", "topic": "disclosure", "prompt": "Order", "steps": ["Listen", "Reassure", "Report"]},
    choice_question("What now?", topic="disclosure"),
]


def kk(message, **values):
    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text


@pytest.fixture
def course(client, learner):
    course = build_course(lessons=0)  # nothing between the learner and the final
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    return course


def start(learner, course, role):
    quiz = build_quiz(course, role=role, questions=QUESTIONS, shuffle_options=False)
    return attempt_start(user=learner, quiz=quiz).attempt


def by_prompt(attempt):
    return {question["prompt"]: question for question in attempt.snapshot["questions"]}


def url_of(attempt):
    return reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})


def test_the_navigator_links_every_question_and_marks_the_answered_ones(client, learner, course):
    attempt = start(learner, course, "pre")
    single = by_prompt(attempt)["Pick one"]
    attempt_answers_save(
        user=learner,
        attempt_id=attempt.pk,
        answers={single["key"]: single["options"][0]["key"]},
        quiz_key=attempt.quiz_key,
    )
    page = client.get(url_of(attempt)).content.decode()
    navigator = page.split('class="question-nav"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'<a href="#question-([^"]+)" class="([^"]*)"', navigator)
    assert [key for key, _ in links] == [question["key"] for question in attempt.snapshot["questions"]]
    assert [("is-answered" in classes) for _, classes in links] == [True, False, False]
    assert navigator.count(f"{kk('not answered')}</span>") == 2
    # The navigator sits in the sticky bar with the answered count.
    status = page.split('class="attempt-status"', 1)[1].split('<form method="post"', 1)[0]
    assert 'class="question-nav"' in status and "data-answered-progress" in status


def test_a_refused_order_is_explained_next_to_its_question_and_focused(client, learner, course):
    attempt = start(learner, course, "final")
    ordering = by_prompt(attempt)["Order"]
    single = by_prompt(attempt)["Pick one"]
    fields = {f"q-{ordering['key']}-{step['key']}": "1" for step in ordering["steps"]}
    response = client.post(
        url_of(attempt), {**fields, f"q-{single['key']}": single["options"][1]["key"], "action": "submit"}
    )
    page = response.content.decode()
    assert response.status_code == 400
    message = kk("Give every step a different position, from 1 to %(count)d.", count=3)
    fieldset = page.split(f'id="question-{ordering["key"]}"', 1)[1].split("</fieldset>", 1)[0]
    assert message in fieldset  # next to its question
    assert fieldset.count("autofocus") == 1  # the browser takes the learner there, with or without JavaScript
    summary = page.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    assert f'href="#question-{ordering["key"]}"' in summary and message in summary
    assert page.count(message) == 2  # in the summary and at the question, not a third time in the messages
    assert f'value="{single["options"][1]["key"]}" checked' in page  # what was typed is kept
    assert 'class="is-invalid"' in page or " is-invalid" in page


def test_a_pre_test_is_submitted_with_an_order_left_unfinished_and_scores_it_wrong(client, learner, course):
    attempt = start(learner, course, "pre")
    questions = by_prompt(attempt)
    ordering, single = questions["Order"], questions["Pick one"]
    first_step = ordering["steps"][0]["key"]
    response = client.post(
        url_of(attempt),
        {
            f"q-{ordering['key']}-{first_step}": "2",
            f"q-{single['key']}": single["options"][1]["key"],
            "action": "submit",
        },
    )
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    assert attempt.status == "submitted"
    assert ordering["key"] not in attempt.answers
    assert attempt.points == 1  # the right single choice; the unfinished order counts as wrong


def test_a_pre_test_offers_i_dont_know_for_an_order_and_the_final_does_not(client, learner, course):
    pre, final = start(learner, course, "pre"), start(learner, course, "final")
    label = kk("I don't know the order (this counts as a wrong answer)")
    assert label in client.get(url_of(pre)).content.decode()
    assert label not in client.get(url_of(final)).content.decode()


def test_i_dont_know_leaves_the_order_unanswered_even_with_positions_given(client, learner, course):
    attempt = start(learner, course, "pre")
    ordering = by_prompt(attempt)["Order"]
    positions = {f"q-{ordering['key']}-{step['key']}": "1" for step in ordering["steps"]}
    response = client.post(url_of(attempt), {**positions, f"q-{ordering['key']}-unknown": "1", "action": "save"})
    assert response.status_code == 302
    assert QuizAttempt.objects.get(pk=attempt.pk).answers == {}


def test_the_final_still_refuses_an_unfinished_order_on_submit(client, learner, course):
    attempt = start(learner, course, "final")
    ordering = by_prompt(attempt)["Order"]
    response = client.post(
        url_of(attempt), {f"q-{ordering['key']}-{ordering['steps'][0]['key']}": "2", "action": "submit"}
    )
    assert response.status_code == 400
    assert QuizAttempt.objects.get(pk=attempt.pk).status == "open"


def test_a_crafted_i_dont_know_does_not_pass_an_unfinished_order_on_the_final(client, learner, course):
    """Only the pre-test offers 'I don't know': on the final the field is not honoured, so an
    unfinished order sent with it is refused as any unfinished order is, not taken as unanswered."""
    attempt = start(learner, course, "final")
    ordering = by_prompt(attempt)["Order"]
    response = client.post(
        url_of(attempt),
        {
            f"q-{ordering['key']}-{ordering['steps'][0]['key']}": "2",
            f"q-{ordering['key']}-unknown": "1",
            "action": "submit",
        },
    )
    assert response.status_code == 400
    assert QuizAttempt.objects.get(pk=attempt.pk).status == "open"


def test_a_final_submitted_with_an_order_left_blank_scores_it_wrong(client, learner, course):
    attempt = start(learner, course, "final")
    single = by_prompt(attempt)["Pick one"]
    response = client.post(url_of(attempt), {f"q-{single['key']}": single["options"][1]["key"], "action": "submit"})
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    assert attempt.status == "submitted" and attempt.points == 1 and attempt.max_points == 3
