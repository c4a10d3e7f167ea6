"""The national map on a 360 px phone, in Kazakh: every tile's short name stays inside its tile,
the legend of shades is on the screen, and nothing makes the page scroll sideways."""

import datetime

from django.utils import timezone

from coverage.rebuild import summaries_rebuild
from lms import roles
from lms.models import Region
from tests.browser.helpers import BROWSER_TEST, sign_in
from tests.factories import CertificateFactory, UserFactory, build_course

pytestmark = BROWSER_TEST


def test_short_names_fit_their_tiles_and_the_legend_fits_a_phone(live_server, browser):
    course = build_course(slug="teachers", lessons=0, title="Балаларды қорғау")
    today = timezone.localdate()
    for code, number in (("KZ-35", 20), ("KZ-19", 16), ("KZ-59", 12), ("KZ-75", 10), ("KZ-27", 8)):
        region = Region.objects.get(code=code)
        Region.objects.filter(pk=region.pk).update(teacher_target=number)
        CertificateFactory(
            user=UserFactory(region=region),
            course_key=course.translation_key,
            issued_on=today - datetime.timedelta(days=3),
            expires_on=today + datetime.timedelta(days=700),
        )
    summaries_rebuild()
    UserFactory(email="analyst@example.org", roles=[roles.MINISTRY_ANALYSTS], language="kk")

    page = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    sign_in(page, live_server.url, "analyst@example.org", language="kk")
    page.goto(f"{live_server.url}/kk/coverage/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    overflowing = page.evaluate(
        """() => [...document.querySelectorAll('.tile-map a.tile')].filter((tile) => {
            const box = tile.querySelector('rect').getBoundingClientRect();
            const name = tile.querySelector('.tile-code').getBoundingClientRect();
            return name.left < box.left || name.right > box.right;
        }).map((tile) => tile.dataset.code)"""
    )
    assert overflowing == []
    assert page.locator('.tile-map a.tile[data-code="KZ-27"] .tile-code').text_content() == "БҚО"
    legend = page.locator(".tile-map .legend li")
    assert legend.count() == 6  # five shades of the values shown and "no target"
    for index in range(legend.count()):
        box = legend.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
