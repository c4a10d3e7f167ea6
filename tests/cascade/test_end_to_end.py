"""The whole cascade through its services: an imported master trainer, two generations of
trainers below, and a third-generation teacher whose certificate leads back up to the master."""

import io

import pytest

from cascade.imports import master_trainers_import
from cascade.lineage import chain_up, downstream
from cascade.selectors import trainer_generation
from cascade.services import cohort_join
from certificates.models import Certificate
from lms.models import User
from tests.cascade.helpers import complete, open_cohort
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_from_an_imported_master_trainer_to_a_third_generation_teacher(courses):
    teacher_course, trainer_course = courses
    csv_text = "email,full_name,region_code,district,school,language\nmaster@example.org,Сәуле Мұратқызы,KZ-35,,,kk\n"
    master_trainers_import(file=io.BytesIO(csv_text.encode()), course=trainer_course)
    master = User.objects.get(email="master@example.org")
    assert trainer_generation(master) == 0

    aliya, bolat, dana = (UserFactory(full_name=name) for name in ("Әлия", "Болат", "Дана"))
    cohort_join(user=aliya, cohort=open_cohort(master, trainer_course))
    complete(aliya, trainer_course)
    cohort_join(user=bolat, cohort=open_cohort(aliya, trainer_course))
    complete(bolat, trainer_course)
    cohort_join(user=dana, cohort=open_cohort(bolat, teacher_course))
    certificate = complete(dana, teacher_course)

    assert (trainer_generation(aliya), trainer_generation(bolat), trainer_generation(dana)) == (1, 2, None)
    assert (certificate.trainer, certificate.trainer_name, certificate.generation) == (bolat, "Болат", 3)
    chain = chain_up(certificate.pk)
    assert [(link.user_id, link.generation) for link in chain] == [
        (dana.pk, 3),
        (bolat.pk, 2),
        (aliya.pk, 1),
        (master.pk, 0),
    ]
    assert Certificate.objects.get(pk=chain[-1].certificate_id).trainer is None
    reached = {person.user_id: (person.depth, person.generation, person.branch_id) for person in downstream(master.pk)}
    assert reached == {aliya.pk: (1, 1, aliya.pk), bolat.pk: (2, 2, aliya.pk), dana.pk: (3, 3, aliya.pk)}
