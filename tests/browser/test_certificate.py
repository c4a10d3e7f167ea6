"""A learner completes a course, downloads the certificate, and a stranger verifies it."""

import io
import re

from pypdf import PdfReader

from certificates.models import Certificate
from courses.services import enrollment_create
from tests.browser.helpers import BROWSER_TEST, kk, open_menu
from tests.factories import PASSWORD, UserFactory, build_course

pytestmark = BROWSER_TEST


def test_learner_gets_the_certificate_and_a_stranger_verifies_it(live_server, page, browser):
    from lms import roles

    course = build_course(lessons=1, title="Балаға қатыгездікті тану")
    learner = UserFactory(
        email="aigerim@example.org", full_name="Әйгерім Құнанбаева", roles=[roles.LEARNERS], language="kk"
    )
    enrollment_create(user=learner, course=course)

    page.goto(f"{live_server.url}/kk/accounts/login/")
    page.locator("input[name=login]").fill("aigerim@example.org")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/kk/")
    page.goto(live_server.url + course.url + "lesson-1/")
    page.get_by_role("button", name=kk("Mark as complete and continue")).click()
    page.wait_for_url(re.compile(r".*/courses/course/$"))
    certificate = Certificate.objects.get()  # issued in that same request

    open_menu(page)
    page.get_by_role("navigation", name=kk("Main")).get_by_role("link", name=kk("My certificates")).click()
    with page.expect_download() as download:
        page.get_by_role("link", name=kk("Download PDF")).click()
    text = PdfReader(io.BytesIO(open(download.value.path(), "rb").read())).pages[0].extract_text()
    assert "Әйгерім Құнанбаева" in text and "Балаға қатыгездікті тану" in text
    share = page.locator("input[readonly]").input_value()
    assert certificate.token in share

    stranger = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    stranger.goto(live_server.url + share.split("localhost:8000", 1)[-1])
    html = stranger.content()
    assert kk("This certificate is valid.") in html and "Әйгерім Құнанбаева" in html
    assert "aigerim@example.org" not in html
    stranger.goto(f"{live_server.url}/kk/certificates/verify/")
    stranger.get_by_label(kk("Certificate code")).fill(certificate.short_code.lower())
    stranger.get_by_role("button", name=kk("Check")).click()
    stranger.wait_for_url(re.compile(rf".*/verify/{re.escape(certificate.token)}/$"))
    assert stranger.evaluate("document.documentElement.scrollWidth") <= 360
    stranger.context.close()
