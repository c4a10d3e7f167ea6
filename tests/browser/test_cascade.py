"""The cascade in a browser: a trainer opens a group, a teacher joins it with the code on a
phone, completes the course, and the trainer sees them certified, generation 2, in the roster."""

import datetime
import re

from django.utils import timezone

from courses.models import CoursePage
from lms import roles
from tests.browser.helpers import BROWSER_TEST, kk, sign_in
from tests.factories import CertificateFactory, UserFactory, build_course

pytestmark = BROWSER_TEST


def test_a_teacher_joins_with_the_code_completes_and_shows_in_the_roster(live_server, browser):
    course = build_course(slug="teachers", lessons=1, title="Балаға қатыгездікті тану")
    trainer_course = build_course(slug="trainers", lessons=1, title="Тренерлерге арналған курс")
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer = UserFactory(
        email="saule@example.org", full_name="Сәуле Мұратқызы", roles=[roles.LEARNERS, roles.TRAINERS]
    )
    CertificateFactory(
        user=trainer, course_key=trainer_course.translation_key, generation=1, expires_on=datetime.date(2099, 1, 1)
    )
    UserFactory(email="bolat@example.org", full_name="Болат Ерланұлы", roles=[roles.LEARNERS])

    desk = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(desk, live_server.url, "saule@example.org")
    desk.get_by_role("navigation", name=kk("Main")).get_by_role("link", name=kk("My groups")).click()
    desk.get_by_role("link", name=kk("Open a group")).click()
    desk.get_by_label(kk("Course")).select_option(label="Балаға қатыгездікті тану")
    desk.get_by_label(kk("Name of the group")).fill("№7 мектеп, күзгі топ")
    ends = timezone.localdate() + datetime.timedelta(days=30)
    desk.get_by_label(kk("Ends on")).fill(ends.isoformat())
    desk.get_by_role("button", name=kk("Open the group")).click()
    desk.wait_for_url(re.compile(r".*/cascade/groups/\d+/$"))
    code = desk.locator(".big-code strong").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{6}", code)

    phone = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    sign_in(phone, live_server.url, "bolat@example.org")
    phone.get_by_role("link", name=kk("Join a group")).first.click()
    phone.get_by_label(kk("Group code")).fill(code.lower())
    phone.get_by_role("button", name=kk("Find the group")).click()
    assert "Сәуле Мұратқызы" in phone.content()
    phone.get_by_role("button", name=kk("Join the group")).click()
    phone.wait_for_url(re.compile(r".*/teachers/$"))
    phone.goto(live_server.url + course.url + "lesson-1/")
    phone.get_by_role("button", name=kk("Mark as complete and continue")).click()
    phone.wait_for_url(re.compile(r".*/teachers/$"))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    desk.get_by_role("link", name=kk("Roster and progress")).click()
    row = desk.get_by_role("row", name=re.compile("Болат Ерланұлы"))
    assert kk("Certified") in row.inner_text()
    assert kk("generation %(generation)s") % {"generation": 2} in row.get_by_role("cell").last.inner_text()
    desk.context.close()
    phone.context.close()
