"""After erasing learners, a trainer and a master trainer, every summary the dashboards read is
what a rebuild from the raw rows gives: erasure keeps the records, anonymous, and revokes
certificates through the service that announces it."""

import pytest

from coverage.models import LearnerFact
from coverage.rebuild import summaries_rebuild
from lms import roles
from privacy.models import ErasureRequest
from privacy.services import person_erase
from tests.cascade.trees import grow_tree
from tests.coverage.test_summaries import stored_summaries
from tests.factories import UserFactory
from tests.privacy.erasure_world import build_world, trainer_certified

pytestmark = pytest.mark.django_db


def equal_to_a_rebuild():
    kept = stored_summaries()
    summaries_rebuild()
    return kept == stored_summaries()


def erase(person):
    return person_erase(person=person, by=None, source=ErasureRequest.Source.PERSON)


def test_summaries_equal_a_rebuild_after_erasing_a_learner_a_trainer_and_a_master():
    world = build_world()
    big_master = UserFactory(roles=[roles.TRAINERS])
    trainer_certified(big_master, world.trainer_course)
    levels = grow_tree(big_master, course_key=world.trainer_course.translation_key, sizes=(3, 9))
    summaries_rebuild()  # the tree was written without the services
    assert equal_to_a_rebuild()
    learners = LearnerFact.objects.count()

    erase(world.trainee)  # a learner in the person's group
    assert equal_to_a_rebuild()
    erase(world.person)  # a trainer who also learns
    assert equal_to_a_rebuild()
    erase(levels[0][0])  # a trainer in the middle of a tree
    erase(big_master)  # a master trainer: their subtree follows
    assert equal_to_a_rebuild()
    # Nobody's learning stopped counting: the facts are the same rows, anonymous.
    assert LearnerFact.objects.count() == learners
