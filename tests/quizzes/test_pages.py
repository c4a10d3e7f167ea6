"""The quiz page, the attempt page and its form, the result page, and bad input to the endpoints."""

import copy
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from courses.services import enrollment_create, lesson_complete
from quizzes.models import QuizAttempt
from quizzes.selectors import attempt_form_context
from quizzes.services import attempt_start, attempt_submit
from tests.factories import UserFactory, build_course, build_quiz, choice_question, lessons_of

pytestmark = pytest.mark.django_db


def kk(message, **values):
    """A message as the learner reads it: the test course is in Kazakh."""
    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text


MIXED = [
    choice_question("Pick one", kind="single", correct=(2,)),
    choice_question("Pick some", kind="multiple", correct=(1, 3), options=4, scoring="partial"),
    {"type": "true_false", "topic": "reporting", "prompt": "Report the same day.", "answer": True},
    {
        "type": "matching",
        "topic": "forms",
        "prompt": "Match",
        "pairs": [{"left": "Bruises", "right": "Physical"}, {"left": "Insults", "right": "Emotional"}],
    },
    {"type": "ordering", "topic": "disclosure", "prompt": "Order", "steps": ["Listen", "Reassure", "Report"]},
    choice_question("What now?", scenario="A child tells you a secret.", topic="disclosure"),
]


@pytest.fixture
def course():
    return build_course(lessons=1)


@pytest.fixture
def ready(course, learner, client):
    """A learner who has done the lessons, signed in."""
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    client.force_login(learner)
    return learner


def started(learner, quiz):
    return attempt_start(user=learner, quiz=quiz).attempt


def save(client, attempt, body, content_type="application/json"):
    url = reverse("quizzes:save_answers", kwargs={"attempt_id": attempt.pk})
    return client.post(url, body if isinstance(body, (str, bytes)) else json.dumps(body), content_type=content_type)


def test_quiz_page_starts_an_attempt_and_shows_its_questions(client, course, ready):
    quiz = build_quiz(course, questions=MIXED, title="Final assessment")
    page = client.get(quiz.url)
    assert kk("Start the quiz") in page.content.decode()
    response = client.post(quiz.url, follow=True)
    html = response.content.decode()
    attempt = QuizAttempt.objects.get()
    assert response.redirect_chain[-1][0] == reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    assert kk("Question %(number)s of %(total)s", number=1, total=6) in html
    assert "A child tells you a secret." in html and "Bruises" in html
    assert kk("Continue your attempt") in client.get(quiz.url).content.decode()


def test_the_attempt_page_never_says_which_options_are_correct(client, course, ready):
    quiz = build_quiz(course, questions=MIXED, shuffle_options=False)
    attempt = started(ready, quiz)
    html = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content.decode()
    assert "Feedback on option" not in html and "Why:" not in html

    # The same attempt with every correct answer moved renders the very same page.
    shifted = copy.deepcopy(attempt.snapshot)
    for question in shifted["questions"]:
        for option in question.get("options", []):
            option["correct"] = not option["correct"]
        if "order" in question:
            question["order"].reverse()
        if "pairs" in question:
            items = list(question["pairs"])
            question["pairs"] = dict(zip(items, reversed(list(question["pairs"].values())), strict=True))
    QuizAttempt.objects.filter(pk=attempt.pk).update(snapshot=shifted)
    again = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content.decode()
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert token.sub("", again) == token.sub("", html)


def test_the_form_saves_and_submits_without_javascript(client, course, ready):
    quiz = build_quiz(course, questions=MIXED, shuffle_options=False)
    attempt = started(ready, quiz)
    questions = {question["prompt"]: question for question in attempt.snapshot["questions"]}
    single, ordering = questions["Pick one"], questions["Order"]
    url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    positions = {f"q-{ordering['key']}-{key}": str(number) for number, key in enumerate(ordering["order"], start=1)}
    response = client.post(url, {f"q-{single['key']}": single["options"][1]["key"], **positions, "action": "save"})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.answers == {single["key"]: single["options"][1]["key"], ordering["key"]: ordering["order"]}
    response = client.post(url, {f"q-{single['key']}": single["options"][1]["key"], **positions, "action": "submit"})
    attempt.refresh_from_db()
    assert response.url == reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})
    assert attempt.status == "submitted" and attempt.points == 2


