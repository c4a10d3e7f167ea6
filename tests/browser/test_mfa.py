"""A ministry analyst on a phone: sent to enrol a second factor, sets up an authenticator app,
keeps the recovery codes, and from then on signs in with a password and a code."""

import re
import time

from lms import roles
from tests.browser.helpers import BROWSER_TEST, open_menu
from tests.factories import PASSWORD, UserFactory, build_course, totp_code_of_secret

pytestmark = BROWSER_TEST

EMAIL = "analyst@example.org"


def tap(page, locator):
    """A real click of the mouse at the middle of the element, as a thumb would."""
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def code_of(secret):
    """The app's code now, waiting out the last seconds of a period so the server still takes it."""
    if 30 - time.time() % 30 < 3:
        time.sleep(30 - time.time() % 30 + 0.2)
    return totp_code_of_secret(secret)


def fits_the_phone(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def type_password(page, base):
    page.goto(f"{base}/en/accounts/login/")
    page.locator("input[name=login]").fill(EMAIL)
    page.locator("input[name=password]").fill(PASSWORD)
    tap(page, page.locator("main form button[type=submit]"))


def test_analyst_enrols_an_authenticator_app_and_signs_in_with_a_code(live_server, page):
    build_course(slug="teachers", lessons=1)
    UserFactory(email=EMAIL, roles=[roles.MINISTRY_ANALYSTS], language="en", second_factor=False)
    base = live_server.url

    type_password(page, base)
    page.wait_for_url(f"{base}/en/accounts/2fa/")
    assert "add a second factor to your account before you continue" in page.locator(".messages").inner_text()
    assert fits_the_phone(page)
    page.goto(f"{base}/en/coverage/")  # any other page sends them back
    page.wait_for_url(f"{base}/en/accounts/2fa/")

    tap(page, page.locator("#mfa-activate-totp"))
    page.wait_for_url(f"{base}/en/accounts/2fa/totp/activate/")
    assert page.locator(".totp-qr img").evaluate("image => image.complete && image.naturalWidth > 0")
    secret = page.locator("#totp-secret").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-7]{32}", secret)
    assert fits_the_phone(page)

    wrong = "000000" if code_of(secret) != "000000" else "111111"
    page.get_by_label("Authenticator code").fill(wrong)
    tap(page, page.locator("#mfa-activate"))
    page.locator("main").get_by_text("Incorrect code.").wait_for()

    page.get_by_label("Authenticator code").fill(code_of(secret))
    tap(page, page.locator("#mfa-activate"))
    page.wait_for_url(f"{base}/en/accounts/2fa/recovery-codes/")
    codes = page.locator(".recovery-codes code").all_inner_texts()
    assert len(codes) == 10 and all(re.fullmatch(r"\d{8}", code) for code in codes)
    assert page.get_by_role("link", name="Download the codes").is_visible()
    assert fits_the_phone(page)
    tap(page, page.locator("#mfa-continue"))
    page.wait_for_url(f"{base}/en/")

    open_menu(page)
    tap(page, page.get_by_role("button", name="Sign out"))
    page.locator("#main-nav").get_by_role("link", name="Sign in", include_hidden=True).wait_for(state="attached")

    type_password(page, base)
    page.wait_for_url(f"{base}/en/accounts/2fa/authenticate/")
    assert fits_the_phone(page)
    page.locator("input[name=code]").fill(wrong)
    tap(page, page.locator("main form button[type=submit]").first)
    page.locator("main").get_by_text("Incorrect code.").wait_for()
    assert page.url == f"{base}/en/accounts/2fa/authenticate/"  # not signed in yet

    page.locator("input[name=code]").fill(code_of(secret))
    tap(page, page.locator("main form button[type=submit]").first)
    page.wait_for_url(f"{base}/en/")
    page.goto(f"{base}/en/coverage/")
    assert page.url == f"{base}/en/coverage/"
    assert page.locator(".tile-map a.tile").count() == 20
