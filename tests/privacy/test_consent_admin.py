"""A person's consent history for those who manage accounts: the admin page, its CSV, the user
list's button to it, and the audit rows written when staff open or download it."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms import roles
from lms.audit import AccessRecord
from privacy.consent import consent_record
from privacy.models import Consent
from tests.factories import UserFactory
from tests.privacy.notice_helpers import kk, publish_version, published_first

pytestmark = pytest.mark.django_db

INDEX = "/admin/privacy/consents/"


@pytest.fixture
def person():
    published_first()
    person = UserFactory(full_name="Айгерім Сейтқали", email="aigerim@example.org")
    second = publish_version()
    consent_record(person=person, notice=second, method=Consent.Method.RECONSENT, language="ru")
    return person


@pytest.fixture
def superuser(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    return admin


def test_a_superuser_sees_the_history_and_the_view_is_recorded(client, superuser, person):
    page = client.get(f"{INDEX}{person.pk}/").content.decode()
    assert "Айгерім Сейтқали" in page and "aigerim@example.org" in page
    assert page.index(kk("At sign-in, for a new version of the notice")) < page.index(kk("At signup"))
    assert 'href="/kk/privacy/versions/2/"' in page  # the public text of the version agreed to
    record = AccessRecord.objects.get()
    assert record.actor == superuser and record.subject == person
    assert record.what == "privacy_consents:person" and record.action == AccessRecord.Action.VIEW


def test_the_csv_lists_every_consent_and_its_download_is_recorded(client, superuser, person):
    response = client.get(f"{INDEX}{person.pk}/consents.csv", headers={"Accept-Language": "en"})
    assert response["Content-Disposition"].startswith(f'attachment; filename="consents-{person.pk}-')
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["When", "Action", "Notice version", "Purposes", "Language", "How"]
    assert [row[1:3] + row[4:] for row in rows[1:]] == [
        ["Given", "2", "ru", "At sign-in, for a new version of the notice"],
        ["Given", "1", "kk", "At signup"],
    ]
    assert rows[1][3].split("; ") == [
        "Training: courses, progress, quizzes and activities",
        "Certificates and their public verification",
        "Statistics for the ministry and regional education departments",
        "Sharing progress with one's trainer and region",
    ]
    record = AccessRecord.objects.get()
    assert record.subject == person and record.action == AccessRecord.Action.DOWNLOAD
    assert record.what == "privacy_consents:csv"


def test_a_person_is_found_by_email_and_an_unknown_one_is_said_so(client, superuser, person):
    response = client.get(f"{INDEX}?email=AIGERIM@example.org")
    assert response["Location"] == f"{INDEX}{person.pk}/"
    page = client.get(f"{INDEX}?email=nobody@example.org").content.decode()
    assert kk("No account has this email address.") in page
    assert 'value="nobody@example.org"' in page
    assert not AccessRecord.objects.exists()
    # An account that no longer exists: back to the search, saying so.
    response = client.get(f"{INDEX}999999/consents.csv", follow=True)
    assert response.redirect_chain[-1][0] == INDEX and kk("No such account.") in response.content.decode()


def test_ones_own_history_is_not_recorded(client, superuser):
    published_first()
    client.get(f"{INDEX}{superuser.pk}/")
    assert not AccessRecord.objects.exists()


def test_the_user_list_links_each_person_to_their_history(client, superuser, person):
    page = client.get("/admin/users/").content.decode()
    assert f'href="{INDEX}{person.pk}/"' in page


@pytest.mark.parametrize("role", [roles.MINISTRY_ANALYSTS, roles.CONTENT_EDITORS, roles.TRAINERS])
def test_other_staff_do_not_see_anyones_history(client, person, role):
    client.force_login(UserFactory(roles=[role]))
    response = client.get(f"{INDEX}{person.pk}/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get(f"{INDEX}{person.pk}/consents.csv")["Location"] == "/admin/"
    assert not AccessRecord.objects.exists()


def test_the_page_reads_the_same_queries_for_one_consent_and_many(client, superuser, person):
    client.get(f"{INDEX}{person.pk}/")
    with CaptureQueriesContext(connection) as few:
        client.get(f"{INDEX}{person.pk}/")
    for _version in range(3):
        notice = publish_version()
        consent_record(person=person, notice=notice, method=Consent.Method.RECONSENT, language="kk")
    with CaptureQueriesContext(connection) as many:
        client.get(f"{INDEX}{person.pk}/")
    assert len(many) == len(few)
