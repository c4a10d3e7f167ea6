"""Public verification: no sign-in, nothing private, plain 404s, and a limit on typed codes."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from certificates.models import Certificate
from courses.services import enrollment_create, lesson_complete
from tests.factories import UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db


def kk(message, **values):
    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text


@pytest.fixture
def certificate():
    course = build_course(lessons=1, title="Recognising abuse")
    holder = UserFactory(full_name="Нұрсұлтан Әбенов", email="nursultan@example.org", school="School No. 12")
    enrollment_create(user=holder, course=course)
    lesson_complete(user=holder, lesson=lessons_of(course)[0], course=course)
    return Certificate.objects.get(user=holder)


def verify_url(certificate):
    return reverse("certificates:verify", kwargs={"token": certificate.token})


def test_anyone_sees_the_name_course_dates_and_status_and_nothing_private(
    client, certificate, django_assert_max_num_queries
):
    client.get(verify_url(certificate))
    with django_assert_max_num_queries(3):
        response = client.get(verify_url(certificate))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Нұрсұлтан Әбенов" in html and "Recognising abuse" in html and certificate.short_code in html
    assert certificate.expires_on.strftime("%d.%m.%Y") in html
    assert "nursultan@example.org" not in html and "School No. 12" not in html


def test_an_expired_certificate_says_so(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_on=timezone.localdate() - timedelta(days=800), expires_on=timezone.localdate() - timedelta(days=70)
    )
    html = client.get(verify_url(certificate)).content.decode()
    expired_on = (timezone.localdate() - timedelta(days=70)).strftime("%d.%m.%Y")
    assert kk("This certificate expired on %(date)s.", date=expired_on) in html


def test_a_revoked_certificate_says_so_with_its_reason(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        status="revoked", revoked_reason="Issued in error", revoked_at=timezone.now()
    )
    html = client.get(verify_url(certificate)).content.decode()
    assert kk("This certificate has been revoked.") in html
    assert "Issued in error" not in html  # the reason stays in the history, for ministry staff


@pytest.mark.parametrize("token", ["short", "x" * 33, "y" * 31 + "!", "../" * 11])
def test_a_token_of_the_wrong_shape_is_not_found_without_looking_for_it(client, token):
    url = reverse("certificates:verify", kwargs={"token": "placeholder"}).replace("placeholder", token)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 404
    # Only Wagtail's redirect lookup, which every 404 of the site makes, reaches the database.
    assert not [query for query in captured.captured_queries if "certificates_certificate" in query["sql"]]
    assert len(captured) <= 2


def test_an_unknown_token_is_a_plain_not_found(client, certificate):
    response = client.get(verify_url(certificate).replace(certificate.token, "A" * 32))
    assert response.status_code == 404


def test_a_typed_code_leads_to_the_certificate(client, certificate):
    response = client.get(reverse("certificates:verify_code"), {"code": certificate.short_code.lower()})
    assert response.status_code == 302 and response.url.endswith(f"/verify/{certificate.token}/")
    unknown = client.get(reverse("certificates:verify_code"), {"code": "KZ-2222-3333"})
    assert unknown.status_code == 404
    assert 'value="KZ-2222-3333"' in unknown.content.decode()  # what was typed stays in the field


def test_typed_codes_are_limited_to_20_a_minute_per_address(client, clock_still):
    url = reverse("certificates:verify_code")
    statuses = [client.get(url, {"code": "KZ-2222-3333"}).status_code for _ in range(21)]
    assert statuses == [404] * 20 + [429]
    other = client.get(url, {"code": "KZ-2222-3333"}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 404  # another address is not held back
