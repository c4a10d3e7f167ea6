"""Quiz timings: grading 10,000 attempts of 30 questions on one core (budget: under 5 s), and,
side by side in one run, the attempt page, saving answers and submitting 30 questions.

Grading is the pure function alone, on snapshots built like real ones (all five question
types, shuffled). The pages are measured in-process (Django's test client, no network) on a
fresh SQLite database.
Usage: .venv/bin/python bench/quizzes.py [rounds]
"""

import json
import random
import statistics
import sys
import time

import benchenv  # bench/ is on the path when a script runs

benchenv.start("quizzes")

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from courses.services import enrollment_create, lesson_complete  # noqa: E402
from lms.models import Region, User  # noqa: E402
from quizzes.grading import grade_attempt  # noqa: E402
from quizzes.services import attempt_start  # noqa: E402
from tests.factories import build_course, build_quiz, lessons_of  # noqa: E402
from tests.quizzes.test_queries import all_answers, form_fields, questions  # noqa: E402


def random_answers(snapshot, rng):
    """Answers as learners give them: some right, some wrong, some missing."""
    answers = {}
    for question in snapshot["questions"]:
        roll = rng.random()
        if roll < 0.1:
            continue
        if question["type"] in ("single", "true_false"):
            answers[question["key"]] = rng.choice(question["options"])["key"]
        elif question["type"] == "multiple":
            options = question["options"]
            answers[question["key"]] = [option["key"] for option in rng.sample(options, rng.randint(1, len(options)))]
        elif question["type"] == "matching":
            choices = [choice["key"] for choice in question["choices"]]
            answers[question["key"]] = dict(zip(question["pairs"], rng.sample(choices, len(choices)), strict=True))
        else:
            answers[question["key"]] = rng.sample(question["order"], len(question["order"]))
    return answers


def grading_seconds(snapshots, answer_sets):
    started = time.process_time()  # CPU time of this one thread: one core
    for snapshot, answers in zip(snapshots, answer_sets, strict=True):
        grade_attempt(snapshot, answers)
    return time.process_time() - started


def median_ms(call, rounds):
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    call_command("migrate", verbosity=0)
    course = build_course(slug="bench", lessons=1)
    quiz = build_quiz(course, questions=questions(30), attempts_allowed=None)
    learner = User.objects.create_user(
        email="bench@example.org", password="x", full_name="Bench Learner", region=Region.objects.first()
    )
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)

    rng = random.Random(7)
    template = attempt_start(user=learner, quiz=quiz, rng=rng).attempt.snapshot
    snapshots = [template] * 10_000
    answer_sets = [random_answers(template, rng) for _ in range(10_000)]
    runs = [grading_seconds(snapshots, answer_sets) for _ in range(5)]
    print(f"grade 10,000 attempts of 30 questions: median {statistics.median(runs):.2f} s CPU (budget 5 s)")

    client = Client()
    client.force_login(learner)
    attempt = attempt_start(user=learner, quiz=quiz).attempt
    page_url = reverse("quizzes:attempt", args=[attempt.pk])
    save_url = reverse("quizzes:save_answers", args=[attempt.pk])
    one = json.dumps({"answers": dict(list(all_answers(attempt).items())[:1])})
    client.get(page_url)

    def submit_fresh():
        """Start an attempt (not timed), then time submitting all 30 answers with the form."""
        fresh = attempt_start(user=learner, quiz=quiz).attempt
        fields = form_fields(fresh, all_answers(fresh))
        url = reverse("quizzes:attempt", args=[fresh.pk])
        started = time.perf_counter()
        response = client.post(url, fields)
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 302, response.status_code
        return elapsed

    timings = {"attempt page (30 questions)": [], "save one answer": [], "submit 30 answers": []}
    for _ in range(rounds):  # interleaved, so a slow moment of the machine hits every figure alike
        timings["attempt page (30 questions)"].append(median_ms(lambda: client.get(page_url), 1))
        timings["save one answer"].append(
            median_ms(lambda: client.post(save_url, one, content_type="application/json"), 1)
        )
    for _ in range(rounds):
        timings["submit 30 answers"].append(submit_fresh())
    base = statistics.median(timings["attempt page (30 questions)"])
    for name, values in timings.items():
        value = statistics.median(values)
        print(f"{name:32} median {value:6.2f} ms  ({value / base:.2f}× the attempt page)")


if __name__ == "__main__":
    main()
