"""The certificate PDF: every Kazakh letter survives, the QR code leads to the verification page,
the same certificate gives the same bytes, and only its holder may download it."""

import io

import pytest
import zxingcpp
from django.urls import reverse
from pypdf import PdfReader

from certificates.links import verify_url
from certificates.models import Certificate
from certificates.pdf import certificate_pdf_bytes
from courses.services import enrollment_create, lesson_complete
from tests.factories import UserFactory, build_course, lessons_of, translate_page

pytestmark = pytest.mark.django_db

TITLES = {
    "kk": "Балаға қатыгездік көрсетуді тану және оған ден қою",
    "ru": "Распознавание жестокого обращения с детьми",
    "en": "Recognising and responding to child abuse",
}
NAME = "Әйгерім Ғалымқызы Құнанбаева-Өмірзақ Ұлы Үкі Һ Іңкәр"  # every letter Kazakh adds to Russian
LATIN_NAME = "Áıgerim Ǵalymqyzy Qunanbaeva Ńúrsultan Óskemen Úmit Şoqan İlyas Ğabit"  # Kazakh in the Latin script


@pytest.fixture
def issued():
    course = build_course(lessons=1, title=TITLES["kk"])
    for language in ("ru", "en"):
        translate_page(course, language, title=TITLES[language])

    def issue(language):
        holder = UserFactory(full_name=NAME, language=language)
        enrollment_create(user=holder, course=course)
        lesson_complete(user=holder, lesson=lessons_of(course)[0], course=course)
        return Certificate.objects.get(user=holder)

    return issue


def pdf_text(content):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_pdf_carries_the_name_and_course_with_kazakh_letters_intact(issued, language):
    certificate = issued(language)
    content = certificate_pdf_bytes(certificate=certificate, verify_url=verify_url(certificate))
    text = " ".join(pdf_text(content).split())
    assert NAME in text
    assert TITLES[language] in text
    assert certificate.short_code in text


def test_kazakh_in_the_latin_script_survives_too(issued):
    certificate = issued("en")
    certificate.holder_name = LATIN_NAME
    content = certificate_pdf_bytes(certificate=certificate, verify_url=verify_url(certificate))
    assert LATIN_NAME in " ".join(pdf_text(content).split())


def test_the_qr_code_in_the_pdf_decodes_to_the_verification_url(issued):
    certificate = issued("kk")
    url = verify_url(certificate)
    page = PdfReader(io.BytesIO(certificate_pdf_bytes(certificate=certificate, verify_url=url))).pages[0]
    decoded = [result.text for image in page.images for result in zxingcpp.read_barcodes(image.image)]
    assert decoded == [url]
    assert url.endswith(reverse("certificates:verify", kwargs={"token": certificate.token}).removeprefix("/kk"))


def test_the_same_certificate_gives_the_same_pdf(issued):
    certificate = issued("ru")
    url = verify_url(certificate)
    assert certificate_pdf_bytes(certificate=certificate, verify_url=url) == certificate_pdf_bytes(
        certificate=certificate, verify_url=url
    )


def test_the_pdf_rendered_later_without_harfbuzz_subset_has_the_same_bytes(issued, monkeypatch):
    """Without HarfBuzz-Subset WeasyPrint subsets fonts with fontTools, which would stamp them
    with the time of rendering."""
    import time

    from weasyprint.pdf import fonts

    monkeypatch.setattr(fonts, "harfbuzz_subset", None)
    certificate = issued("kk")
    url = verify_url(certificate)
    first = certificate_pdf_bytes(certificate=certificate, verify_url=url)
    later = time.time() + 3 * 86400
    monkeypatch.setattr(time, "time", lambda: later)
    assert certificate_pdf_bytes(certificate=certificate, verify_url=url) == first


def test_a_revoked_certificate_says_so_on_the_pdf(issued):
    from django.utils import timezone

    certificate = issued("en")
    certificate.status, certificate.revoked_reason = "revoked", "Issued in error"
    certificate.revoked_at = timezone.now()
    assert "REVOKED" in pdf_text(certificate_pdf_bytes(certificate=certificate, verify_url=verify_url(certificate)))


def test_the_holder_downloads_the_stored_pdf_and_nobody_else_can(client, issued):
    certificate = issued("kk")
    url = reverse("certificates:download", kwargs={"certificate_id": certificate.pk})
    client.force_login(certificate.user)
    first = client.get(url)
    assert first.status_code == 200 and first["Content-Type"] == "application/pdf"
    certificate.refresh_from_db()
    assert certificate.pdf  # stored on first download
    assert client.get(url).content == first.content
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
