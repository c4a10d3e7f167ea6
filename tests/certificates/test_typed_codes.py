"""A short code typed from paper is found however the keyboard wrote it."""

import pytest

from certificates.codes import normalise_short_code
from tests.factories import CertificateFactory


@pytest.mark.parametrize(
    "typed",
    [
        "KZ-7ACD-9QTX",
        "kz 7acd 9qtx",
        "7ACD9QTX",
        "КZ-7АСD-9QТХ",  # К, А, С, Т, Х typed on a Cyrillic layout
        "кz 7асd 9qтх",  # the same in lower case
    ],
)
def test_a_code_typed_in_any_case_spacing_or_keyboard_layout_is_read_as_printed(typed):
    assert normalise_short_code(typed) == "KZ-7ACD-9QTX"


def test_a_cyrillic_letter_that_looks_like_no_code_letter_is_still_refused():
    assert normalise_short_code("KZ-7ACD-9QТЖ") is None


@pytest.mark.django_db
def test_a_teacher_on_a_kazakh_keyboard_finds_the_certificate(client):
    certificate = CertificateFactory()
    typed = certificate.short_code.translate(str.maketrans("ACEHKMPTX", "АСЕНКМРТХ"))
    response = client.get("/kk/certificates/verify/", {"code": typed})
    assert response.status_code == 302
    assert certificate.token in response.url
