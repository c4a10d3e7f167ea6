"""The ministry's dashboard in a browser: the national map shows the 20 regions with their
coverage, and a tile leads to the region's page."""

import datetime
import io
import re

from django.core.management import call_command
from django.utils import timezone, translation

from coverage.rebuild import summaries_rebuild
from lms import roles
from lms.demo.accounts import DEMO_PASSWORD
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
    assert tile.get_attribute("aria-label") == "Караганда: 37,5%, Карагандинская область"
    table = page.locator("#regions-table")
    row = table.get_by_role("row").filter(has_text="Карагандинская область")
    assert "37,5" in row.inner_text()
    tile.click()
    page.wait_for_url(re.compile(r".*/ru/coverage/regions/KZ-35/.*"))
    assert page.get_by_role("heading", level=1).inner_text() == "Карагандинская область"
    assert "37,5" in page.locator(".figures-grid").first.inner_text()


def test_the_demo_ministry_and_regional_accounts_see_living_dashboards(live_server, browser, settings):
    """After the demo loader (what `make run` does), the ministry's demo account finds figures in
    every region of the map, and the Astana coordinator's demo account sees Astana only."""
    settings.DEBUG = True  # the demo loader runs only in development
    call_command("load_demo", stdout=io.StringIO())
    settings.DEBUG = False

    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(page, live_server.url, "ministry@example.com", language="ru", password=DEMO_PASSWORD)
    page.goto(f"{live_server.url}/ru/coverage/")
    tiles = page.locator(".tile-map a.tile")
    assert tiles.count() == 20
    for tile in tiles.all():
        assert re.search(r"[1-9][0-9]*(,[0-9])?%", tile.text_content()), tile.get_attribute("aria-label")
    totals = page.locator(".figures-grid").first.inner_text()
    assert re.search(r"[1-9]", totals)
    months = page.locator("#months-table")
    assert months.get_by_role("row").count() >= 22  # a header, 20 regions, the country
    page.locator('.tile-map a.tile[data-code="KZ-71"]').click()
    page.wait_for_url(re.compile(r".*/ru/coverage/regions/KZ-71/.*"))
    assert page.get_by_role("heading", level=1).inner_text() == "Астана"

    page = browser.new_context(viewport={"width": 390, "height": 800}).new_page()
    sign_in(page, live_server.url, "regional@example.com", language="ru", password=DEMO_PASSWORD)
    page.goto(f"{live_server.url}/ru/coverage/")
    page.wait_for_url(re.compile(r".*/ru/coverage/regions/KZ-71/.*"))
    figures = page.locator(".figures-grid").first.inner_text()
    assert re.search(r"[1-9]", figures)
    response = page.goto(f"{live_server.url}/ru/coverage/regions/KZ-35/")
    assert response.status == 403


def test_a_coordinator_makes_a_key_for_a_ministry_system_and_stops_it(live_server, browser):
    build_course(slug="teachers", lessons=0)
    UserFactory(
        email="coordinator@example.org",
        roles=[roles.REGIONAL_COORDINATORS],
        region=Region.objects.get(code="KZ-71"),
        language="ru",
    )
    page = browser.new_context(viewport={"width": 360, "height": 800}).new_page()
    sign_in(page, live_server.url, "coordinator@example.org", language="ru")
    page.goto(f"{live_server.url}/ru/coverage/")
    page.get_by_role("link", name=ru("API keys for other systems")).click()
    page.get_by_label(ru("Which system will use it")).fill("Статистика министерства")
    page.get_by_role("button", name=ru("Make the key")).click()
    key = page.get_by_role("textbox", name=ru("Key"), exact=True).input_value()
    reply = page.request.get(
        f"{live_server.url}/api/v1/coverage/districts/?region=KZ-71", headers={"Authorization": f"Token {key}"}
    )
    assert reply.status == 200
    page.get_by_role("button", name=ru("Stop the key “%(name)s”") % {"name": "Статистика министерства"}).click()
    page.wait_for_url(re.compile(r".*/ru/coverage/api-keys/$"))
    assert key not in page.content()
    reply = page.request.get(f"{live_server.url}/api/v1/coverage/", headers={"Authorization": f"Token {key}"})
    assert reply.status == 401


def test_an_analyst_on_a_phone_is_told_while_figures_are_being_updated(live_server, browser):
    """While a trainer's subtree is still queued to follow a change (a FollowUp marker), the
    dashboard says its figures are being updated, readable at 360 px; once the worker is done,
    it says nothing."""
    import uuid

    from coverage.models import FollowUp

    build_course(slug="teachers", lessons=1, title="Зорлық-зомбылықты тану")
    UserFactory(email="analyst@example.org", roles=[roles.MINISTRY_ANALYSTS], language="kk")
    marker = FollowUp.objects.create(trainer_key=1, token=uuid.uuid4(), queued_at=timezone.now())
    page = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    sign_in(page, live_server.url, "analyst@example.org")
    page.goto(f"{live_server.url}/kk/coverage/")
    with translation.override("kk"):
        text = translation.gettext(
            "Figures are being updated after a recent change; they will be complete in a few minutes."
        )
    notice = page.get_by_role("status").filter(has_text=text)
    assert notice.is_visible()
    box = notice.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    marker.delete()  # what the worker does once the follow-up has run
    page.reload()
    assert page.get_by_role("status").filter(has_text=text).count() == 0
