"""The pure grading function: every question type, partial credit, and properties over any answers."""

from hypothesis import given
from hypothesis import strategies as st

from quizzes.grading import grade_attempt, grade_question


def choice(kind, correct, count=4, scoring=None):
    question = {
        "key": "q",
        "type": kind,
        "topic": "signs",
        "options": [{"key": f"o{n}", "text": f"O{n}", "correct": n in correct, "feedback": ""} for n in range(count)],
    }
    if scoring:
        question["scoring"] = scoring
    return question


MATCHING = {
    "key": "m",
    "type": "matching",
    "topic": "forms",
    "items": [{"key": "a", "text": "A"}, {"key": "b", "text": "B"}, {"key": "c", "text": "C"}],
    "choices": [{"key": "x", "text": "X"}, {"key": "y", "text": "Y"}, {"key": "z", "text": "Z"}],
    "pairs": {"a": "x", "b": "y", "c": "z"},
}
ORDERING = {
    "key": "s",
    "type": "ordering",
    "topic": "disclosure",
    "steps": [{"key": "s3", "text": "3"}, {"key": "s1", "text": "1"}, {"key": "s2", "text": "2"}],
    "order": ["s1", "s2", "s3"],
}


def snapshot(*questions, pass_mark=80):
    return {"pass_mark": pass_mark, "questions": list(questions)}


def test_single_choice_gives_the_point_only_for_the_correct_option():
    question = choice("single", {2})
    assert grade_question(question, "o2").points == 1
    assert grade_question(question, "o1").points == 0
    assert grade_question(question, "o1").answer_key == "o1"


def test_true_false_is_graded_like_a_single_choice():
    question = {
        "key": "t",
        "type": "true_false",
        "options": [{"key": "true", "correct": False}, {"key": "false", "correct": True}],
    }
    assert grade_question(question, "false").correct
    assert not grade_question(question, "true").correct


def test_unanswered_question_scores_nothing_and_is_not_counted_as_answered():
    graded = grade_question(choice("single", {0}), None)
    assert (graded.points, graded.answered, graded.correct, graded.answer_key) == (0, False, False, "")


def test_multiple_choice_all_or_nothing_needs_exactly_the_correct_set():
    question = choice("multiple", {0, 1}, scoring="all_or_nothing")
    assert grade_question(question, ["o1", "o0"]).points == 1
    assert grade_question(question, ["o0"]).points == 0
    assert grade_question(question, ["o0", "o1", "o2"]).points == 0


def test_multiple_choice_partial_credit_earns_a_share_and_loses_one_for_each_wrong_option():
    question = choice("multiple", {0, 1, 2}, count=5, scoring="partial")
    assert grade_question(question, ["o0", "o1", "o2"]).points == 1
    assert grade_question(question, ["o0", "o1"]).points == 2 / 3
    assert grade_question(question, ["o0", "o1", "o3"]).points == 1 / 3
    assert grade_question(question, ["o0", "o3", "o4"]).points == 0  # never below zero
    assert not grade_question(question, ["o0", "o1"]).correct


def test_matching_needs_every_pair_right():
    assert grade_question(MATCHING, {"a": "x", "b": "y", "c": "z"}).correct
    assert not grade_question(MATCHING, {"a": "x", "b": "z", "c": "y"}).correct
    assert not grade_question(MATCHING, {"a": "x", "b": "y"}).correct
    assert grade_question(MATCHING, {"b": "z", "a": "x"}).answer_key == "a:x,b:z"


def test_ordering_needs_the_exact_order():
    assert grade_question(ORDERING, ["s1", "s2", "s3"]).correct
    assert not grade_question(ORDERING, ["s2", "s1", "s3"]).correct


def test_attempt_percent_and_pass_mark():
    two = snapshot(choice("single", {0}), choice("single", {0}) | {"key": "q2"}, pass_mark=50)
    half = grade_attempt(two, {"q": "o0", "q2": "o1"})
    assert (half.points, half.max_points, half.percent, half.passed) == (1, 2, 50.0, True)
    assert not grade_attempt({**two, "pass_mark": 51}, {"q": "o0", "q2": "o1"}).passed


def test_an_empty_snapshot_never_passes():
    assert not grade_attempt(snapshot(), {}).passed


def test_a_case_scenario_is_graded_as_its_inner_question():
    question = choice("single", {1}) | {"scenario": "<p>A child says…</p>"}
    assert grade_attempt(snapshot(question, pass_mark=100), {"q": "o1"}).passed


OPTION_KEYS = [f"o{n}" for n in range(5)]
junk = st.one_of(
    st.none(), st.integers(), st.text(max_size=5), st.dictionaries(st.text(max_size=3), st.text(max_size=3))
)


@given(
    correct=st.sets(st.integers(0, 4), min_size=1),
    chosen=st.one_of(st.lists(st.sampled_from(OPTION_KEYS), unique=True), junk),
    scoring=st.sampled_from(["partial", "all_or_nothing"]),
)
def test_multiple_choice_points_stay_between_zero_and_one_whatever_is_sent(correct, chosen, scoring):
    question = choice("multiple", correct, count=5, scoring=scoring)
    graded = grade_question(question, chosen)
    assert 0 <= graded.points <= 1
    right = {f"o{n}" for n in correct}
    assert graded.correct == (isinstance(chosen, list) and set(chosen) == right)
    assert graded.correct == (graded.points == 1)
    if scoring == "all_or_nothing":
        assert graded.points in (0, 1)


@given(
    correct=st.sets(st.integers(0, 4), min_size=1, max_size=4),
    chosen=st.lists(st.sampled_from(OPTION_KEYS), unique=True),
)
def test_partial_credit_never_rewards_adding_a_wrong_option(correct, chosen):
    question = choice("multiple", correct, count=5, scoring="partial")
    wrong = [key for key in OPTION_KEYS if int(key[1]) not in correct and key not in chosen]
    if wrong:
        assert grade_question(question, chosen + wrong[:1]).points <= grade_question(question, chosen).points


@given(
    answers=st.dictionaries(
        st.sampled_from(["q", "m", "s", "other"]),
        st.one_of(junk, st.lists(st.one_of(st.text(max_size=3), st.integers()))),
    )
)
def test_any_answers_give_a_percent_between_0_and_100_and_the_same_grade_twice(answers):
    shot = snapshot(choice("single", {0}), MATCHING, ORDERING)
    first, second = grade_attempt(shot, answers), grade_attempt(shot, answers)
    assert 0 <= first.percent <= 100
    assert first == second
    assert first.passed == (first.percent >= 80)


@given(order=st.permutations(["s1", "s2", "s3"]))
def test_only_one_permutation_of_the_steps_is_correct(order):
    assert grade_question(ORDERING, order).correct == (order == ["s1", "s2", "s3"])
