"""Joining by code or link, and a trainer's groups, as their users meet them."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cascade.models import Cohort, CohortMember
from cascade.services import cohort_open
from courses.models import CoursePage, Enrollment
from lms import roles
from lms.models import Region
from tests.factories import CertificateFactory, UserFactory, build_course

pytestmark = pytest.mark.django_db


def kk(message, **values):
    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text


@pytest.fixture
def course():
    return build_course(slug="teachers", lessons=1, title="Recognising abuse")


@pytest.fixture
def trainer(course):
    trainer_course = build_course(slug="trainers", lessons=1, title="Training teachers")
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    user = UserFactory(full_name="Сәуле Мұратқызы", roles=[roles.TRAINERS])
    CertificateFactory(user=user, course_key=trainer_course.translation_key, generation=0, expires_on=date(2099, 1, 1))
    return user


@pytest.fixture
def cohort(trainer, course):
    today = timezone.localdate()
    return cohort_open(
        trainer=trainer,
        course=course,
        name="№12 мектеп",
        region=Region.objects.get(code="KZ-35"),
        starts_on=today,
        ends_on=today + timedelta(days=20),
        capacity=2,
    )


def test_a_typed_code_in_any_case_leads_to_the_group(client, cohort):
    response = client.get(reverse("cascade:join_code"), {"code": f" {cohort.join_code.lower()} "})
    assert response.url == reverse("cascade:join", kwargs={"code": cohort.join_code})
    page = client.get(response.url).content.decode()
    assert "№12 мектеп" in page and "Сәуле Мұратқызы" in page and "Recognising abuse" in page
    assert kk("Sign in") in page  # signed out: sign in or sign up to join


def test_an_unknown_code_gets_a_plain_message_and_guessing_is_limited(client, cohort, clock_still):
    response = client.get(reverse("cascade:join_code"), {"code": "AAAAAA"})
    assert response.status_code == 404
    assert kk("No group has this code. Check it with your trainer: six letters and digits, like K7QM4T.") in (
        response.content.decode()
    )
    statuses = [client.get(reverse("cascade:join", kwargs={"code": "AAAAA2"})).status_code for _ in range(30)]
    assert statuses[-1] == 429 and statuses.count(429) == 1
    assert client.get(reverse("cascade:join", kwargs={"code": cohort.join_code})).status_code == 429


def test_a_whole_school_behind_one_address_opens_the_right_link(client, cohort):
    url = reverse("cascade:join", kwargs={"code": cohort.join_code})
    assert {client.get(url).status_code for _ in range(40)} == {200}


def test_a_teacher_joins_and_is_enrolled_once(client, cohort, course):
    teacher = UserFactory()
    client.force_login(teacher)
    url = reverse("cascade:join", kwargs={"code": cohort.join_code})
    response = client.post(url)
    assert response.url == course.url
    assert client.post(url).status_code == 302  # again: the same membership
    assert CohortMember.objects.filter(user=teacher).count() == 1
    assert Enrollment.objects.filter(user=teacher).count() == 1
    assert Cohort.objects.get(pk=cohort.pk).member_count == 1


def test_a_signed_out_visitor_is_sent_to_sign_in_and_back(client, cohort):
    url = reverse("cascade:join", kwargs={"code": cohort.join_code})
    response = client.post(url)
    assert response.status_code == 302 and "login" in response.url and url in response.url
    assert not CohortMember.objects.exists()


def test_a_full_group_says_so_on_the_page(client, cohort):
    for _ in range(2):
        client.force_login(UserFactory())
        client.post(reverse("cascade:join", kwargs={"code": cohort.join_code}))
    client.force_login(UserFactory())
    response = client.post(reverse("cascade:join", kwargs={"code": cohort.join_code}))
    assert response.status_code == 409
    assert kk("This group is full. Ask the trainer about another one.") in response.content.decode()


def test_a_trainer_opens_a_group_and_sees_its_code_link_and_qr(client, trainer, course):
    client.force_login(trainer)
    today = timezone.localdate()
    values = {
        "course": str(course.translation_key),
        "name": "Күзгі топ",
        "region": Region.objects.get(code="KZ-35").pk,
        "delivery": "in_person",
        "venue": "№12 мектеп, 204-кабинет",
        "starts_on": (today + timedelta(days=5)).isoformat(),
        "ends_on": today.isoformat(),
        "capacity": 30,
        "attendance_percent": 80,
    }
    refused = client.post(reverse("cascade:new"), values)
    assert refused.status_code == 400
    html = refused.content.decode()
    assert kk("The group cannot end before it starts.") in html and "№12 мектеп, 204-кабинет" in html
    values["ends_on"] = (today + timedelta(days=40)).isoformat()
    response = client.post(reverse("cascade:new"), values, follow=True)
    cohort = Cohort.objects.get()
    html = response.content.decode()
    assert cohort.join_code in html and "<svg" in html
    assert reverse("cascade:join", kwargs={"code": cohort.join_code}) in html
    assert cohort.trainer_generation == 0


def test_the_form_offers_today_as_a_date_a_browser_date_field_reads(client, trainer):
    client.force_login(trainer)
    html = client.get(reverse("cascade:new")).content.decode()
    assert f'value="{timezone.localdate().isoformat()}"' in html


def test_only_trainers_open_groups(client, course):
    client.force_login(UserFactory())
    response = client.post(reverse("cascade:new"), {"name": "x"}, follow=True)
    assert kk("Only trainers open cohorts: you need a valid trainer certificate.") in response.content.decode()
    assert not Cohort.objects.exists()


def test_another_trainer_does_not_see_or_close_the_group(client, cohort):
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    assert client.get(reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk})).status_code == 404
    assert client.post(reverse("cascade:close", kwargs={"cohort_id": cohort.pk})).status_code == 404
    assert not Cohort.objects.get(pk=cohort.pk).is_closed


def test_my_groups_runs_the_same_queries_for_one_group_and_for_five(
    client, trainer, course, django_assert_max_num_queries
):
    client.force_login(trainer)
    counts = []
    today = timezone.localdate()
    for number in range(5):
        cohort_open(
            trainer=trainer,
            course=course,
            name=f"Group {number}",
            region=Region.objects.get(code="KZ-35"),
            starts_on=today,
            ends_on=today,
            capacity=5,
        )
        if number in (0, 4):
            client.get(reverse("cascade:mine"))
            with django_assert_max_num_queries(12) as captured:
                response = client.get(reverse("cascade:mine"))
            assert response.content.decode().count("Group ") == number + 1
            counts.append(len(captured))
    assert counts[0] == counts[1]
