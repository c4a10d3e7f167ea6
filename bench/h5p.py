"""H5P timings, side by side in one run: serving package files, the player page, a lesson with an
activity against one without, and checking uploads of two sizes.

In-process (Django's test client, no network) on a fresh SQLite database with the demo data.
Usage: .venv/bin/python bench/h5p.py [rounds]

A last section checks the largest real package (the samples folder tests/h5p_samples.py names) and a package with a
10 MB content.json: the median time of package_inspect over a few rounds and its peak memory,
as tracemalloc counts it (Python's own allocations during the check, ijson's C parser and zlib's
buffers not included; the upload itself is already in memory and not counted).
"""

import io
import json
import os
import random
import statistics
import sys
import time
import tracemalloc
import zipfile

import benchenv  # bench/ is on the path when a script runs

benchenv.start("h5p")


from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from courses.demo.content.h5p_scenarios import content_json  # noqa: E402
from courses.h5p.packaging import scenario_package, zip_bytes  # noqa: E402
from courses.h5p.validation import package_inspect  # noqa: E402
from courses.models import CoursePage, H5PPackage, LessonPage  # noqa: E402
from courses.services import enrollment_create  # noqa: E402
from lms.models import User  # noqa: E402
from tests.h5p_samples import SAMPLES  # noqa: E402

H5P_HOST = "h5p.localhost:8000"
CHECK_ROUNDS = 5


def prepare():
    call_command("migrate", verbosity=0)
    call_command("load_demo", allow_production=True, stdout=open(os.devnull, "w"))
    learner = User.objects.get(email="learner@example.com")
    course = CoursePage.objects.get(slug="recognising-and-responding", locale__language_code="kk")
    enrollment_create(user=learner, course=course)
    lessons = {page.slug: page.url for page in LessonPage.objects.child_of(course)}
    package = H5PPackage.objects.get(language="kk")
    return learner, lessons["recognising-signs"], lessons["responding-to-disclosure"], package.content_hash


def median_ms(call, rounds):
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def getter(client, url, **extra):
    def call():
        response = client.get(url, **extra)
        assert response.status_code == 200, (url, response.status_code)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)

    return call


def large_package(megabytes):
    """The demo package with a video-sized file of incompressible bytes in its content."""
    demo_bytes = scenario_package(title="Large", language="en", content=content_json("en"))
    with zipfile.ZipFile(io.BytesIO(demo_bytes)) as demo:
        files = [(name, demo.read(name)) for name in demo.namelist()]
    files.append(("content/videos/talk.mp4", os.urandom(megabytes * 1024 * 1024)))
    return zip_bytes(files)


def big_content_package(megabytes=10):
    """The demo package with a content.json of about this many megabytes of varied questions."""
    demo_bytes = scenario_package(title="Big content", language="en", content=content_json("en"))
    with zipfile.ZipFile(io.BytesIO(demo_bytes)) as demo:
        files = {name: demo.read(name) for name in demo.namelist()}
    words = random.Random(0).choices(["child", "school", "teacher", "help", "risk", "answer", "question"], k=40)
    questions, size, number = [], 0, 0
    while size < megabytes * 1024 * 1024 - 4096:
        number += 1
        item = {"question": f"{number}. " + " ".join(words[number % 7 :][:12]), "answers": [str(number)]}
        questions.append(item)
        size += len(json.dumps(item, separators=(",", ":"))) + 1
    files["content/content.json"] = json.dumps({"questions": questions}, separators=(",", ":")).encode()
    return zip_bytes(list(files.items()))


def check_cost(data):
    """(median ms, peak MB under tracemalloc) of package_inspect on these bytes."""
    timings = []
    for _ in range(CHECK_ROUNDS):
        start = time.perf_counter()
        package_inspect(io.BytesIO(data))
        timings.append((time.perf_counter() - start) * 1000)
    tracemalloc.start()
    try:
        package_inspect(io.BytesIO(data))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return statistics.median(timings), peak / 2**20


def report_checks():
    print()
    print(f"{'package_inspect on':<44} {'median ms':>10} {'peak MB':>8}")
    samples = sorted(SAMPLES.glob("*.h5p"), key=lambda path: path.stat().st_size) if SAMPLES.is_dir() else []
    if samples:
        largest = samples[-1]
        label = f"{largest.name} ({largest.stat().st_size // 1024} KB)"
        median, peak = check_cost(largest.read_bytes())
        print(f"{label:<44} {median:>10.1f} {peak:>8.1f}")
    else:
        print(f"{'largest real sample':<44} skipped: the real samples are absent (tests/h5p_samples.py)")
    data = big_content_package(10)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = archive.getinfo("content/content.json").file_size
    label = f"{content / 2**20:.1f} MB content.json ({len(data) // 1024} KB upload)"
    median, peak = check_cost(data)
    print(f"{label:<44} {median:>10.1f} {peak:>8.1f}")
    print("peak MB: tracemalloc's peak of Python allocations during one check (C buffers not counted)")


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    learner, plain_url, activity_url, content_hash = prepare()
    learner_client, visitor = Client(), Client()
    learner_client.force_login(learner)
    on_h5p = {"HTTP_HOST": H5P_HOST}
    small = scenario_package(title="Demo", language="en", content=content_json("en"))
    large = large_package(20)
    targets = [
        ("player static file (WhiteNoise)", getter(visitor, "/static/h5p-standalone/dist/main.bundle.js", **on_h5p)),
        ("package file (storage view)", getter(visitor, f"/content/{content_hash}/content/content.json", **on_h5p)),
        ("player page", getter(visitor, f"/play/{content_hash}/?lang=kk", **on_h5p)),
        ("lesson page, no activity", getter(learner_client, plain_url)),
        ("lesson page with an activity", getter(learner_client, activity_url)),
        (f"check upload, demo ({len(small) // 1024} KB)", lambda: package_inspect(io.BytesIO(small))),
        (f"check upload, {len(large) // 2**20} MB", lambda: package_inspect(io.BytesIO(large))),
    ]
    for _name, call in targets:  # warm caches and templates
        median_ms(call, 3)
    results = {name: [] for name, _call in targets}
    for _ in range(5):  # interleaved, so that machine noise hits them alike
        for name, call in targets:
            results[name].append(median_ms(call, max(1, rounds // 5 if "MB" not in name else 2)))
    medians = {name: statistics.median(values) for name, values in results.items()}
    plain = medians["lesson page, no activity"]
    print(f"{'what':<36} {'median ms':>10} {'x plain lesson':>15}")
    for name, value in medians.items():
        print(f"{name:<36} {value:>10.2f} {value / plain:>15.2f}")
    report_checks()


if __name__ == "__main__":
    main()
