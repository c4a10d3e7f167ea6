"""The "Regional coordinators" area of the Wagtail admin, where analysts and superusers assign the
region a coordinator answers for, and the user admin's own record of role changes."""

import pytest
from django.urls import reverse

from lms import roles
from lms.models import Region, ScopeChange
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/coordinators/"


def region(code):
    return Region.objects.get(code=code)


@pytest.fixture
def coordinator():
    return UserFactory(full_name="Ерлан Жұмабаев", roles=[roles.REGIONAL_COORDINATORS], region=region("KZ-71"))


PEOPLE = {
    "learner": lambda: UserFactory(roles=[roles.LEARNERS]),
    "trainer": lambda: UserFactory(roles=[roles.TRAINERS]),
    "content editor": lambda: UserFactory(roles=[roles.CONTENT_EDITORS]),
    "content reviewer": lambda: UserFactory(roles=[roles.CONTENT_REVIEWERS]),
    "coordinator": lambda: UserFactory(roles=[roles.REGIONAL_COORDINATORS]),
}


def test_a_visitor_is_sent_to_sign_in(client, coordinator):
    for url in (INDEX, f"{INDEX}{coordinator.pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("who", PEOPLE)
def test_the_assignment_page_refuses_every_role_but_analysts_and_superusers(client, coordinator, who):
    client.force_login(PEOPLE[who]())
    for url in (INDEX, f"{INDEX}{coordinator.pk}/"):
        response = client.get(url)
        assert response.status_code in (302, 403), (url, response.status_code)
        assert not response.get("Location", "").startswith(INDEX)
    response = client.post(f"{INDEX}{coordinator.pk}/", {"region": region("KZ-35").pk})
    assert response.status_code in (302, 403)
    coordinator.refresh_from_db()
    assert coordinator.coordinated_region.code == "KZ-71"
    assert not ScopeChange.objects.filter(person=coordinator).exists()


@pytest.mark.parametrize("who", ["analyst", "superuser"])
def test_analysts_and_superusers_see_the_coordinators_with_their_regions(client, coordinator, who):
    viewer = (
        UserFactory(roles=[roles.MINISTRY_ANALYSTS])
        if who == "analyst"
        else UserFactory(is_superuser=True, is_staff=True)
    )
    client.force_login(viewer)
    response = client.get(INDEX)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ерлан Жұмабаев" in page and reverse("lms_coordinators:edit", args=[coordinator.pk]) in page


def test_the_list_reads_the_same_queries_for_one_coordinator_and_ten(
    client, coordinator, django_assert_max_num_queries
):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    client.get(INDEX)  # warm per-process caches
    with django_assert_max_num_queries(12) as one:
        client.get(INDEX)
    for number in range(9):
        UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=region("KZ-35" if number % 2 else "KZ-75"))
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get(INDEX)
    assert response.context["page_obj"].paginator.count == 10


def test_an_analyst_moves_a_coordinator_and_the_change_is_logged_and_shown(client, coordinator):
    analyst = UserFactory(full_name="Гүлнар Оспанова", roles=[roles.MINISTRY_ANALYSTS])
    client.force_login(analyst)
    response = client.post(f"{INDEX}{coordinator.pk}/", {"region": region("KZ-35").pk})
    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.coordinated_region.code == "KZ-35"
    change = ScopeChange.objects.get(person=coordinator)
    assert (change.region_before.code, change.region_after.code, change.changed_by) == ("KZ-71", "KZ-35", analyst)
    history = client.get(f"{INDEX}{coordinator.pk}/").content.decode()
    assert "Гүлнар Оспанова" in history


def test_an_analyst_clears_a_coordinators_region(client, coordinator):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    assert client.post(f"{INDEX}{coordinator.pk}/", {"region": ""}).status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.coordinated_region is None


def test_an_unknown_region_is_refused_with_a_message_and_nothing_changes(client, coordinator):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    response = client.post(f"{INDEX}{coordinator.pk}/", {"region": "999999"})
    assert response.status_code == 400
    coordinator.refresh_from_db()
    assert coordinator.coordinated_region.code == "KZ-71"
    assert not ScopeChange.objects.exists()


