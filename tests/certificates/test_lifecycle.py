"""Expiry, reminders and a revoked certificate's PDF."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from certificates.models import Certificate
from certificates.services import certificates_expire, certificates_remind
from courses.services import enrollment_create, lesson_complete
from tests.factories import UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate():
    course = build_course(lessons=1, title="Recognising abuse")
    holder = UserFactory(language="en")
    enrollment_create(user=holder, course=course)
    lesson_complete(user=holder, lesson=lessons_of(course)[0], course=course)
    return Certificate.objects.get(user=holder)


def test_the_daily_task_marks_certificates_expired_the_day_after_they_expire(certificate):
    assert certificates_expire(today=certificate.expires_on) == 0
    assert certificates_expire(today=certificate.expires_on + timedelta(days=1)) == 1
    certificate.refresh_from_db()
    assert certificate.status == "expired"
    assert certificates_expire(today=certificate.expires_on + timedelta(days=2)) == 0  # once
    assert certificate.events.filter(action="expired").count() == 1


def test_holders_are_reminded_once_30_days_before_expiry(certificate, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert certificates_remind(today=certificate.expires_on - timedelta(days=31)) == 0
        assert certificates_remind(today=certificate.expires_on - timedelta(days=30)) == 1
        assert certificates_remind(today=certificate.expires_on - timedelta(days=29)) == 0
    reminders = mail.outbox  # the issue email went out with the completion's commit, outside this test
    assert len(reminders) == 1 and reminders[0].to == [certificate.user.email]
    with translation.override(certificate.language):
        assert reminders[0].subject == translation.gettext("Your certificate expires soon: %(course)s") % {
            "course": certificate.course_title()
        }
    assert certificate.expires_on.strftime("%d.%m.%Y") in reminders[0].body


def test_the_daily_command_runs_both(certificate, capsys):
    today = timezone.localdate()
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_on=today - timedelta(days=800), expires_on=today - timedelta(days=1)
    )
    call_command("certificates_daily")
    assert "1 certificate(s) marked expired" in capsys.readouterr().out


def test_the_daily_command_renders_the_pdfs_not_yet_rendered(certificate, capsys):
    call_command("certificates_daily")
    assert "1 PDF(s) rendered" in capsys.readouterr().out
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as stored:
        assert stored.read().startswith(b"%PDF-")
    call_command("certificates_daily")
    assert "0 PDF(s) rendered" in capsys.readouterr().out


def test_a_revoked_certificates_pdf_is_rendered_again_with_revoked(client, certificate):
    from certificates.services import certificate_revoke

    client.force_login(certificate.user)
    url = reverse("certificates:download", kwargs={"certificate_id": certificate.pk})
    before = client.get(url).content
    certificate_revoke(certificate=certificate, by=None, reason="Issued in error")
    after = client.get(url).content
    assert before != after
    from tests.certificates.test_pdf import pdf_text

    with translation.override(certificate.language):
        assert translation.gettext("REVOKED") in pdf_text(after)
