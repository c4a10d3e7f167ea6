import pytest
from django.contrib.auth.models import Group

from lms import permissions, roles
from lms.models import Region
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_six_roles_exist_as_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ALL)


def test_ministry_analyst_sees_every_region_and_person():
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    other = UserFactory(region=Region.objects.get(code="KZ-79"))
    assert permissions.regions_visible_to(analyst).count() == 20
    assert permissions.can_view_person(analyst, other)
    assert permissions.can_view_coverage(analyst)


def test_regional_coordinator_sees_only_their_region():
    astana = Region.objects.get(code="KZ-71")
    coordinator = UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=astana)
    same_region = UserFactory(region=astana)
    elsewhere = UserFactory(region=Region.objects.get(code="KZ-35"))
    assert list(permissions.regions_visible_to(coordinator)) == [astana]
    assert permissions.can_view_region(coordinator, astana)
    assert not permissions.can_view_region(coordinator, elsewhere.region)
    assert permissions.can_view_person(coordinator, same_region)
    assert not permissions.can_view_person(coordinator, elsewhere)


def test_learner_sees_only_themself_and_no_region():
    learner = UserFactory(roles=[roles.LEARNERS])
    neighbour = UserFactory(region=learner.region)
    assert permissions.regions_visible_to(learner).count() == 0
    assert not permissions.can_view_region(learner, learner.region)
    assert permissions.can_view_person(learner, learner)
    assert not permissions.can_view_person(learner, neighbour)
    assert not permissions.can_view_coverage(learner)
    assert not permissions.can_use_admin(learner)


def test_content_roles_reach_the_admin_and_only_reviewers_publish():
    editor = UserFactory(roles=[roles.CONTENT_EDITORS])
    reviewer = UserFactory(roles=[roles.CONTENT_REVIEWERS])
    assert permissions.can_use_admin(editor) and permissions.can_author_content(editor)
    assert not permissions.can_review_content(editor)
    assert permissions.can_use_admin(reviewer) and permissions.can_review_content(reviewer)


def test_trainer_is_a_trainer_and_may_author_but_not_review():
    trainer = UserFactory(roles=[roles.TRAINERS])
    assert permissions.is_trainer(trainer)
    assert permissions.can_author_content(trainer)
    assert not permissions.can_review_content(trainer)
    assert not permissions.can_view_coverage(trainer)


def test_superuser_is_a_national_viewer():
    admin = UserFactory(is_superuser=True, is_staff=True)
    assert permissions.is_national_viewer(admin)


def test_anonymous_visitor_may_see_nothing(client):
    from django.contrib.auth.models import AnonymousUser

    visitor = AnonymousUser()
    assert permissions.regions_visible_to(visitor).count() == 0
    assert not permissions.can_view_person(visitor, UserFactory())
