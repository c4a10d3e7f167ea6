"""The cascade at the issue's size: My cascade of a trainer with 10,000 descendants over four
generations, and the roster of a cohort of 200, against a bare page (the home page), in one
interleaved run; medians. Runs on SQLite by default, or on the PostgreSQL database named by
BENCH_DATABASE_URL (an empty database the script may fill; it is migrated first).

Usage: .venv/bin/python bench/cascade.py [rounds]                       (SQLite, default 15 rounds)
       BENCH_DATABASE_URL=postgres://user:password@host/db .venv/bin/python bench/cascade.py
"""

import statistics
import sys
import time
from datetime import date

import benchenv  # bench/ is on the path when a script runs

benchenv.start("cascade")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from cascade.lineage import downstream  # noqa: E402
from cascade.models import Cohort  # noqa: E402
from courses.models import CoursePage  # noqa: E402
from lms import roles  # noqa: E402
from lms.models import User  # noqa: E402
from tests.cascade.trees import grow_tree  # noqa: E402
from tests.factories import CertificateFactory, UserFactory, build_course  # noqa: E402


def timed(call):
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    call_command("migrate", verbosity=0)
    if User.objects.filter(email="bench-master@example.org").exists():
        sys.exit("This database already holds a bench tree: give the script an empty one.")
    course = build_course(slug="bench-trainers", lessons=1, title="Training teachers")
    CoursePage.objects.filter(pk=course.pk).update(audience=CoursePage.Audience.TRAINER)
    master = UserFactory(email="bench-master@example.org", roles=[roles.TRAINERS])
    CertificateFactory(user=master, course_key=course.translation_key, generation=0, expires_on=date(2099, 1, 1))
    started = time.perf_counter()
    grow_tree(master, course_key=course.translation_key, sizes=(20, 200, 2000, 7780))
    roster_trainer = UserFactory(roles=[roles.TRAINERS])
    grow_tree(roster_trainer, course_key=course.translation_key, sizes=(200,), generation=1)
    print(f"{connection.vendor}: generated 10,200 people in {time.perf_counter() - started:.1f} s")
    roster_cohort = Cohort.objects.get(trainer=roster_trainer)

    client = Client()
    client.force_login(master)
    pages = {
        "bare page (home)": reverse("home"),
        "My cascade, 10,000 below": reverse("cascade:tree"),
    }
    trainer_client = Client()
    trainer_client.force_login(roster_trainer)
    roster = reverse("cascade:roster", kwargs={"cohort_id": roster_cohort.pk})
    times = {name: [] for name in [*pages, "roster of 200", "downstream() alone"]}
    queries = {}
    for name, url in pages.items():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        queries[name] = len(captured)
    with CaptureQueriesContext(connection) as captured:
        assert trainer_client.get(roster).status_code == 200
    queries["roster of 200"] = len(captured)
    queries["downstream() alone"] = 1
    for _ in range(rounds):
        for name, url in pages.items():
            times[name].append(timed(lambda url=url: client.get(url)))
        times["roster of 200"].append(timed(lambda: trainer_client.get(roster)))
        times["downstream() alone"].append(timed(lambda: downstream(master.pk)))
    bare = statistics.median(times["bare page (home)"])
    print(f"{'':28} {'median':>9} {'ratio':>6} {'queries':>8}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:28} {median:7.1f} ms {median / bare:6.1f} {queries[name]:8d}")


if __name__ == "__main__":
    main()
