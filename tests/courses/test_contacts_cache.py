"""A cached lesson body is keyed by the live contacts' version: any change to what is live changes it."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from courses.models import ReportingContact
from courses.selectors import reporting_contacts_version

pytestmark = pytest.mark.django_db


def test_an_older_revision_published_later_changes_the_version():
    """A scheduled change (an older revision) goes live after a newer one was published."""
    helpline = ReportingContact.objects.create(locale=Locale.get_default(), service="Helpline", phone="150")
    helpline.phone = "1500"
    older = helpline.save_revision()
    helpline.phone = "150"
    helpline.save_revision().publish()
    police = ReportingContact.objects.create(locale=Locale.get_default(), service="Police", phone="102")
    police.save_revision().publish()  # the newest revision of all stays live throughout
    before = reporting_contacts_version()

    older.publish(changed=True)  # as publish_scheduled does when its time comes

    assert ReportingContact.objects.get(pk=helpline.pk).phone == "1500"
    assert reporting_contacts_version() != before


def test_unpublishing_one_contact_changes_the_version():
    contacts = [
        ReportingContact.objects.create(locale=Locale.get_default(), service=name, phone=phone)
        for name, phone in (("Helpline", "150"), ("Police", "102"))
    ]
    for contact in contacts:
        contact.save_revision().publish()
    before = reporting_contacts_version()
    contacts[1].unpublish()
    assert reporting_contacts_version() != before


def test_the_version_stays_while_nothing_live_changes():
    helpline = ReportingContact.objects.create(locale=Locale.get_default(), service="Helpline", phone="150")
    helpline.save_revision().publish()
    before = reporting_contacts_version()
    helpline.phone = "1500"
    helpline.save_revision()  # a draft: learners still see 150
    assert reporting_contacts_version() == before
    assert timezone.now() - ReportingContact.objects.get(pk=helpline.pk).last_published_at < datetime.timedelta(
        minutes=1
    )
