"""Median server time of the demo lesson page against a bare Wagtail page and a static file.

Runs in-process (Django's test client, no network) on a fresh SQLite database with the demo
data, so the three are measured side by side in one run. Usage: .venv/bin/python bench/lesson_page.py [rounds]
"""

import os
import statistics
import sys
import time

import benchenv  # bench/ is on the path when a script runs

benchenv.start("lesson-page")

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from courses.models import CoursePage, LessonPage  # noqa: E402
from courses.services import enrollment_create, lesson_complete  # noqa: E402
from lms.models import User  # noqa: E402


def prepare():
    call_command("migrate", verbosity=0)
    call_command("load_demo", allow_production=True, stdout=open(os.devnull, "w"))
    home = Site.objects.get(is_default_site=True).root_page
    bare = Page(title="Bare page", slug="bare")
    home.add_child(instance=bare)
    bare.save_revision().publish()
    learner = User.objects.get(email="learner@example.com")
    course = CoursePage.objects.get(slug="recognising-and-responding", locale__language_code="kk")
    enrollment_create(user=learner, course=course)
    first, lesson = LessonPage.objects.child_of(course).order_by("path")[:2]
    lesson_complete(user=learner, lesson=first, course=course)  # a learner part-way through
    return learner, lesson.url, bare.url


def median_ms(client, url, rounds):
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    return statistics.median(timings)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    learner, lesson_url, bare_url = prepare()
    learner_client, visitor = Client(), Client()
    learner_client.force_login(learner)
    targets = [
        ("static file (WhiteNoise)", visitor, "/static/lms/css/site.css"),
        ("bare Wagtail page", learner_client, bare_url),
        ("demo lesson page, enrolled", learner_client, lesson_url),
    ]
    for _name, client, url in targets:  # warm caches and templates
        median_ms(client, url, 10)
    # Interleave the three in rounds so that machine noise hits them alike.
    results = {name: [] for name, _client, _url in targets}
    for _ in range(5):
        for name, client, url in targets:
            results[name].append(median_ms(client, url, rounds // 5))
    medians = {name: statistics.median(values) for name, values in results.items()}
    bare = medians["bare Wagtail page"]
    print(f"{'what':<30} {'median ms':>10} {'x bare page':>12}")
    for name, value in medians.items():
        print(f"{name:<30} {value:>10.2f} {value / bare:>12.2f}")
    lesson_ratio = medians["demo lesson page, enrolled"] / bare
    verdict = "OK" if lesson_ratio <= 1.5 else "OVER"
    print(f"budget: lesson page within 1.5x the bare page -> {verdict} ({lesson_ratio:.2f}x)")


if __name__ == "__main__":
    main()
