"""The names the project created in Wagtail's and Django's tables read in the reader's language,
and saving them from a form in another language keeps the stored name."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, Task, Workflow

from lms import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_workflow_task_groups_and_root_collection_read_in_the_active_language():
    workflow = Workflow.objects.get(name="Expert review")
    task = Task.objects.get(name="Approval by a child-protection expert").specific
    group = Group.objects.get(name=roles.TRAINERS)
    root = Collection.get_first_root_node()
    with translation.override("kk"):
        assert workflow.name == "Сараптамалық тексеру"
        assert task.name == "Бала қорғау жөніндегі сарапшының бекітуі"
        assert str(group) == "Тренерлер"
        assert root.name == "Негізгі жинақ"
    with translation.override("ru"):
        assert workflow.name == "Экспертная проверка"
        assert str(group) == "Тренеры"
    with translation.override("en"):
        assert workflow.name == "Expert review"


def test_saving_a_translated_name_keeps_the_stored_one():
    group = Group.objects.get(name=roles.CONTENT_REVIEWERS)
    with translation.override("kk"):
        group.name = group.name  # a form showing the Kazakh name and saving it unchanged
        group.save()
    assert Group.objects.filter(name=roles.CONTENT_REVIEWERS).exists()
    assert Group.objects.values_list("name", flat=True).get(pk=group.pk) == roles.CONTENT_REVIEWERS


def test_a_name_someone_typed_reads_as_typed():
    collection = Collection.get_first_root_node().add_child(name="Ата-аналарға арналған жадынамалар")
    with translation.override("ru"):
        assert Collection.objects.get(pk=collection.pk).name == "Ата-аналарға арналған жадынамалар"


def test_the_kazakh_reviewer_reads_the_workflow_in_kazakh_in_the_admin(client):
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    page = client.get(reverse("wagtailadmin_workflows:index")).content.decode()
    assert "Сараптамалық тексеру" in page
    assert "Expert review" not in page


def test_serialized_and_loaded_back_in_kazakh_the_names_stay_stored():
    """What a test database's serialized rollback and `loaddata` do: read in one language, write raw."""
    from django.core import serializers

    with translation.override("kk"):
        data = serializers.serialize("json", Group.objects.filter(name=roles.TRAINERS))
        assert "Тренерлер" in data
    Group.objects.filter(name=roles.TRAINERS).delete()
    for item in serializers.deserialize("json", data):
        item.save()
    assert Group.objects.filter(name=roles.TRAINERS).exists()
    with translation.override("kk"):
        assert Group.objects.filter(name="Тренерлер").get().name == "Тренерлер"


def test_a_roles_group_cannot_be_renamed_in_the_admin_but_others_can(client):
    client.force_login(UserFactory(is_superuser=True))
    trainers = Group.objects.get(name=roles.TRAINERS)
    response = client.post(reverse("wagtailusers_groups:edit", args=[trainers.pk]), {"name": "Тренерлер (жаңа)"})
    assert response.status_code == 200
    assert "Бұл топ платформаның рөлдерінің бірі: оның атауы өзгертілмейді." in response.content.decode()
    assert Group.objects.filter(name=roles.TRAINERS).exists()
    # Saved unchanged in Kazakh, the role keeps its name; a group someone made may be renamed.
    from lms.admin_groups import RoleGroupForm

    with translation.override("kk"):
        assert RoleGroupForm(data={"name": trainers.name}, instance=trainers).is_valid()
    other = Group.objects.create(name="Әдіскерлер")
    assert RoleGroupForm(data={"name": "Облыс әдіскерлері"}, instance=other).is_valid()


def test_a_name_maps_back_only_on_its_own_model():
    """«Негізгі жинақ» is the root collection's name, not a group's."""
    group = Group.objects.create(name="Негізгі жинақ")
    assert Group.objects.values_list("name", flat=True).get(pk=group.pk) == "Негізгі жинақ"
