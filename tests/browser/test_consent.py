"""A teacher signs up in Kazakh on a 360 px phone, ticking the consent box with the mouse, and later
agrees to a new version of the privacy notice at sign-in; neither page scrolls sideways."""

from allauth.account.models import EmailAddress

from lms.models import Region
from privacy.models import Consent
from tests.browser.helpers import BROWSER_TEST, kk, mouse_click
from tests.privacy.notice_helpers import publish_version, published_first

pytestmark = BROWSER_TEST

PHONE = {"width": 360, "height": 740}
PASSWORD = "Koktem-Almaty-2026"
WIDTH = "() => document.documentElement.scrollWidth"


def test_a_teacher_consents_at_signup_and_again_to_a_new_version(live_server, browser):
    published_first()
    base = live_server.url
    page = browser.new_context(viewport=PHONE).new_page()

    page.goto(f"{base}/kk/accounts/signup/")
    page.locator("input[name=email]").fill("aigerim@example.org")
    page.locator("input[name=full_name]").fill("Айгерім Нұрланқызы Сейтқали")
    page.locator("select[name=region]").select_option(str(Region.objects.get(code="KZ-35").pk))
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    box = page.locator("input[name=privacy_consent]")
    assert page.locator("label[for=id_privacy_consent] a").get_attribute("href") == "/kk/privacy/versions/1/"
    assert page.evaluate(WIDTH) <= 360
    box.scroll_into_view_if_needed()
    mouse_click(page, box)
    assert box.is_checked()
    submit = page.locator("main form button[type=submit]")
    submit.scroll_into_view_if_needed()  # below the fold on a phone, as a person scrolls to it
    mouse_click(page, submit)
    page.wait_for_url(f"{base}/kk/accounts/confirm-email/")

    consent = Consent.objects.get()
    assert (consent.person.email, consent.notice.version, consent.method, consent.language) == (
        "aigerim@example.org",
        1,
        Consent.Method.SIGNUP,
        "kk",
    )

    # The address is confirmed; a new version asking for fresh consent is published meanwhile.
    EmailAddress.objects.filter(email="aigerim@example.org").update(verified=True)
    publish_version(requires_consent=True)
    page.goto(f"{base}/kk/accounts/login/")
    page.locator("input[name=login]").fill("aigerim@example.org")
    page.locator("input[name=password]").fill(PASSWORD)
    submit = page.locator("main form button[type=submit]")
    submit.scroll_into_view_if_needed()  # below the fold on a phone, as a person scrolls to it
    mouse_click(page, submit)
    page.wait_for_url(f"{base}/kk/privacy/consent/?next=%2Fkk%2F")
    assert page.locator("h1").inner_text() == kk("The privacy notice has changed")
    assert "4-бөлімде жаңа алушы аталды." in page.locator("main").inner_text()
    assert page.evaluate(WIDTH) <= 360

    # Below what changed and the purposes: the teacher scrolls down to it.
    agree = page.get_by_role("button", name=kk("I agree"))
    agree.scroll_into_view_if_needed()
    mouse_click(page, agree)
    page.wait_for_url(f"{base}/kk/")
    assert page.evaluate(WIDTH) <= 360
    latest = Consent.objects.filter(person=consent.person).first()
    assert (latest.notice.version, latest.method, latest.language) == (2, Consent.Method.RECONSENT, "kk")
