"""Versions of the privacy notice in the admin: drafts written and published by ministry analysts and
superusers, a published version never changed or deleted (refused on the server), a new version
started as a copy; and version 1 shipped by a command and the demo."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from lms import roles
from lms.demo.accounts import demo_accounts_load
from privacy.consent import NoticePublished, notice_draft_update, notice_publish
from privacy.demo import load_demo_privacy
from privacy.models import Consent, PrivacyNotice
from tests.factories import UserFactory
from tests.privacy.notice_helpers import kk, published_first, tomorrow

pytestmark = pytest.mark.django_db

ADMIN = "/admin/privacy-notice/"


def form_data(**overrides):
    data = {
        "title_kk": "Құпиялылық саясаты",
        "title_ru": "Политика конфиденциальности",
        "title_en": "Privacy notice",
        "body_kk": "Мәтін.",
        "body_ru": "Текст.",
        "body_en": "Text.",
        "changes_kk": "",
        "changes_ru": "",
        "changes_en": "",
        "effective_from": timezone.localdate().isoformat(),
        "requires_consent": "on",
    }
    data.update(overrides)
    return data


@pytest.fixture
def analyst(client):
    person = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    client.force_login(person)
    return person


def test_an_analyst_writes_a_draft_then_publishes_it(client, analyst):
    published_first()
    response = client.post(f"{ADMIN}new/", form_data(body_en="The second text."))
    assert response.status_code == 302
    draft = PrivacyNotice.objects.get(version=2)
    assert draft.published_at is None and draft.body_en == "The second text."

    response = client.post(f"{ADMIN}edit/{draft.pk}/", form_data(body_en="The second text, corrected."))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.body_en == "The second text, corrected."

    assert kk(
        "Once published, this version can no longer be changed or deleted: a later change is a new version."
    ) in client.get(f"{ADMIN}publish/{draft.pk}/").content.decode("utf-8")
    response = client.post(f"{ADMIN}publish/{draft.pk}/")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.published_at is not None and draft.published_by == analyst


def test_a_published_version_cannot_be_changed_or_deleted(client, analyst):
    notice = published_first()
    body = notice.body_en

    # The edit and delete pages lead to the read-only page, saying why.
    response = client.get(f"{ADMIN}edit/{notice.pk}/", follow=True)
    assert response.redirect_chain[0][0] == f"{ADMIN}inspect/{notice.pk}/"
    assert (
        kk(
            "Version %(version)s is published and can no longer be changed or deleted. Copy it to start a new version.",
            version=notice.version,
        )
        in response.content.decode()
    )
    assert client.get(f"{ADMIN}delete/{notice.pk}/")["Location"] == f"{ADMIN}inspect/{notice.pk}/"
    # A form sent all the same is refused, and nothing changes.
    response = client.post(f"{ADMIN}edit/{notice.pk}/", form_data(body_en="Rewritten behind everyone's back."))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    response = client.post(f"{ADMIN}delete/{notice.pk}/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    notice.refresh_from_db()
    assert notice.body_en == body and PrivacyNotice.objects.filter(pk=notice.pk).exists()
    # The services refuse too.
    with pytest.raises(NoticePublished):
        notice_draft_update(notice=notice, fields={"body_en": "x"})


def test_a_new_version_starts_as_a_copy_without_its_changes(client, analyst):
    notice = published_first()
    page = client.get(f"{ADMIN}copy/{notice.pk}/").content.decode()
    assert "Ministry of Education of the Republic of Kazakhstan" in page

    response = client.post(f"{ADMIN}copy/{notice.pk}/", form_data(body_en=notice.body_en, changes_en="Section 5."))
    assert response.status_code == 302
    copy = PrivacyNotice.objects.get(version=2)
    assert copy.published_at is None and copy.changes_en == "Section 5."
    notice.refresh_from_db()
    assert notice.changes_en == "" and notice.version == 1


def test_a_version_is_not_published_with_a_date_already_past(client, analyst):
    published_first()
    client.post(f"{ADMIN}new/", form_data(effective_from="2020-01-01"))
    draft = PrivacyNotice.objects.get(version=2)
    response = client.post(f"{ADMIN}publish/{draft.pk}/", follow=True)
    assert (
        kk("The date it takes effect has passed: set today or a later date, then publish.") in response.content.decode()
    )
    draft.refresh_from_db()
    assert draft.published_at is None
    with pytest.raises(ValidationError):
        notice_publish(notice=draft, by=analyst)
    draft.effective_from = tomorrow()
    draft.save()
    assert notice_publish(notice=draft, by=analyst).published_at is not None


@pytest.mark.parametrize("role", [roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS, roles.TRAINERS])
def test_authors_of_content_do_not_edit_the_notice(client, role):
    notice = published_first()
    client.force_login(UserFactory(roles=[role]))
    for address in (ADMIN, f"{ADMIN}new/", f"{ADMIN}copy/{notice.pk}/", f"{ADMIN}publish/{notice.pk}/"):
        response = client.get(address)
        assert response.status_code == 302 and response["Location"] == "/admin/", address
    response = client.post(f"{ADMIN}new/", form_data())
    assert response["Location"] == "/admin/" and PrivacyNotice.objects.count() == 1


def test_the_first_version_is_published_once_by_the_command(capsys):
    call_command("privacy_notice_initial")
    call_command("privacy_notice_initial")
    out = capsys.readouterr().out
    assert "Privacy notice version 1 published." in out and "nothing to do" in out
    notice = PrivacyNotice.objects.get()
    assert notice.published_at is not None and notice.effective_from == timezone.localdate()
    for language in ("kk", "ru", "en"):
        body = getattr(notice, f"body_{language}")
        # The four purposes, the data kept, the recipients, retention, storage and the rights.
        assert body.count("\n\n") > 10 and "94-V" in body
    assert "Оқу-ағарту министрлігі" in notice.body_kk and "Қазақстан Республикасының аумағында" in notice.body_kk
    assert "Министерство просвещения" in notice.body_ru and "на территории Республики Казахстан" in notice.body_ru


def test_the_demo_publishes_version_1_and_its_accounts_have_consented():
    demo_accounts_load()
    assert "version 1 published; 7 demo account(s) consented" in load_demo_privacy()
    assert "a version exists already; 0 demo account(s) consented" in load_demo_privacy()
    assert set(Consent.objects.values_list("method", flat=True)) == {Consent.Method.DEMO}
    call_command("privacy_notice_initial", stdout=io.StringIO())
    assert PrivacyNotice.objects.count() == 1
