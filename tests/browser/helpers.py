"""What every browser test shares: its marks, Kazakh strings as the page shows them, signing in."""

import time

import pytest
from django.utils import translation

from lms.models import User
from lms.permissions import requires_mfa
from tests.factories import PASSWORD, totp_code, totp_enrol

# A live server in another thread needs committed data; serialized rollback restores the
# migrations' rows (regions, roles) for the tests that follow.
BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("django_db_serialized_rollback", "live_server_settled"),
]


def kk(message, **values):
    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text


def sign_in(page, base, email, language="kk", password=PASSWORD):
    """Email and password, then, for staff, the code their authenticator app shows now. Staff who
    have none yet (the demo's accounts) are given one first, as if they had enrolled before:
    enrolling itself is tested in test_mfa.py."""
    user = User.objects.get(email=email)
    if requires_mfa(user):
        totp_enrol(user)
    page.goto(f"{base}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("main form button[type=submit]").click()
    if requires_mfa(user):
        page.wait_for_url(f"{base}/{language}/accounts/2fa/authenticate/")
        page.locator("input[name=code]").fill(fresh_totp_code(user))
        page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"{base}/{language}/")


def fresh_totp_code(user):
    """The code of `user`'s app, waiting out the last seconds of a period so it is still valid
    when the server reads it."""
    if 30 - time.time() % 30 < 3:
        time.sleep(30 - time.time() % 30 + 0.2)
    return totp_code(user)


def reach_activity(page, index=0):
    """Scroll to the lesson's H5P activity as a learner does, which loads its player; returns the
    frame element's locator and the frame H5P plays the content in."""
    section = page.locator("[data-h5p-activity]").nth(index)
    section.evaluate("element => element.scrollIntoView({block: 'start'})")
    frame = section.locator("iframe.h5p-frame")
    frame.wait_for()
    return frame, frame.content_frame.frame_locator("iframe.h5p-iframe")


def open_menu(page):
    """Open the main menu where a phone folds it behind its button (nothing to do on a laptop)."""
    toggle = page.locator(".menu-toggle")
    if toggle.locator("summary").is_visible() and not toggle.evaluate("details => details.open"):
        mouse_click(page, toggle.locator("summary"))


def mouse_click(page, locator):
    """Click as a person does: with the mouse, at the middle of where the element is drawn, in
    whatever frame it is. Unlike `locator.click()` nothing is scrolled into view first, so an
    element hidden in a strip of a frame, or under another, is not reached."""
    locator.wait_for()
    box = still_box(page, locator)
    assert box and box["width"] > 0 and box["height"] > 0, "the element is not drawn"
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def still_box(page, locator, seconds=5):
    """Where the element is drawn once it has stopped moving (the same box twice, 100 ms apart), as
    a person aims at a button only when it stays put: an H5P frame that grows to hold new feedback
    moves what lies below it a moment after the click that brought the feedback."""
    box = locator.bounding_box()
    for _attempt in range(int(seconds * 10)):
        page.wait_for_timeout(100)
        again = locator.bounding_box()
        if again == box:
            return box
        box = again
    return box
