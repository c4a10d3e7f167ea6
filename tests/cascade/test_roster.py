"""A cohort's roster: what it shows, its order, its CSV, the reminder and the certificates' zip."""

import csv
import io
import uuid
import zipfile
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from cascade.models import Attendance, Cohort
from cascade.services import attendance_mark, cohort_join, session_add
from courses.models import Enrollment
from courses.services import lesson_complete
from quizzes.models import QuizResult
from tests.cascade.helpers import open_cohort
from tests.cascade.trees import grow_tree
from tests.factories import UserFactory, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(courses, master):
    """Three trainees: Айгүл finished and is certified, Болат is halfway with scores, Дана just joined."""
    teacher_course = courses[0]
    today = timezone.localdate()
    cohort = open_cohort(master, teacher_course, starts_on=today - timedelta(days=3))
    aigul = UserFactory(full_name="Айгүл Нұрланқызы", language="ru", email="aigul@example.org")
    bolat = UserFactory(full_name="Болат Ерланұлы", school="=HYPERLINK(1)")
    dana = UserFactory(full_name="Дана Сапарқызы", language="en")
    for trainee in (aigul, bolat, dana):
        cohort_join(user=trainee, cohort=cohort)
    session = session_add(cohort=cohort, held_on=today - timedelta(days=2), place="204")
    attendance_mark(session=session, marks={aigul.pk: "present", bolat.pk: "late", dana.pk: "absent"}, marked_by=master)
    for lesson in lessons_of(teacher_course):
        lesson_complete(user=aigul, lesson=lesson, course=teacher_course)
    key = teacher_course.translation_key
    QuizResult.objects.create(user=bolat, quiz_key=key, course_key=key, role="pre", first_percent=40, best_percent=40)
    QuizResult.objects.create(user=bolat, quiz_key=key.hex[::-1], course_key=key, role="final", best_percent=70)
    return cohort, aigul, bolat, dana


def test_the_roster_shows_progress_scores_attendance_and_certificate(client, group, master):
    cohort, aigul, bolat, dana = group
    client.force_login(master)
    response = client.get(reverse("cascade:roster", kwargs={"cohort_id": cohort.pk}))
    rows = {row.user.full_name: row for row in response.context["rows"]}
    assert rows["Айгүл Нұрланқызы"].completed and rows["Айгүл Нұрланқызы"].certificate.generation == 1
    assert rows["Айгүл Нұрланқызы"].certificate_status == "valid"
    assert (rows["Болат Ерланұлы"].pre_percent, rows["Болат Ерланұлы"].final_percent) == (40, 70)
    assert [(row.attended, row.sessions) for row in rows.values()] == [(1, 1), (1, 1), (0, 1)]
    assert rows["Дана Сапарқызы"].certificate is None
    page = response.content.decode()
    with translation.override("kk"):
        assert translation.gettext("Certified") in page


@pytest.mark.parametrize(
    ("sort", "order", "expected"),
    [
        ("name", "", ["Айгүл", "Болат", "Дана"]),
        ("name", "desc", ["Дана", "Болат", "Айгүл"]),
        ("progress", "", ["Айгүл", "Болат", "Дана"]),
        ("pre", "", ["Болат", "Айгүл", "Дана"]),
        ("final", "desc", ["Болат", "Айгүл", "Дана"]),
        ("attendance", "", ["Айгүл", "Болат", "Дана"]),
        ("certificate", "", ["Айгүл", "Болат", "Дана"]),
        ("nonsense", "", ["Айгүл", "Болат", "Дана"]),
    ],
)
def test_every_column_sorts(client, group, master, sort, order, expected):
    client.force_login(master)
    response = client.get(reverse("cascade:roster", kwargs={"cohort_id": group[0].pk}), {"sort": sort, "order": order})
    assert [row.user.full_name.split()[0] for row in response.context["rows"]] == expected


def test_the_csv_export_reads_back_with_the_same_figures(client, group, master):
    cohort = group[0]
    client.force_login(master)
    response = client.get(reverse("cascade:roster_csv", kwargs={"cohort_id": cohort.pk}))
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert len(header) == 14 and len(rows) == 3
    by_name = {row[0]: row for row in rows}
    assert by_name["Айгүл Нұрланқызы"][3:6] == ["1", "1", "100"] and by_name["Айгүл Нұрланқызы"][13] == "1"
    assert by_name["Болат Ерланұлы"][2] == "'=HYPERLINK(1)"  # a spreadsheet does not run it
    assert by_name["Болат Ерланұлы"][6:8] == ["40", "70"]
    assert by_name["Дана Сапарқызы"][9:11] == ["0", "1"]


def test_the_reminder_goes_once_a_day_to_those_who_have_not_finished(
    client, group, master, django_capture_on_commit_callbacks
):
    cohort, aigul, bolat, dana = group
    client.force_login(master)
    url = reverse("cascade:remind", kwargs={"cohort_id": cohort.pk})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    assert sorted(message.to[0] for message in mail.outbox) == sorted([bolat.email, dana.email])
    english = next(message for message in mail.outbox if message.to == [dana.email])
    assert "Сәуле Мұратқызы" in english.body and "Recognising abuse" in english.subject
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)
    assert mail.outbox == []
    assert Cohort.objects.get(pk=cohort.pk).reminded_at is not None
    with translation.override("kk"):
        already = translation.gettext("A reminder was already sent at %(time)s. The next one can go a day after it.")
    assert already.split("%(time)s")[0] in response.content.decode()


def test_the_certificates_zip_holds_the_groups_pdfs(client, group, master):
    cohort = group[0]
    client.force_login(master)
    response = client.get(reverse("cascade:cohort_zip", kwargs={"cohort_id": cohort.pk}))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert names[0].endswith(".csv") and len(names) == 2 and names[1].endswith(".pdf")


def test_the_roster_of_200_trainees_runs_the_same_queries_as_of_3(
    client, group, master, courses, django_assert_num_queries
):
    client.force_login(master)
    small = group[0]
    url = reverse("cascade:roster", kwargs={"cohort_id": small.pk})
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    expected = len(captured)

    big_trainer = UserFactory()
    grow_tree(big_trainer, course_key=courses[0].translation_key, sizes=(200,), generation=1)
    big = Cohort.objects.get(trainer=big_trainer)
    Cohort.objects.filter(pk=big.pk).update(trainer=master)
    Enrollment.objects.bulk_create(
        [Enrollment(user_id=member.user_id, course_key=big.course_key, lessons_total=1) for member in big.members.all()]
    )
    pre_key, final_key = uuid.uuid4(), uuid.uuid4()
    QuizResult.objects.bulk_create(
        [
            QuizResult(user_id=member.user_id, quiz_key=key, course_key=big.course_key, role=role, best_percent=80)
            for member in big.members.all()
            for key, role in ((pre_key, "pre"), (final_key, "final"))
        ]
    )
    session = session_add(cohort=big, held_on=big.starts_on, place="Hall")
    Attendance.objects.bulk_create(
        [
            Attendance(session=session, user_id=member.user_id, mark="present", marked_by=master)
            for member in big.members.all()
        ]
    )
    url = reverse("cascade:roster", kwargs={"cohort_id": big.pk})
    with django_assert_num_queries(expected):
        response = client.get(url, {"sort": "final"})
    assert len(response.context["rows"]) == 200
