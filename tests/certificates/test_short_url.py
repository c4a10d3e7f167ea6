"""The short link printed on a certificate (host/v/KZ-XXXX-XXXX): it is on the PDF on one line,
it leads to the verification page in the certificate's language however it is typed, and it is
limited like a typed code."""

import io

import pytest
from django.utils import translation
from pypdf import PdfReader

from certificates.links import short_url, verify_url, without_scheme
from certificates.models import Certificate
from certificates.pdf import certificate_html, certificate_pdf_bytes
from courses.services import enrollment_create, lesson_complete
from tests.factories import CertificateFactory, UserFactory, build_course, lessons_of

pytestmark = pytest.mark.django_db


def kk(message):
    with translation.override("kk"):
        return translation.gettext(message)


@pytest.fixture
def certificate():
    course = build_course(lessons=1, title="Балаға қатыгездікті тану")
    holder = UserFactory(full_name="Әйгерім Құнанбаева")
    enrollment_create(user=holder, course=course)
    lesson_complete(user=holder, lesson=lessons_of(course)[0], course=course)
    return Certificate.objects.get(user=holder)


def test_the_short_link_is_the_host_v_and_the_code(certificate, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://qorgau.edu.kz/"
    assert short_url(certificate) == f"https://qorgau.edu.kz/v/{certificate.short_code}"
    assert without_scheme(short_url(certificate)) == f"qorgau.edu.kz/v/{certificate.short_code}"


def test_the_pdf_prints_the_short_link_on_one_line_and_keeps_the_qr_code(certificate, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://balalardy-qorgau.edu.kz"  # a long host name
    content = certificate_pdf_bytes(certificate=certificate, verify_url=verify_url(certificate))
    page = PdfReader(io.BytesIO(content)).pages[0]
    lines = [line.strip() for line in page.extract_text().splitlines()]
    assert without_scheme(short_url(certificate)) in lines  # whole, on a line of its own
    assert certificate.token not in page.extract_text()  # the long link is no longer printed
    assert page.images  # the QR code (its link is tested in test_pdf.py)


def test_a_certificate_issued_with_the_first_design_keeps_it(certificate):
    certificate.template_version = "v1"
    assert verify_url(certificate) in certificate_html(certificate=certificate, verify_url=verify_url(certificate))


@pytest.mark.parametrize("typed", ["{code}", "{lower}", "{compact}", "{code}/"])
def test_the_short_link_opens_the_verification_page_in_the_certificates_language(client, certificate, typed):
    Certificate.objects.filter(pk=certificate.pk).update(language="ru")  # issued in Russian
    code = certificate.short_code
    path = "/v/" + typed.format(code=code, lower=code.lower(), compact=code.replace("-", "").lower())
    response = client.get(path)
    assert response.status_code == 302
    assert response.url == f"/ru/certificates/verify/{certificate.token}/"


def test_an_unknown_short_code_goes_to_the_form_which_says_so(client):
    CertificateFactory()
    response = client.get("/v/KZ-2222-3333", HTTP_ACCEPT_LANGUAGE="kk", follow=True)
    assert response.redirect_chain == [("/kk/certificates/verify/?code=KZ-2222-3333", 302)]
    assert response.status_code == 404
    html = response.content.decode()
    assert 'value="KZ-2222-3333"' in html  # the code is there to correct
    assert kk("No certificate has this code. Check it against the certificate and try again.") in html
    assert client.get("/v/nonsense", follow=True).status_code == 404


def test_short_links_count_toward_the_limit_of_20_lookups_a_minute(client, certificate, clock_still):
    statuses = [client.get(f"/v/{certificate.short_code}").status_code for _ in range(20)]
    assert statuses == [302] * 20
    held_back = client.get(f"/v/{certificate.short_code}", HTTP_ACCEPT_LANGUAGE="kk", follow=True)
    assert held_back.status_code == 429  # on the form, which says to wait
    assert kk("Too many checks from your connection. Wait a minute and try again.") in held_back.content.decode()
    other = client.get(f"/v/{certificate.short_code}", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302 and certificate.token in other.url  # another address is not held back


def test_the_page_a_short_link_opens_is_kept_out_of_search_engines(client, certificate):
    """Anyone with the link may check the certificate, but a link posted in public must not make
    the holder's and trainer's names something a search engine finds."""
    page = client.get(f"/v/{certificate.short_code}", follow=True)
    assert page.status_code == 200
    assert '<meta name="robots" content="noindex">' in page.content.decode()
