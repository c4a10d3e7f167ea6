"""A region's certificates as one streamed zip, for ministry analysts and the region's coordinator."""

import csv
import io
import zipfile

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone

from lms import roles
from lms.models import Region
from lms.ratelimit import client_address
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificates():
    almaty, astana = Region.objects.get(code="KZ-75"), Region.objects.get(code="KZ-71")
    kept = [
        CertificateFactory(holder_name="Әлия Нұрланқызы", region=almaty),
        CertificateFactory(holder_name='Ivan "Vanya" Petrov/Sidorov', region=almaty, status="expired"),
    ]
    revoked = CertificateFactory(
        region=almaty, status="revoked", revoked_reason="Issued in error", revoked_at=timezone.now()
    )
    elsewhere = CertificateFactory(region=astana)
    return kept, revoked, elsewhere


def download(client, code):
    response = client.get(reverse("certificates:region_zip", kwargs={"code": code}))
    assert isinstance(response, StreamingHttpResponse)
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_an_analyst_downloads_a_regions_certificates_with_a_list(client, certificates):
    kept, revoked, elsewhere = certificates
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS], language="en"))
    archive = download(client, "KZ-75")
    assert archive.testzip() is None
    names = archive.namelist()
    assert len(names) == 3  # the list and the two certificates that are not revoked
    assert f"{kept[0].short_code} Әлия Нұрланқызы.pdf" in names
    assert f"{kept[1].short_code} Ivan  Vanya  Petrov Sidorov.pdf" in names
    for name in names[1:]:
        assert archive.read(name).startswith(b"%PDF-")
    rows = list(csv.reader(io.StringIO(archive.read(names[0]).decode("utf-8-sig"))))
    assert len(rows) == 3
    codes = {row[0] for row in rows[1:]}
    assert codes == {kept[0].short_code, kept[1].short_code}
    assert revoked.short_code not in codes and elsewhere.short_code not in codes


def test_the_regions_page_counts_what_each_zip_holds(client, certificates, django_assert_max_num_queries):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    client.get(reverse("certificates:bulk"))  # warm per-process caches
    with django_assert_max_num_queries(5):  # the counts of every region in one query
        response = client.get(reverse("certificates:bulk"))
    regions = {region.code: region for region in response.context["regions"]}
    assert len(regions) == 20
    assert (regions["KZ-75"].valid, regions["KZ-75"].downloadable) == (1, 2)
    assert (regions["KZ-71"].valid, regions["KZ-71"].downloadable) == (1, 1)
    assert regions["KZ-10"].downloadable == 0


def test_a_coordinator_downloads_only_their_region(client, certificates):
    almaty = Region.objects.get(code="KZ-75")
    client.force_login(UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=almaty))
    assert len(download(client, "KZ-75").namelist()) == 3
    assert client.get(reverse("certificates:region_zip", kwargs={"code": "KZ-71"})).status_code == 403
    listed = client.get(reverse("certificates:bulk")).context["regions"]
    assert [region.code for region in listed] == ["KZ-75"]


@pytest.mark.parametrize("role", [roles.LEARNERS, roles.TRAINERS, roles.CONTENT_EDITORS])
def test_nobody_else_downloads_a_region(client, certificates, role):
    client.force_login(UserFactory(roles=[role]))
    assert client.get(reverse("certificates:region_zip", kwargs={"code": "KZ-75"})).status_code == 403
    assert client.get(reverse("certificates:bulk")).status_code == 403


def test_an_unknown_region_is_not_found(client):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    assert client.get(reverse("certificates:region_zip", kwargs={"code": "KZ-00"})).status_code == 404
    for path in ("regions/%00.zip", "regions/KZ-35%00.zip", "regions/x.zip"):
        assert client.get(reverse("certificates:mine") + path).status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("certificates:region_zip", kwargs={"code": "KZ-75"}))
    assert response.status_code == 302 and "login" in response.url


def test_a_name_typed_as_a_formula_stays_text_in_the_list(client):
    CertificateFactory(holder_name='=HYPERLINK("http://evil.example","Open")', region=Region.objects.get(code="KZ-75"))
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    archive = download(client, "KZ-75")
    rows = list(csv.reader(io.StringIO(archive.read(archive.namelist()[0]).decode("utf-8-sig"))))
    assert rows[1][1] == '\'=HYPERLINK("http://evil.example","Open")'


def test_behind_proxies_the_limit_counts_the_address_the_outermost_proxy_saw(rf, settings):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7, 10.0.0.2", REMOTE_ADDR="10.0.0.3")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == "10.0.0.3"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request) == "203.0.113.7"  # "6.6.6.6" is what the client claimed
    settings.TRUSTED_PROXY_COUNT = 5
    assert client_address(request) == "10.0.0.3"  # fewer entries than proxies: not trusted