def test_two_steps_in_the_same_position_are_refused_and_what_was_typed_is_kept(client, course, ready):
    quiz = build_quiz(course, questions=MIXED)
    attempt = started(ready, quiz)
    ordering = next(question for question in attempt.snapshot["questions"] if question["type"] == "ordering")
    fields = {f"q-{ordering['key']}-{step['key']}": "1" for step in ordering["steps"]}
    response = client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), {**fields, "action": "submit"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert kk("Give every step a different position, from 1 to %(count)d.", count=3) in html
    assert html.count('<option value="1" selected>') == 3
    attempt.refresh_from_db()
    assert attempt.status == "open" and attempt.answers == {}


def test_the_page_keys_of_options_and_steps_do_not_follow_the_bank(client, course, ready):
    quiz = build_quiz(course, questions=MIXED, shuffle_options=False)
    attempt = started(ready, quiz)
    html = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content.decode()
    for block in quiz.questions.raw_data:
        assert f'value="{block["id"]}-o1"' not in html and f'{block["id"]}-s1"' not in html


def test_an_ordering_answer_that_is_not_a_list_of_steps_is_refused(client, course, ready):
    quiz = build_quiz(course, questions=MIXED)
    attempt = started(ready, quiz)
    ordering = next(question for question in attempt.snapshot["questions"] if question["type"] == "ordering")
    response = save(client, attempt, {"answers": {ordering["key"]: [[1], "x", "y"]}})
    assert response.status_code == 400
    assert response.json()["error"] == kk("Put every step in the list exactly once.")


def test_answers_are_saved_as_json_as_the_learner_goes(client, course, ready):
    quiz = build_quiz(course, questions=MIXED)
    attempt = started(ready, quiz)
    matching = next(question for question in attempt.snapshot["questions"] if question["type"] == "matching")
    answer = {matching["items"][0]["key"]: matching["choices"][0]["key"]}
    response = save(client, attempt, {"answers": {matching["key"]: answer}})
    assert response.status_code == 200 and response.json()["answered"] == 1
    attempt.refresh_from_db()
    assert attempt.answers == {matching["key"]: answer}
    save(client, attempt, {"answers": {matching["key"]: None}})
    attempt.refresh_from_db()
    assert attempt.answers == {}


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"answers": {"Q": "OPTION"}}, 400, "This attempt has no such question."),
        ("{not json", 400, "The answers could not be read. Reload the page and try again."),
        ("[1, 2]", 400, "The answers could not be read. Reload the page and try again."),
        ({"answers": ["a"]}, 400, "The answers must be an object with a question's key for each answer."),
        ({"answers": {"QUESTION": "not-an-option"}}, 400, "One of the answers is not an option of this question."),
        ({"answers": {"QUESTION": ["not-an-option"]}}, 400, "One of the answers is not an option of this question."),
        ({"answers": {"QUESTION": "x" * 70_000}}, 413, "Too much data in one request."),
        ("[" * 30_000, 400, "The answers could not be read. Reload the page and try again."),
    ],
)
def test_bad_answers_are_refused_with_a_reason_and_change_nothing(client, course, ready, body, status, message):
    quiz = build_quiz(course)
    attempt = started(ready, quiz)
    key = attempt.snapshot["questions"][0]["key"]
    if isinstance(body, dict):
        body = json.loads(json.dumps(body).replace("QUESTION", key))
    response = save(client, attempt, body)
    assert response.status_code == status
    assert response.json()["error"] == kk(message)  # in the learner's language
    attempt.refresh_from_db()
    assert attempt.answers == {} and attempt.status == "open"


def test_another_learners_attempt_is_not_found(client, course, ready):
    quiz = build_quiz(course)
    other = UserFactory()
    enrollment_create(user=other, course=course)
    lesson_complete(user=other, lesson=lessons_of(course)[0], course=course)
    theirs = started(other, quiz)
    key = theirs.snapshot["questions"][0]["key"]
    assert save(client, theirs, {"answers": {key: None}}).status_code == 404
    assert client.get(reverse("quizzes:attempt", kwargs={"attempt_id": theirs.pk})).status_code == 404
    assert client.get(reverse("quizzes:result", kwargs={"attempt_id": theirs.pk})).status_code == 404
    submit = client.post(reverse("quizzes:attempt", kwargs={"attempt_id": theirs.pk}), {"action": "submit"})
    assert submit.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "open"


def test_a_submitted_attempt_takes_no_more_answers_and_a_second_submit_shows_the_first_result(client, course, ready):
    quiz = build_quiz(course)
    attempt = started(ready, quiz)
    key = attempt.snapshot["questions"][0]["key"]
    right = next(option["key"] for option in attempt.snapshot["questions"][0]["options"] if option["correct"])
    url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    first = client.post(url, {f"q-{key}": right, "action": "submit"})
    assert first.url == reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and attempt.percent == pytest.approx(33.33)
    saved = save(client, attempt, {"answers": {key: None}})
    assert saved.status_code == 409 and saved.json()["percent"] == pytest.approx(33.33)
    second = client.post(url, {"action": "submit"}, follow=True)
    assert kk("This attempt was already submitted. Here is its result.") in second.content.decode()
    attempt.refresh_from_db()
    assert attempt.answers == {key: right} and attempt.percent == pytest.approx(33.33)


