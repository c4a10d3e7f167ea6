"""Factories for the tests; each app's models get theirs here."""

import datetime
import uuid

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from certificates.codes import new_short_code, new_token
from certificates.services import add_months
from lms.models import District, Region, User
from lms.permissions import STAFF_ROLES

PASSWORD = "a-long-test-Password-1"


def letters_of(number):
    """0 → "A", 25 → "Z", 26 → "Ab"...: a sequence number written in letters, for names."""
    text = ""
    while True:
        number, rest = divmod(number, 26)
        text += chr((ord("A") if not text else ord("a")) + rest)
        if not number:
            return text


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Test Person {letters_of(n)}")  # a name is letters (validators)
    region = factory.LazyFunction(lambda: Region.objects.get(code="KZ-35"))
    language = "kk"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))
            # A coordinator made here coordinates their profile region unless told otherwise
            # (in the platform the ministry assigns it: lms.services.coordinator_region_assign).
            if "Regional coordinators" in extracted and self.coordinated_region_id is None:
                self.coordinated_region_id = self.region_id

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
        if create:
            self.save()

    @factory.post_generation
    def second_factor(self, create, extracted, **kwargs):
        """Staff (lms.permissions.requires_mfa) have an authenticator app, as they must to reach
        anything; `second_factor=False` makes one without, `second_factor=True` gives anyone one."""
        if not create or extracted is False:
            return
        is_staff_role = self.is_superuser or self.groups.filter(name__in=STAFF_ROLES).exists()
        if extracted or is_staff_role:
            totp_enrol(self)

    @factory.post_generation
    def consent(self, create, extracted, **kwargs):
        """Consent given to the privacy notice in force, when one is published, as at signup, so that
        signing in through allauth goes on without the consent page; `consent=False` makes one without."""
        if not create or extracted is False:
            return
        from privacy.consent import consent_record
        from privacy.models import Consent
        from privacy.notice_selectors import notice_current

        notice = notice_current()
        if notice is not None:
            consent_record(person=self, notice=notice, method=Consent.Method.SIGNUP, language=self.language)


def totp_enrol(user):
    """Give `user` an authenticator app with a secret of their own; returns the Authenticator."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, generate_totp_secret()).instance


def totp_code(user, *, at=None):
    """The code `user`'s authenticator app shows now (or at the Unix time `at`). Now, in the last
    two seconds of a 30-second period, it waits for the next one, as a person would: a code read
    at the very end of its period can expire before the server checks it."""
    import time

    from allauth.mfa.models import Authenticator

    if at is None and 30 - time.time() % 30 < 2:
        time.sleep(30 - time.time() % 30 + 0.1)

    secret = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]
    return totp_code_of_secret(secret, at=at)


def totp_code_of_secret(secret, *, at=None):
    """The code an authenticator app set up with `secret` shows at the Unix time `at` (now by default)."""
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    moment = time.time() if at is None else at
    return format_hotp_value(hotp_value(secret, int(moment) // 30))


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District

    region = factory.LazyFunction(lambda: Region.objects.get(code="KZ-35"))
    name_kk = factory.Sequence(lambda n: f"Аудан {n}")
    name_ru = factory.Sequence(lambda n: f"Район {n}")
    name_en = factory.Sequence(lambda n: f"District {n}")


def lesson_body(text="Stay calm and listen."):
    import json

    return json.dumps(
        [
            {"type": "heading", "value": {"text": "Why it matters", "level": "h2"}},
            {"type": "paragraph", "value": f"<p>{text}</p>"},
        ]
    )


def build_course(*, slug="course", lessons=3, optional=(), title="Responding to abuse", index=None):
    """A published course (in the default locale) with `lessons` lessons; `optional` lists 1-based numbers."""
    from wagtail.models import Site

    from courses.models import CourseIndexPage, CoursePage, LessonPage

    if index is None:
        home = Site.objects.get(is_default_site=True).root_page.specific
        index = CourseIndexPage.objects.child_of(home).first()
        if index is None:
            index = CourseIndexPage(title="Courses", slug="courses")
            home.add_child(instance=index)
            index.save_revision().publish()
    course = CoursePage(title=title, slug=slug, summary="A course for teachers.", estimated_minutes=30)
    index.add_child(instance=course)
    course.save_revision().publish()
    for number in range(1, lessons + 1):
        lesson = LessonPage(
            title=f"Lesson {number}",
            slug=f"lesson-{number}",
            required=number not in optional,
            body=lesson_body(f"Lesson {number} text."),
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
    course.refresh_from_db()
    return course


def translate_page(page, language, **fields):
    """A published translation of a page (and of its parents when missing)."""
    from wagtail.models import Locale

    translation = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    return translation


def lessons_of(course):
    from courses.models import LessonPage

    return list(LessonPage.objects.child_of(course).order_by("path"))


def build_h5p_package(*, language="en", title=None):
    """A stored H5P package of the project's scenario content type (the demo activity's content)."""
    from django.core.files.base import ContentFile

    from courses.demo.content.h5p_scenarios import TITLE, content_json
    from courses.h5p.packaging import scenario_package
    from courses.h5p.services import h5p_package_store
    from courses.h5p.validation import package_inspect
    from courses.models import H5PPackage

    upload = ContentFile(
        scenario_package(title=title or TITLE[language], language=language, content=content_json(language)),
        name="activity.h5p",
    )
    package = H5PPackage(title=title or TITLE[language])
    h5p_package_store(package=package, upload=upload, info=package_inspect(upload), user=None)
    package.save()
    return package


def add_h5p_activity(lesson, package, *, required=True, title="What would you do?", block_id=None):
    """Append an H5P block to a lesson and publish it; returns the block's id."""
    import uuid

    block_id = block_id or str(uuid.uuid4())
    raw = list(lesson.body.raw_data)
    raw.append(
        {
            "type": "h5p_activity",
            "id": block_id,
            "value": {"title": title, "instructions": "", "package": package.pk, "required": required},
        }
    )
    lesson.body = raw
    lesson.save_revision().publish()
    return block_id


