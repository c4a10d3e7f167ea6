"""The people and things the access matrix asks about, made once for the whole module.

One region is under test (KZ-35, where the learner, the trainers and the group are); the second
coordinator answers for another region (KZ-75). Everything is made through the factories and the
services, so the matrix follows what they do (a coordinator's assigned region, staff's second
factor).
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone

from lms import roles
from lms.models import Region

REGION = "KZ-35"
OTHER_REGION = "KZ-75"

ROLES = (
    "anonymous",
    "learner",
    "trainer",
    "master",
    "coordinator",
    "coordinator_elsewhere",
    "analyst",
    "editor",
    "superuser",
)


@dataclass
class World:
    users: dict = field(default_factory=dict)
    ids: dict = field(default_factory=dict)
    # API keys by role ("coordinator", "coordinator_elsewhere", "analyst"), made before any test.
    keys: dict = field(default_factory=dict)

    def __getitem__(self, name):
        return self.ids[name]


def _people():
    from tests.factories import UserFactory

    other = Region.objects.get(code=OTHER_REGION)
    return {
        "learner": UserFactory(full_name="Айгүл Нұрланқызы", roles=[roles.LEARNERS]),
        "trainer": UserFactory(full_name="Trainer Person", roles=[roles.LEARNERS, roles.TRAINERS]),
        "master": UserFactory(full_name="Сәуле Мұратқызы", roles=[roles.LEARNERS, roles.TRAINERS]),
        "coordinator": UserFactory(full_name="Coordinator Here", roles=[roles.REGIONAL_COORDINATORS]),
        "coordinator_elsewhere": UserFactory(
            full_name="Coordinator Elsewhere", region=other, roles=[roles.REGIONAL_COORDINATORS]
        ),
        "analyst": UserFactory(full_name="Ministry Analyst", roles=[roles.MINISTRY_ANALYSTS]),
        "editor": UserFactory(full_name="Content Editor", roles=[roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS]),
        "superuser": UserFactory(full_name="Super User", is_superuser=True, is_staff=True),
    }


def build_world():
    from wagtail.documents.models import Document
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Collection, Locale

    from cascade.services import cohort_join, session_add
    from courses.models import CoursePage, ReportingContact
    from coverage.tokens import api_token_create
    from quizzes.services import attempt_start
    from tests.cascade.helpers import open_cohort
    from tests.factories import CertificateFactory, build_course, build_quiz, lessons_of

    world = World(users=_people())
    users = world.users
    region = Region.objects.get(code=REGION)

    teacher_course = build_course(slug="matrix-teachers", lessons=1, title="Recognising abuse")
    trainer_course = build_course(slug="matrix-trainers", lessons=1, title="Training teachers")
    CoursePage.objects.filter(pk=trainer_course.pk).update(audience=CoursePage.Audience.TRAINER)
    trainer_course.refresh_from_db()
    quiz = build_quiz(teacher_course, role="pre")
    lesson = lessons_of(teacher_course)[0]

    far = date(2099, 1, 1)
    CertificateFactory(
        user=users["master"], course_key=trainer_course.translation_key, generation=0, expires_on=far, region=region
    )
    CertificateFactory(
        user=users["trainer"],
        course_key=trainer_course.translation_key,
        generation=1,
        trainer=users["master"],
        expires_on=far,
        region=region,
    )
    certificate = CertificateFactory(
        user=users["learner"], course_key=teacher_course.translation_key, region=region, expires_on=far
    )

    today = timezone.localdate()
    cohort = open_cohort(users["master"], teacher_course, region=region, starts_on=today - timedelta(days=1))
    cohort_join(user=users["learner"], cohort=cohort)
    session = session_add(cohort=cohort, held_on=today - timedelta(days=1), place="204")
    attempt = attempt_start(user=users["learner"], quiz=quiz).attempt

    for role in ("coordinator", "coordinator_elsewhere", "analyst"):
        token, key = api_token_create(user=users[role], name=f"{role} system")
        world.keys[role] = key
        world.ids[f"{role}_token"] = token.pk

    collection = Collection.get_first_root_node()
    document = Document.objects.create(title="Handout", file=_file("handout.pdf"), collection=collection)
    from wagtail.images.models import Image

    from courses.models import PublicCollection

    image = Image.objects.create(title="Picture", file=get_test_image_file(), collection=collection)
    leaflets = collection.add_child(name="Leaflets for parents")
    PublicCollection.objects.create(collection=leaflets, reason="Posters", made_public_by=users["editor"])
    leaflet = Document.objects.create(title="Leaflet", file=_file("leaflet.pdf"), collection=leaflets)
    contact = ReportingContact.objects.filter(locale=Locale.get_default()).first() or ReportingContact.objects.create(
        service="Child helpline", phone="150", locale=Locale.get_default()
    )

    world.ids.update(
        course=teacher_course.pk,
        course_url=teacher_course.url,
        lesson=lesson.pk,
        lesson_url=lesson.url,
        trainer_course=trainer_course.pk,
        quiz=quiz.pk,
        attempt=attempt.pk,
        certificate=certificate.pk,
        certificate_token=certificate.token,
        cohort=cohort.pk,
        join_code=cohort.join_code,
        session=session.pk,
        document=document.pk,
        document_filename=document.filename,
        image=image.pk,
        contact=contact.pk,
        learner=users["learner"].pk,
        group=users["learner"].groups.first().pk,
        root_collection=collection.pk,
        public_collection=PublicCollection.objects.get(collection=leaflets).pk,
        leaflet=leaflet.pk,
        leaflet_filename=leaflet.filename,
        coordinator_id=users["coordinator"].pk,
        region_id=region.pk,
    )
    return world


def _file(name):
    from django.core.files.base import ContentFile

    return ContentFile(b"%PDF-1.4\n% a handout\n", name=name)
