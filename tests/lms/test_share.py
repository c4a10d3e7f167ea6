"""The share component: the link in a field to select, a WhatsApp link that works without
JavaScript, and the buttons the script shows; a certificate shares its public verification page,
a trainer's group its join link and code (tests/cascade/test_group_close.py)."""

from urllib.parse import unquote

import pytest
from django.template import engines
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe

from certificates.links import verify_url
from tests.factories import CertificateFactory

pytestmark = pytest.mark.django_db


def whatsapp_text(html):
    start = html.index('href="https://wa.me/?text=') + len('href="https://wa.me/?text=')
    return unquote(html[start : html.index('"', start)])


def test_the_component_holds_the_link_and_a_whatsapp_link_with_text_and_link():
    html = render_to_string(
        "lms/includes/share.html",
        {"share_url": "https://example.kz/join/ABC234/?a=1&b=2", "share_title": "Топ", "share_text": "Қосылыңыз: №12"},
    )
    assert 'value="https://example.kz/join/ABC234/?a=1&amp;b=2" readonly' in html
    # The whole message is one encoded parameter: the link's own & does not cut it short.
    assert "&b=2" not in html.split("wa.me/?text=")[1].split('"')[0]
    assert whatsapp_text(html) == "Қосылыңыз: №12 https://example.kz/join/ABC234/?a=1&b=2"
    # Buttons that need the browser's help wait, hidden, for the script; it is a file, not inline.
    assert "data-share-copy hidden" in html and "data-share-native hidden" in html
    assert '<script src="/static/lms/js/share.js" defer></script>' in html


def test_two_shares_on_a_page_have_their_own_field():
    first = render_to_string("lms/includes/share.html", {"share_url": "https://example.kz/a/"})
    second = render_to_string("lms/includes/share.html", {"share_url": "https://example.kz/b/"})
    field = 'id="share-'
    assert first.split(field)[1][:10] != second.split(field)[1][:10]


def test_my_certificates_shares_the_public_verification_page_never_the_pdf(client):
    certificate = CertificateFactory()
    client.force_login(certificate.user)
    html = client.get(reverse("certificates:mine")).content.decode()
    assert f'value="{verify_url(certificate)}" readonly' in html
    assert whatsapp_text(html).endswith(" " + verify_url(certificate))
    pdf = reverse("certificates:download", kwargs={"certificate_id": certificate.pk})
    assert pdf not in whatsapp_text(html) and f'data-share-url="{pdf}' not in html


def test_a_name_with_quotes_and_ampersands_reaches_whatsapp_and_the_share_sheet_as_typed():
    """Texts built with blocktranslate come escaped for HTML: WhatsApp gets the plain text, not
    &quot; or &amp;, and the page escapes each character once (no markup gets through)."""
    name = 'КММ "№12 мектеп-гимназия" & O\'Neil <script>alert(1)</script>'
    template = engines["django"].from_string(
        "{% load i18n %}"
        "{% blocktranslate asvar share_text with name=name %}Join “{{ name }}”:{% endblocktranslate %}"
        '{% include "lms/includes/share.html" with share_url=url share_title=name share_text=share_text %}'
    )
    html = template.render({"name": name, "url": "https://example.kz/join/ABC234/"})
    assert whatsapp_text(html) == f"Join “{name}”: https://example.kz/join/ABC234/"
    assert "<script>" not in html.split("</label>")[0]
    escaped = "КММ &quot;№12 мектеп-гимназия&quot; &amp; O&#x27;Neil &lt;script&gt;alert(1)&lt;/script&gt;"
    assert f'data-share-text="Join “{escaped}”:"' in html and f'data-share-title="{escaped}"' in html


def test_a_quote_in_a_translated_message_does_not_end_the_attribute_holding_it():
    text = mark_safe('Қосылыңыз: "Күзгі топ"')  # blocktranslate's translation is not escaped, only its names
    html = render_to_string("lms/includes/share.html", {"share_url": "https://example.kz/j/", "share_text": text})
    assert 'data-share-text="Қосылыңыз: &quot;Күзгі топ&quot;"' in html
