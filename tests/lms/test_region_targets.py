"""Regional targets in the Wagtail admin: Ministry analysts set them, the dashboards read them."""

import re

import pytest
from django.utils import translation
from wagtail.models import ModelLogEntry

from lms import roles
from lms.models import Region
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db

LIST = "/admin/regional-targets/"


def edit_url(code):
    return f"{LIST}edit/{Region.objects.get(code=code).pk}/"


@pytest.fixture
def analyst(client):
    user = UserFactory(roles=[roles.MINISTRY_ANALYSTS], language="en")
    client.force_login(user)
    return user


def kk(message):
    """The admin speaks the platform's default language, Kazakh, here."""
    with translation.override("kk"):
        return translation.gettext(message)


def test_an_analyst_sees_the_twenty_regions_with_their_targets(client, analyst):
    Region.objects.filter(code="KZ-62").update(teacher_target=4321)
    page = client.get(LIST).content.decode()
    assert len(set(re.findall(rf'href="{LIST}edit/([0-9]+)/"', page))) == 20
    assert "Ұлытау облысы" in page and "4321" in page
    assert kk("Teacher target") in page and kk("Teacher target") != "Teacher target"


def test_an_analyst_sets_a_target_and_the_dashboard_reads_it_at_once(client, analyst):
    build_course(slug="teachers", lessons=0)
    response = client.post(edit_url("KZ-35"), {"teacher_target": "25000"}, follow=True)
    assert response.status_code == 200
    said = kk("The teacher target of %(region)s is now %(target)s.") % {
        "region": "Қарағанды облысы",
        "target": "25\u00a0000",
    }
    assert said in response.content.decode()
    assert Region.objects.get(code="KZ-35").teacher_target == 25000
    region_page = client.get("/en/coverage/regions/KZ-35/").content.decode()
    assert re.search(r"<dt>Target</dt><dd>25[\s\u00a0,]?000</dd>", region_page)
    entry = ModelLogEntry.objects.get(object_id=str(Region.objects.get(code="KZ-35").pk), action="wagtail.edit")
    assert entry.user == analyst


@pytest.mark.parametrize("typed", ["-5", "many", "2000000", ""])
def test_a_target_that_cannot_be_right_is_refused_and_the_old_one_kept(client, analyst, typed):
    Region.objects.filter(code="KZ-35").update(teacher_target=100)
    response = client.post(edit_url("KZ-35"), {"teacher_target": typed})
    assert response.status_code == 200  # the form again, with the message
    assert "error-message" in response.content.decode()
    assert Region.objects.get(code="KZ-35").teacher_target == 100


@pytest.mark.parametrize(
    "make",
    [
        lambda: UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=Region.objects.get(code="KZ-35")),
        lambda: UserFactory(roles=[roles.CONTENT_EDITORS]),
        lambda: UserFactory(roles=[roles.TRAINERS]),
    ],
    ids=["regional coordinator", "content editor", "trainer"],
)
def test_nobody_else_sees_or_changes_the_targets(client, make):
    client.force_login(make())
    assert client.get(LIST).status_code in (302, 403)
    assert client.post(edit_url("KZ-35"), {"teacher_target": "1"}).status_code in (302, 403)
    assert Region.objects.get(code="KZ-35").teacher_target != 1


@pytest.mark.parametrize("address", ["new/", "delete/1/", "copy/1/", "inspect/1/"])
def test_regions_are_not_added_copied_or_deleted_in_the_admin(client, analyst, address):
    assert client.get(LIST + address, follow=True).status_code == 404


def test_the_national_dashboard_leads_an_analyst_to_the_targets(client, analyst):
    build_course(slug="teachers", lessons=0)
    assert f'href="{LIST}"' in client.get("/en/coverage/").content.decode()


def test_the_targets_list_reads_a_fixed_number_of_queries(client, analyst, django_assert_max_num_queries):
    client.get(LIST)  # warm per-process caches
    with django_assert_max_num_queries(20) as counted:
        client.get(LIST)
    Region.objects.update(teacher_target=500)
    with django_assert_max_num_queries(len(counted)):
        assert "500" in client.get(LIST).content.decode()
