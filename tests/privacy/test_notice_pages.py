"""The public privacy notice: the version in force, its date, the earlier and coming versions, the
operator's contact, drafts kept private; and the link to it in every page's footer."""

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from privacy.consent import consent_record, notice_copy_fields, notice_draft_create
from privacy.notice_selectors import consents_of, notice_current, notice_versions
from tests.factories import UserFactory
from tests.privacy.notice_helpers import publish_version, published_first, tomorrow

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def test_without_a_published_version_the_page_says_so(client):
    response = client.get(url("privacy:notice"))
    assert response.status_code == 200
    assert "The privacy notice has not been published yet." in response.content.decode()


def test_the_page_shows_the_version_in_force_in_the_page_language(client):
    published_first()
    english = client.get(url("privacy:notice")).content.decode()
    russian = client.get(url("privacy:notice", "ru")).content.decode()
    kazakh = client.get(url("privacy:notice", "kk")).content.decode()

    assert "<h1>Privacy notice</h1>" in english and "Version 1, in force from" in english
    assert "Ministry of Education of the Republic of Kazakhstan" in english
    assert "<h1>Политика конфиденциальности</h1>" in russian and "Министерство просвещения" in russian
    assert "<h1>Құпиялылық саясаты</h1>" in kazakh and "Оқу-ағарту министрлігі" in kazakh
    # Paragraphs, escaped: the text is plain text.
    assert english.count("<p>") > 10


def test_the_operator_contact_is_shown_when_configured(client, settings):
    published_first()
    settings.PRIVACY_CONTACT_EMAIL = "privacy@edu.gov.kz"
    page = client.get(url("privacy:notice")).content.decode()
    assert 'href="mailto:privacy@edu.gov.kz"' in page


def test_a_version_with_a_later_date_is_announced_and_takes_over_on_that_day(client):
    first = published_first()
    second = publish_version(effective_from=tomorrow())

    page = client.get(url("privacy:notice")).content.decode()
    assert "Version 1, in force from" in page
    assert "A new version, 2, takes effect on" in page
    assert notice_current() == first

    with time_machine.travel(tomorrow()):
        assert notice_current() == second
        page = client.get(url("privacy:notice")).content.decode()
        assert "Version 2, in force from" in page
        assert "What changed in this version" in page and "New recipient." in page
        # The earlier version is listed and still readable, saying it was replaced.
        assert url("privacy:notice_version", version=1) in page
        earlier = client.get(url("privacy:notice_version", version=1)).content.decode()
        assert "This version is no longer in force: version 2 replaced it on" in earlier


def test_a_draft_is_not_public(client):
    first = published_first()
    draft = notice_draft_create(fields=notice_copy_fields(notice=first))
    assert client.get(url("privacy:notice_version", version=draft.version)).status_code == 404
    assert f"Version {draft.version}" not in client.get(url("privacy:notice")).content.decode()


def test_every_page_links_to_the_notice_in_its_footer(client):
    for address in (url("home"), url("certificates:verify_code"), url("account_login"), url("account_signup")):
        page = client.get(address).content.decode()
        footer = page[page.index('<footer class="site-footer">') :]
        assert f'href="{url("privacy:notice")}">Privacy notice</a>' in footer, address


def test_the_notice_pages_read_a_fixed_number_of_queries(client, django_assert_num_queries):
    published_first()
    for _number in range(3):
        publish_version()
    with django_assert_num_queries(1):
        versions = notice_versions()
    assert [notice.version for notice in versions.earlier] == [3, 2, 1]
    with django_assert_num_queries(1):
        client.get(url("privacy:notice"))
    with django_assert_num_queries(1):
        client.get(url("privacy:notice_version", version=2))


def test_consents_of_reads_the_history_newest_first_in_one_query(django_assert_num_queries):
    published_first()
    person = UserFactory()
    second = publish_version()
    consent_record(person=person, notice=second, method="reconsent", language="ru")
    with django_assert_num_queries(1):
        history = [(consent.notice.version, consent.method) for consent in consents_of(person)]
    assert history == [(2, "reconsent"), (1, "signup")]


def test_the_text_is_shown_as_plain_text_never_as_markup(client):
    published_first()
    publish_version(changes='<script>alert("x")</script>')
    page = client.get(url("privacy:notice")).content.decode()
    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
