"""A trainer on a 360 px phone: shares the group's join link (Copy link with the mouse puts it on
the clipboard and says so; the WhatsApp link carries the text and the link; without JavaScript the
link and WhatsApp remain), and adds a second session on the same date and place only after the
warning, with "Add it anyway"."""

import datetime
import re
from urllib.parse import unquote

from django.utils import timezone, translation
from django.utils.formats import date_format

from cascade.models import CohortSession
from cascade.services import session_add
from courses.models import CoursePage
from lms import roles
from tests.browser.helpers import BROWSER_TEST, kk, mouse_click, sign_in
from tests.cascade.helpers import open_cohort
from tests.cascade.test_sessions_edit import DUPLICATE
from tests.factories import CertificateFactory, UserFactory, build_course

pytestmark = BROWSER_TEST


def no_overflow(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_a_trainer_on_a_phone_copies_and_shares_the_join_link_and_is_warned_of_a_duplicate_session(
    live_server, browser
):
    course = build_course(slug="teachers", lessons=1, title="Балаға қатыгездікті тану")
    trainer_course = build_course(slug="trainers", lessons=1, title="Тренерлерге арналған курс")
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer = UserFactory(
        email="saule@example.org", full_name="Сәуле Мұратқызы", roles=[roles.LEARNERS, roles.TRAINERS]
    )
    CertificateFactory(
        user=trainer, course_key=trainer_course.translation_key, generation=0, expires_on=datetime.date(2099, 1, 1)
    )
    today = timezone.localdate()
    cohort = open_cohort(trainer, course, name="№7 мектеп, күзгі топ", venue="№7 мектеп, 204-кабинет")
    session_add(cohort=cohort, held_on=today, place="№7 мектеп, 204-кабинет")

    context = browser.new_context(
        viewport={"width": 360, "height": 740}, permissions=["clipboard-read", "clipboard-write"]
    )
    page = context.new_page()
    sign_in(page, live_server.url, "saule@example.org")
    page.goto(f"{live_server.url}/kk/cascade/groups/{cohort.pk}/")
    no_overflow(page)

    share = page.locator("[data-share]")
    link = share.locator("input.share-field").input_value()
    assert link.endswith(f"/join/{cohort.join_code}/")
    whatsapp = share.get_by_role("link", name=kk("Send by WhatsApp")).get_attribute("href")
    assert whatsapp.startswith("https://wa.me/?text=")
    text = unquote(whatsapp.removeprefix("https://wa.me/?text="))
    assert text.endswith(" " + link) and cohort.join_code in text

    copy = share.get_by_role("button", name=kk("Copy link"))
    copy.scroll_into_view_if_needed()
    for element in (share, copy, share.locator("input.share-field")):
        box = element.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert copy.bounding_box()["height"] >= 44  # big enough for a finger
    mouse_click(page, copy)
    status = share.get_by_role("status")
    status.filter(has_text=kk("Copied: the link is ready to paste.")).wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == link
    no_overflow(page)

    # A session's "Change or delete" is a thumb-sized target of its own, not a 19 px link that
    # sits under the three lines of the session's own link.
    edit = page.get_by_role("link", name=kk("Change or delete"))
    edit_box, session_box = edit.bounding_box(), page.locator(".session-list li a").first.bounding_box()
    assert edit_box["height"] >= 44 and edit_box["y"] >= session_box["y"] + session_box["height"]

    # The form is prefilled with today and the venue: one click would add the same session again.
    form = page.locator("#add-session")
    add = form.get_by_role("button", name=kk("Add the session"))
    add.scroll_into_view_if_needed()
    mouse_click(page, add)
    warning = form.get_by_role("alert")
    warning.wait_for()
    with translation.override("kk"):
        when = date_format(today, "SHORT_DATE_FORMAT")
    assert warning.inner_text().strip() == kk(DUPLICATE, date=when)
    assert CohortSession.objects.filter(cohort=cohort).count() == 1
    assert form.get_by_label(kk("Place")).input_value() == "№7 мектеп, 204-кабинет"
    assert form.get_by_label(kk("Date")).input_value() == today.isoformat()
    no_overflow(page)

    anyway = form.get_by_role("button", name=kk("Add it anyway"))
    anyway.scroll_into_view_if_needed()
    mouse_click(page, anyway)
    page.wait_for_url(re.compile(rf".*/cascade/groups/{cohort.pk}/#session-\d+$"))
    page.get_by_text(kk("The session is added.")).wait_for()
    assert CohortSession.objects.filter(cohort=cohort).count() == 2

    # A browser that refuses the clipboard (an in-app browser): the code is selected and it says so.
    page.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('refused')); }")
    copy_code = page.get_by_role("button", name=kk("Copy the code"))
    copy_code.scroll_into_view_if_needed()
    mouse_click(page, copy_code)
    page.locator(".copy-code [role=status]").filter(
        has_text=kk("Could not copy. The code is selected: copy it yourself.")
    ).wait_for()
    assert page.evaluate("window.getSelection().toString()") == cohort.join_code
    context.close()

    # Without JavaScript: the link to select and WhatsApp, and no button that could not work.
    bare = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = bare.new_page()
    sign_in(page, live_server.url, "saule@example.org")
    page.goto(f"{live_server.url}/kk/cascade/groups/{cohort.pk}/")
    share = page.locator("[data-share]")
    assert share.locator("input.share-field").input_value() == link
    assert share.get_by_role("link", name=kk("Send by WhatsApp")).is_visible()
    assert not page.get_by_role("button", name=kk("Copy link")).is_visible()
    assert not page.get_by_role("button", name=kk("Copy the code")).is_visible()
    no_overflow(page)
    bare.close()
