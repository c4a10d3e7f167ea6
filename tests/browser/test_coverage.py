"""The ministry's dashboard in a browser: the national map shows the 20 regions with their
coverage, and a tile leads to the region's page."""

import datetime
import re

from django.utils import timezone, translation

from coverage.rebuild import summaries_rebuild
from lms import roles
from lms.models import Region
from tests.browser.helpers import BROWSER_TEST, sign_in
from tests.factories import CertificateFactory, UserFactory, build_course

pytestmark = BROWSER_TEST


def ru(message):
    with translation.override("ru"):
        return translation.gettext(message)


def test_the_ministry_opens_the_map_of_20_regions_and_a_region_from_it(live_server, browser):
    course = build_course(slug="teachers", lessons=1, title="Распознавание насилия")
    karaganda = Region.objects.get(code="KZ-35")
    Region.objects.filter(pk=karaganda.pk).update(teacher_target=8)
    today = timezone.localdate()
    for number in range(3):
        teacher = UserFactory(full_name=f"Учитель {number}", region=karaganda)
        CertificateFactory(
            user=teacher,
            course_key=course.translation_key,
            issued_on=today - datetime.timedelta(days=3),
            expires_on=today + datetime.timedelta(days=700),
        )
    summaries_rebuild()
    UserFactory(
        email="ministry@example.org", full_name="Гүлнар Оспанова", roles=[roles.MINISTRY_ANALYSTS], language="ru"
    )

    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(page, live_server.url, "ministry@example.org", language="ru")
    page.get_by_role("navigation", name=ru("Main")).get_by_role("link", name=ru("Coverage")).click()
    page.wait_for_url(re.compile(r".*/ru/coverage/$"))
    tiles = page.locator(".tile-map a.tile")
    assert tiles.count() == 20
    tile = page.locator('.tile-map a.tile[data-code="KZ-35"]')
    assert "37,5%" in tile.text_content()  # 3 of 8 teachers, readable without colour
    assert tile.get_attribute("aria-label") == "Карагандинская область: 37,5%"
    table = page.locator("#regions-table")
    row = table.get_by_role("row").filter(has_text="Карагандинская область")
    assert "37,5" in row.inner_text()
    tile.click()
    page.wait_for_url(re.compile(r".*/ru/coverage/regions/KZ-35/.*"))
    assert page.get_by_role("heading", level=1).inner_text() == "Карагандинская область"
    assert "37,5" in page.locator(".figures-grid").first.inner_text()