def choice_question(prompt="Which is right?", *, kind="single", correct=(1,), options=3, topic="signs", **extra):
    """A choice question in the demo-bank format: options "Option 1".."Option n", `correct` 1-based."""
    return {
        "type": kind,
        "topic": topic,
        "prompt": prompt,
        "feedback": f"Why: {prompt}",
        "options": [
            {"text": f"Option {number}", "correct": number in correct, "feedback": f"Feedback on option {number}"}
            for number in range(1, options + 1)
        ],
        **extra,
    }


def build_quiz(course, *, role="final", questions=None, slug=None, title=None, prefix="q", **settings):
    """A published quiz under a course; `questions` in the demo-bank format (default: three
    single-choice questions whose first option is correct)."""
    from quizzes.demo.bank import bank_raw
    from quizzes.models import QuizPage

    questions = questions if questions is not None else [choice_question(f"Question {n}") for n in range(1, 4)]
    quiz = QuizPage(
        title=title or {"pre": "Pre-test", "final": "Final assessment", "post": "Post-test"}[role],
        slug=slug or f"{role}-test",
        role=role,
        questions=bank_raw(questions, course.locale.language_code, prefix),
        **settings,
    )
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz


class CertificateFactory(factory.django.DjangoModelFactory):
    """A certificate as issued, without going through a course (for lists, zips and the register)."""

    class Meta:
        model = "certificates.Certificate"

    user = factory.SubFactory(UserFactory)
    course_key = factory.LazyFunction(uuid.uuid4)
    holder_name = factory.LazyAttribute(lambda certificate: certificate.user.full_name)
    course_titles = factory.LazyFunction(lambda: {"kk": "Балаға қатыгездікті тану", "en": "Recognising abuse"})
    language = "kk"
    # Dates follow the clock (a fixed date turns every certificate expired once it passes): issued
    # a month ago, valid for the programme's 24 months. A test that names only the expiry gets the
    # issue 24 months before it, so the two always agree. A test about a given day travels to it
    # with time_machine rather than fixing the date here.
    expires_on = factory.LazyFunction(lambda: add_months(timezone.localdate() - datetime.timedelta(days=30), 24))
    issued_on = factory.LazyAttribute(lambda certificate: add_months(certificate.expires_on, -24))
    token = factory.LazyFunction(new_token)
    short_code = factory.LazyFunction(new_short_code)
    template_version = "v1"
    region = factory.LazyAttribute(lambda certificate: certificate.user.region)