def test_a_signed_out_save_answers_401_with_a_message(client, course, ready):
    quiz = build_quiz(course)
    attempt = started(ready, quiz)
    client.logout()
    response = save(client, attempt, {"answers": {}})
    assert response.status_code == 401
    assert response.json()["error"] == kk("Your session has ended. Sign in again; your saved answers are kept.")


def result_html(client, learner, quiz, answers_of):
    attempt = started(learner, quiz)
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers_of(attempt))
    return client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content.decode()


def right(attempt):
    return {
        question["key"]: next(option["key"] for option in question["options"] if option["correct"])
        for question in attempt.snapshot["questions"]
    }


def wrong(attempt):
    """Option 2 of every question: wrong, and the same whatever order the options were shuffled in."""
    return {
        question["key"]: next(option["key"] for option in question["options"] if option["text"] == "Option 2")
        for question in attempt.snapshot["questions"]
    }


def test_answers_are_shown_after_passing_only_when_the_quiz_says_so(client, course, ready):
    quiz = build_quiz(course, show_answers="after_pass", attempts_allowed=None)
    failed = result_html(client, ready, quiz, wrong)
    assert kk("Not passed: the pass mark is %(pass_mark)s%%.", pass_mark=80) in failed
    assert kk("Correct answer:") not in failed and "Feedback on option" not in failed
    passed = result_html(client, ready, quiz, right)
    assert kk("Passed: the pass mark is %(pass_mark)s%%.", pass_mark=80) in passed
    assert kk("Your answers") in passed and "Why: Question 1" in passed


def test_answers_are_shown_after_the_last_attempt(client, course, ready):
    quiz = build_quiz(course, show_answers="after_last", attempts_allowed=2)
    assert kk("Correct answer:") not in result_html(client, ready, quiz, wrong)
    last = result_html(client, ready, quiz, wrong)
    assert kk("Correct answer:") in last and "Feedback on option 2" in last


def test_answers_are_never_shown_when_the_quiz_says_never(client, course, ready):
    quiz = build_quiz(course, show_answers="never", attempts_allowed=1)
    html = result_html(client, ready, quiz, right)
    assert kk("Passed: the pass mark is %(pass_mark)s%%.", pass_mark=80) in html
    assert kk("Correct answer:") not in html and "Why:" not in html
    assert kk("Points") in html  # the summary by topic is always there


def test_the_attempt_context_marks_saved_answers(course, ready):
    quiz = build_quiz(course, questions=MIXED)
    attempt = started(ready, quiz)
    multiple = next(question for question in attempt.snapshot["questions"] if question["type"] == "multiple")
    chosen = [multiple["options"][0]["key"]]
    context = attempt_form_context(snapshot=attempt.snapshot, answers={multiple["key"]: chosen})
    assert context["answered"] == 1 and context["total"] == 6
    assert next(question for question in context["questions"] if question["key"] == multiple["key"])["value"] == set(
        chosen
    )


def test_an_author_previews_a_quiz_without_saving_an_attempt(client, course):
    from lms import roles

    quiz = build_quiz(course, questions=MIXED)
    editor = UserFactory(roles=[roles.CONTENT_EDITORS])
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[quiz.pk]))
    assert response.status_code == 200
    preview = (
        "Preview: a freshly drawn attempt as a learner sees it. "
        "Nothing is saved, and the correct answers are not shown."
    )
    assert kk(preview) in response.content.decode() and "Bruises" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_the_course_page_shows_its_tests_and_the_learners_scores(client, course, learner):
    pre = build_quiz(course, role="pre", slug="pre", title="What do you know?")
    build_quiz(course, role="final", slug="final", title="Final check")
    client.force_login(learner)
    response = client.post(course.url)
    assert response.url == pre.url  # enrolling leads to the pre-test first
    attempt = started(learner, pre)
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=right(attempt))
    html = client.get(course.url).content.decode()
    assert "What do you know?" in html and "Final check" in html
    assert kk("Before the course") in html and "100%" in html and kk("not taken yet") in html


def test_the_course_page_points_to_the_final_once_every_lesson_is_done(client, course, learner):
    final = build_quiz(course, role="final", slug="final", title="Final check")
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    message = kk("You have done every lesson. Pass the final assessment to complete the course.")
    assert message not in client.get(course.url).content.decode()
    lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)
    html = client.get(course.url).content.decode()
    assert message in html and f'href="{final.url}"' in html
