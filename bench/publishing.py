"""What publishing into a running course costs: the background refresh of learners' stored progress
(courses.services.course_summaries_refresh) for 1,000 and 10,000 learners in progress, side by side,
and the reviewer's dialog reading (courses.publishing.publishing_impact) with 10,000 enrolled.

Runs in-process on a fresh database (bench/benchenv.py). Usage: .venv/bin/python bench/publishing.py [rounds]
"""

import statistics
import sys
import time

import benchenv  # bench/ is on the path when a script runs

benchenv.start("publishing")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from courses.models import CourseIndexPage, CoursePage, Enrollment, LessonCompletion, LessonPage  # noqa: E402
from courses.publishing import publishing_impact  # noqa: E402
from courses.services import course_summaries_refresh  # noqa: E402
from lms.models import User  # noqa: E402


def course_with_learners(slug, learners):
    home = Site.objects.get(is_default_site=True).root_page
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(title="Курстар", slug="kurstar")
        home.add_child(instance=index)
        index.save_revision().publish()
    course = CoursePage(title=f"Курс {slug}", slug=slug, summary="Бағдарлама.")
    index.add_child(instance=course)
    course.save_revision().publish()
    lessons = []
    for number in range(1, 7):
        lesson = LessonPage(title=f"Сабақ {number}", slug=f"sabak-{number}", body=[("paragraph", "<p>Мәтін.</p>")])
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
        lessons.append(lesson)
    russian = Locale.objects.get(language_code="ru")
    for page in [course, *lessons]:
        page.copy_for_translation(russian, copy_parents=True).save_revision().publish()
    users = User.objects.bulk_create(
        User(email=f"{slug}-{n}@example.org", full_name="Мұғалім") for n in range(learners)
    )
    enrollments = Enrollment.objects.bulk_create(
        Enrollment(user=user, course_key=course.translation_key, status=Enrollment.Status.IN_PROGRESS) for user in users
    )
    LessonCompletion.objects.bulk_create(
        LessonCompletion(enrollment=enrollment, lesson_key=lesson.translation_key)
        for enrollment in enrollments
        for lesson in lessons[:3]
    )
    new = LessonPage(title="Жаңа сабақ", slug="jana", body=[("paragraph", "<p>Мәтін.</p>")], live=False)
    course.add_child(instance=new)
    new.save_revision()
    return course, new


def seconds(function):
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    call_command("migrate", verbosity=0)
    small, _ = course_with_learners("small", 1000)
    large, new = course_with_learners("large", 10000)
    timings = {"1,000 learners": [], "10,000 learners": []}
    for round_number in range(rounds):
        live = round_number % 2 == 0  # lesson 6 on and off, so each round changes every learner's figures
        LessonPage.objects.filter(slug="sabak-6").update(live=live)
        timings["1,000 learners"].append(seconds(lambda: course_summaries_refresh(course_key=small.translation_key)))
        timings["10,000 learners"].append(seconds(lambda: course_summaries_refresh(course_key=large.translation_key)))
    impact = []
    for _ in range(rounds * 10):
        impact.append(seconds(lambda: publishing_impact(Page.objects.get(pk=new.pk).specific)))
    with CaptureQueriesContext(connection) as queries:
        publishing_impact(Page.objects.get(pk=new.pk).specific)
    small_median = statistics.median(timings["1,000 learners"])
    print(f"{'what':<48} {'median s':>9} {'x 1,000':>8}")
    for name, values in timings.items():
        print(
            f"{'refresh of stored progress, ' + name:<48} {statistics.median(values):>9.3f} "
            f"{statistics.median(values) / small_median:>8.2f}"
        )
    print(
        f"{'reviewer dialog reading, 10,000 enrolled':<48} {statistics.median(impact):>9.4f} "
        f"({len(queries) - 1} queries besides the page)"
    )


if __name__ == "__main__":
    main()