def test_a_person_who_is_not_a_coordinator_is_not_assigned_a_region_and_goes_back_to_the_list(client):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    learner = UserFactory(roles=[roles.LEARNERS])
    response = client.get(f"{INDEX}{learner.pk}/")
    assert (response.status_code, response["Location"]) == (302, INDEX)
    response = client.post(f"{INDEX}{learner.pk}/", {"region": region("KZ-35").pk})
    assert (response.status_code, response["Location"]) == (302, INDEX)
    learner.refresh_from_db()
    assert learner.coordinated_region is None


def test_an_analyst_does_not_edit_users_in_general(client, coordinator):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    response = client.get(reverse("wagtailusers_users:edit", args=[coordinator.pk]))
    assert response.status_code in (302, 403)


def edit_data(person, **overrides):
    return {
        "email": person.email,
        "full_name": person.full_name,
        "region": person.region_id,
        "language": "kk",
        "is_active": "on",
        "groups": list(person.groups.values_list("pk", flat=True)),
        **overrides,
    }


def test_a_superuser_sets_the_region_in_the_user_admin_and_it_is_logged(client, coordinator):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = reverse("wagtailusers_users:edit", args=[coordinator.pk])
    assert 'name="coordinated_region"' in client.get(url).content.decode()
    response = client.post(url, edit_data(coordinator, coordinated_region=region("KZ-75").pk))
    assert response.status_code == 302, response.content.decode()[:2000]
    coordinator.refresh_from_db()
    assert coordinator.coordinated_region.code == "KZ-75"
    change = ScopeChange.objects.get(person=coordinator)
    assert (change.region_after.code, change.changed_by) == ("KZ-75", admin)


def test_roles_given_in_the_user_admin_are_logged_with_who_gave_them(client):
    from django.contrib.auth.models import Group

    admin = UserFactory(is_superuser=True, is_staff=True)
    teacher = UserFactory(roles=[roles.LEARNERS])
    client.force_login(admin)
    groups = Group.objects.filter(name__in=[roles.LEARNERS, roles.MINISTRY_ANALYSTS]).values_list("pk", flat=True)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[teacher.pk]), edit_data(teacher, groups=list(groups))
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    change = ScopeChange.objects.get(person=teacher)
    assert change.roles_before == [roles.LEARNERS]
    assert change.roles_after == sorted([roles.LEARNERS, roles.MINISTRY_ANALYSTS])
    assert change.changed_by == admin


def test_a_role_given_with_the_user_lists_bulk_action_is_logged_for_each_person(client):
    from django.contrib.auth.models import Group

    admin = UserFactory(is_superuser=True, is_staff=True)
    teachers = [UserFactory(roles=[roles.LEARNERS]) for _ in range(2)]
    client.force_login(admin)
    analysts = Group.objects.get(name=roles.MINISTRY_ANALYSTS)
    url = "/admin/bulk/lms/user/assign_role/?" + "&".join(f"id={teacher.pk}" for teacher in teachers)
    response = client.post(url, {"role": analysts.pk})
    assert response.status_code == 302
    for teacher in teachers:
        assert teacher.groups.filter(pk=analysts.pk).exists()
        change = ScopeChange.objects.get(person=teacher)
        assert change.roles_before == [roles.LEARNERS]
        assert change.roles_after == sorted([roles.LEARNERS, roles.MINISTRY_ANALYSTS])
        assert change.changed_by == admin


def test_a_coordinator_who_loses_the_role_loses_the_region(client, coordinator):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(reverse("wagtailusers_users:edit", args=[coordinator.pk]), edit_data(coordinator, groups=[]))
    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.coordinated_region is None
    change = ScopeChange.objects.get(person=coordinator)
    assert (change.region_before.code, change.region_after, change.roles_after) == ("KZ-71", None, [])


def test_a_region_is_not_assigned_to_someone_without_the_role(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    teacher = UserFactory(roles=[roles.LEARNERS])
    response = client.post(
        reverse("wagtailusers_users:edit", args=[teacher.pk]),
        edit_data(teacher, coordinated_region=region("KZ-75").pk),
    )
    assert response.status_code == 200
    teacher.refresh_from_db()
    assert teacher.coordinated_region is None
