"""The coverage dashboards at national scale: `seed_national` generates the programme (412,000
teachers by default, timed), then the national dashboard, the largest region's page and the
cascade analytics are timed against a bare page (the home page) in one interleaved run, uncached;
medians. Last, the peak memory of exporting every holder (CSV and XLSX), streamed.

Usage: .venv/bin/python bench/coverage.py [teachers] [rounds]          (SQLite; 412000, 9 rounds)
       BENCH_DATABASE_URL=postgres://user:password@host/db .venv/bin/python bench/coverage.py
"""

import statistics
import sys
import time
import tracemalloc

import benchenv  # bench/ is on the path when a script runs

benchenv.start("coverage")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from certificates.models import Certificate  # noqa: E402
from courses.models import CoursePage  # noqa: E402
from coverage.seed.command import seed_national  # noqa: E402
from lms import roles  # noqa: E402
from lms.models import Region  # noqa: E402
from tests.factories import UserFactory, build_course, build_quiz  # noqa: E402


def timed(call):
    started = time.perf_counter()
    response = call()
    assert response.status_code == 200, response.status_code
    return (time.perf_counter() - started) * 1000


def programme_courses():
    teacher = build_course(slug="bench-teachers", lessons=6, title="Recognising and responding to abuse")
    build_quiz(teacher, role="pre", slug="pre-test", prefix="p")
    build_quiz(teacher, role="final", slug="final-test", prefix="f")
    build_quiz(teacher, role="post", slug="post-test", prefix="o")
    trainer = build_course(slug="bench-trainers", lessons=4, title="Training teachers")
    build_quiz(trainer, role="final", slug="trainer-final", prefix="t")
    CoursePage.objects.filter(pk=trainer.pk).update(audience=CoursePage.Audience.TRAINER)
    return teacher


def peak_export_memory(client, url):
    """Peak Python memory (MB) while an export is generated and read to its end, and its size."""
    tracemalloc.start()
    response = client.get(url)
    size = 0
    for chunk in response.streaming_content:
        size += len(chunk)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6, size / 1e6


def main():
    teachers = int(sys.argv[1]) if len(sys.argv) > 1 else 412_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    call_command("migrate", verbosity=0)
    if Certificate.objects.exists():
        sys.exit("This database already holds certificates: give the script an empty one.")
    programme_courses()
    started = time.perf_counter()
    print(seed_national(teachers=teachers, seed=1, force=True, say=lambda line: print(" ", line)))
    print(f"{connection.vendor}: seed_national --teachers {teachers} took {time.perf_counter() - started:.0f} s")

    client = Client()
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    largest = Region.objects.order_by("-teacher_target").first()
    pages = {
        "bare page (home)": reverse("home"),
        "national dashboard": reverse("coverage:national"),
        f"region page ({largest.code})": reverse("coverage:region", kwargs={"code": largest.code}),
        "cascade analytics": reverse("coverage:cascade"),
        f"cascade analytics ({largest.code})": reverse("coverage:cascade") + f"?region={largest.code}",
    }
    queries = {}
    for name, url in pages.items():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        queries[name] = len(captured)
    times = {name: [] for name in pages}
    for _ in range(rounds):
        for name, url in pages.items():
            times[name].append(timed(lambda url=url: client.get(url)))
    bare = statistics.median(times["bare page (home)"])
    print(f"{'':32} {'median':>9} {'ratio':>6} {'queries':>8}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:32} {median:7.1f} ms {median / bare:6.1f} {queries[name]:8d}")

    holders = Certificate.objects.filter(status="valid").count()
    for extension in ("csv", "xlsx"):
        url = reverse("coverage:export", kwargs={"slug": "holders", "extension": extension})
        started = time.perf_counter()
        peak, size = peak_export_memory(client, url)
        print(
            f"export of {holders} holders as {extension.upper()}: {size:.1f} MB in "
            f"{time.perf_counter() - started:.0f} s, peak Python memory {peak:.1f} MB"
        )


if __name__ == "__main__":
    main()
