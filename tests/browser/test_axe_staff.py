"""axe-core finds no serious or critical violation on the pages a trainer and the ministry's and
a region's analysts open, after the demo loader: the walk follows every link they are offered, the
trainer in Kazakh on a 360 px phone, the analysts in Russian on a laptop and a phone."""

import io

from django.core.management import call_command

from lms.demo.accounts import DEMO_PASSWORD
from tests.browser.axe import new_audited_page, report, walk
from tests.browser.helpers import BROWSER_TEST, sign_in

pytestmark = BROWSER_TEST


def test_trainers_and_analysts_pages_have_no_serious_accessibility_violation(live_server, browser, settings):
    settings.DEBUG = True  # the demo loader runs only in development
    call_command("load_demo", stdout=io.StringIO())
    settings.DEBUG = False
    base = live_server.url
    found, opened = {}, {}
    for email, language, width, start, limit in (
        # 20: the profile now leads on to "Who accessed my data" too; margin for the group pages.
        ("trainer@example.com", "kk", 360, ["/kk/cascade/groups/", "/kk/cascade/cascade/"], 20),
        ("master@example.com", "kk", 1366, ["/kk/cascade/groups/", "/kk/cascade/cascade/"], 8),
        (
            "ministry@example.com",
            "ru",
            1366,
            ["/ru/coverage/", "/ru/coverage/cascade/", "/ru/certificates/regions/"],
            10,
        ),
        ("regional@example.com", "ru", 360, ["/ru/coverage/", "/ru/coverage/api-keys/", "/ru/cascade/regions/"], 8),
    ):
        page = new_audited_page(browser, width)
        sign_in(page, base, email, language=language, password=DEMO_PASSWORD)
        role_found, opened[email] = walk(page, base, language, start, limit=limit)
        found.update({f"{email} {path}": problems for path, problems in role_found.items()})
        page.context.close()
    assert any("/attendance" in path or "/sessions/" in path for path in opened["trainer@example.com"]), opened
    assert any("/coverage/regions/" in path for path in opened["ministry@example.com"]), opened
    assert not found, report(found)
