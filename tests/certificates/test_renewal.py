"""Renewal: the holder goes through the course again and receives the next certificate, linked to
the one it renews; the final assessment must be passed again, with its attempts counted afresh."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from certificates.models import Certificate
from certificates.services import certificates_remind
from courses.models import Enrollment, LessonCompletion
from courses.services import enrollment_create, lesson_complete
from quizzes.services import QuizUnavailable, attempt_start, attempt_submit
from tests.factories import UserFactory, build_course, build_quiz, lessons_of

pytestmark = pytest.mark.django_db


def kk(message, **values):
    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text


def right_answers(attempt):
    return {
        question["key"]: next(option["key"] for option in question["options"] if option["correct"])
        for question in attempt.snapshot["questions"]
    }


def go_through(user, course, quiz):
    for lesson in lessons_of(course):
        lesson_complete(user=user, lesson=lesson, course=course)
    attempt = attempt_start(user=user, quiz=quiz).attempt
    return attempt_submit(user=user, attempt_id=attempt.pk, answers=right_answers(attempt))


@pytest.fixture
def course():
    return build_course(lessons=2, title="Recognising abuse")


@pytest.fixture
def quiz(course):
    return build_quiz(course, attempts_allowed=1)


@pytest.fixture
def holder(client, course, quiz):
    user = UserFactory()
    enrollment_create(user=user, course=course)
    assert go_through(user, course, quiz).course_completed_now
    client.force_login(user)
    return user


def expiring_in(days):
    certificate = Certificate.objects.get()
    certificate.expires_on = timezone.localdate() + timedelta(days=days)
    certificate.issued_on = certificate.expires_on - timedelta(days=730)
    certificate.save(update_fields=["issued_on", "expires_on"])
    return certificate


def test_renewing_means_the_lessons_and_the_final_again_and_gives_a_linked_certificate(client, course, quiz, holder):
    first = expiring_in(60)
    page = client.get(reverse("certificates:mine")).content.decode()
    assert kk("Renew this certificate") in page

    response = client.post(reverse("certificates:renew", kwargs={"certificate_id": first.pk}))
    assert response.url == course.url
    enrollment = Enrollment.objects.get()
    assert (enrollment.cycle, enrollment.status, enrollment.lessons_done) == (2, "enrolled", 0)
    page = client.get(reverse("certificates:mine")).content.decode()
    assert kk("You are renewing this certificate: complete the course again to receive the new one.") in page

    # The lessons alone do not complete the course: the final must be passed in this round, and
    # the one attempt it allows is counted afresh.
    course_page = client.get(course.url).content.decode()
    assert kk("Passed") not in course_page  # the first round's pass counts no more
    for lesson in lessons_of(course):
        lesson_complete(user=holder, lesson=lesson, course=course)
    assert Enrollment.objects.get().status == "in_progress"
    assert kk("Go to the final assessment") in client.get(course.url).content.decode()
    assert Certificate.objects.count() == 1
    attempt = attempt_start(user=holder, quiz=quiz).attempt
    assert attempt_submit(user=holder, attempt_id=attempt.pk, answers=right_answers(attempt)).course_completed_now

    second = Certificate.objects.get(number=2)
    assert second.renews == first and second.short_code != first.short_code
    assert LessonCompletion.objects.filter(cycle=1).count() == 2  # the first round is kept
    page = client.get(reverse("certificates:mine")).content.decode()
    assert page.count(kk("Renew this certificate")) == 0
    assert kk("Renews your earlier certificate.") in page


def test_renewal_opens_90_days_before_expiry(client, holder):
    certificate = expiring_in(120)
    page = client.get(reverse("certificates:mine")).content.decode()
    assert kk("Renew this certificate") not in page
    opens = (timezone.localdate() + timedelta(days=30)).strftime("%d.%m.%Y")
    assert opens in page
    client.post(reverse("certificates:renew", kwargs={"certificate_id": certificate.pk}))
    assert Enrollment.objects.get().cycle == 1


def test_an_expired_certificate_can_be_renewed(client, holder):
    certificate = expiring_in(-10)
    client.post(reverse("certificates:renew", kwargs={"certificate_id": certificate.pk}))
    assert Enrollment.objects.get().cycle == 2


def test_renewing_twice_starts_one_round(client, holder):
    certificate = expiring_in(10)
    url = reverse("certificates:renew", kwargs={"certificate_id": certificate.pk})
    client.post(url)
    response = client.post(url, follow=True)
    assert Enrollment.objects.get().cycle == 2
    assert kk("You are renewing this certificate already: finish the course again.") in response.content.decode()


def test_a_revoked_certificate_is_not_renewed(client, holder):
    certificate = expiring_in(10)
    Certificate.objects.filter(pk=certificate.pk).update(
        status="revoked", revoked_reason="Issued in error", revoked_at=timezone.now()
    )
    response = client.post(reverse("certificates:renew", kwargs={"certificate_id": certificate.pk}), follow=True)
    assert kk("A revoked certificate cannot be renewed.") in response.content.decode()
    assert Enrollment.objects.get().cycle == 1


def test_nobody_renews_anothers_certificate(client, holder):
    certificate = expiring_in(10)
    client.force_login(UserFactory())
    assert client.post(reverse("certificates:renew", kwargs={"certificate_id": certificate.pk})).status_code == 404
    assert client.get(reverse("certificates:renew", kwargs={"certificate_id": certificate.pk})).status_code == 405


def test_the_pre_test_stays_closed_in_a_renewal(client, course, holder):
    pre = build_quiz(course, role="pre", slug="pre-test")
    certificate = expiring_in(10)
    client.post(reverse("certificates:renew", kwargs={"certificate_id": certificate.pk}))
    with pytest.raises(QuizUnavailable):
        attempt_start(user=holder, quiz=pre)
    assert kk("Take the pre-test") not in client.get(course.url).content.decode()


def test_a_renewed_certificate_gets_no_expiry_reminder(client, course, quiz, holder):
    first = expiring_in(20)
    client.post(reverse("certificates:renew", kwargs={"certificate_id": first.pk}))
    go_through(holder, course, quiz)
    assert certificates_remind() == 0


def test_a_final_left_open_before_the_renewal_does_not_complete_the_new_round(client, course, quiz, holder):
    from quizzes.models import QuizAttempt

    QuizPage = type(quiz)
    QuizPage.objects.filter(pk=quiz.pk).update(attempts_allowed=None)
    quiz.refresh_from_db()
    left_open = attempt_start(user=holder, quiz=quiz).attempt  # after completing, before renewing
    first = expiring_in(10)
    client.post(reverse("certificates:renew", kwargs={"certificate_id": first.pk}))
    for lesson in lessons_of(course):
        lesson_complete(user=holder, lesson=lesson, course=course)
    submitted = attempt_submit(user=holder, attempt_id=left_open.pk, answers=right_answers(left_open))
    assert submitted.attempt.passed and not submitted.course_completed_now
    assert Certificate.objects.count() == 1
    assert go_through(holder, course, quiz).course_completed_now  # a final started in the round counts
    assert QuizAttempt.objects.filter(user=holder).count() == 3


def test_a_renewal_asks_for_the_required_activities_again(client, course, quiz, holder):
    from courses.models import H5PAttempt
    from courses.services import ActivitiesPending
    from tests.factories import add_h5p_activity, build_h5p_package

    lesson = lessons_of(course)[0]
    package = build_h5p_package()
    block_id = add_h5p_activity(lesson, package, title="Choose a response")
    H5PAttempt.objects.create(
        user=holder,
        package=package,
        content_hash=package.content_hash,
        course_key=course.translation_key,
        lesson_key=lesson.translation_key,
        activity_key=block_id,
        verb="completed",
        completion=True,
        statement={},
    )
    first = expiring_in(10)
    client.post(reverse("certificates:renew", kwargs={"certificate_id": first.pk}))
    with pytest.raises(ActivitiesPending):
        lesson_complete(user=holder, lesson=lesson, course=course)
