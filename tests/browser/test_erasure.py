"""A teacher asks for the erasure of their data in Kazakh on a 360 px phone, with the mouse:
the page explains, refuses without the tick, shows the pending request with its date, and the
teacher cancels it. Nothing scrolls sideways."""

from django.utils import timezone

from privacy.models import ErasureRequest
from tests.browser.helpers import BROWSER_TEST, kk, mouse_click, sign_in
from tests.factories import UserFactory

pytestmark = BROWSER_TEST

PHONE = {"width": 360, "height": 740}


def click(page, selector):
    """Scroll to the element as a person does with their thumb, then click it with the mouse."""
    locator = page.locator(selector)
    locator.scroll_into_view_if_needed()
    mouse_click(page, locator)


def assert_no_sideways_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, page.url


def test_a_teacher_asks_for_erasure_in_kazakh_and_cancels_it(live_server, browser):
    teacher = UserFactory(full_name="Әйгерім Нұрсұлтанқызы Құнанбаева", language="kk")
    base = live_server.url
    page = browser.new_context(viewport=PHONE).new_page()
    sign_in(page, base, teacher.email)

    page.goto(f"{base}/kk/accounts/my-data/erase/")
    assert page.locator("h1").inner_text() == kk("Erase my data")
    assert_no_sideways_scroll(page)

    # Without the tick nothing is asked, and the page says why.
    click(page, "#erase-submit")
    page.wait_for_selector(".form-errors")
    assert kk("Tick the box to confirm that you want your data erased.") in page.locator("main").inner_text()
    assert not ErasureRequest.objects.exists()

    click(page, "#erase-confirm")
    assert page.locator("#erase-confirm").is_checked()
    click(page, "#erase-submit")
    page.wait_for_selector(".erase-pending")
    request = ErasureRequest.objects.get(person=teacher)
    due = timezone.localtime(request.due_at).strftime("%d.%m.%Y")
    assert due in page.locator(".erase-pending").inner_text()
    assert_no_sideways_scroll(page)

    click(page, "#erase-cancel")
    page.wait_for_selector("#erase-confirm")
    assert kk("Your request is cancelled. Your data stay as they are.") in page.locator(".messages").inner_text()
    assert ErasureRequest.objects.get(pk=request.pk).cancelled_at is not None
    assert_no_sideways_scroll(page)
