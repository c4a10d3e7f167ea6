"""The lineage tree down from a trainer and up from a certificate, one query each."""

import pytest

from cascade.lineage import chain_up, downstream
from lms.models import Region
from tests.factories import CertificateFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    """A master trainer (generation 0) trains two trainers in two regions; one of them trains two
    teachers, one of whom also became a trainer and trained a teacher of generation 3."""
    almaty, astana = Region.objects.get(code="KZ-75"), Region.objects.get(code="KZ-71")
    master = UserFactory(region=almaty)
    master_certificate = CertificateFactory(user=master, generation=0)
    people = {"master": master, "master_certificate": master_certificate}
    for name, trainer, generation, region in [
        ("aliya", "master", 1, almaty),
        ("bolat", "master", 1, astana),
        ("dana", "aliya", 2, almaty),
        ("erlan", "aliya", 2, astana),
        ("gulnar", "dana", 3, astana),
    ]:
        person = UserFactory(region=region)
        people[name] = person
        people[f"{name}_certificate"] = CertificateFactory(
            user=person, trainer=people[trainer], trainer_name=people[trainer].full_name, generation=generation
        )
    return people


def test_downstream_lists_every_descendant_with_depth_generation_and_region(tree, django_assert_num_queries):
    with django_assert_num_queries(1):
        found = {item.user_id: item for item in downstream(tree["master"].pk)}
    expected = {"aliya": (1, 1), "bolat": (1, 1), "dana": (2, 2), "erlan": (2, 2), "gulnar": (3, 3)}
    assert {user_id: (item.depth, item.generation) for user_id, item in found.items()} == {
        tree[name].pk: value for name, value in expected.items()
    }
    assert found[tree["bolat"].pk].region_id == Region.objects.get(code="KZ-71").pk
    assert {item.user_id for item in downstream(tree["aliya"].pk)} == {
        tree["dana"].pk,
        tree["erlan"].pk,
        tree["gulnar"].pk,
    }
    assert downstream(tree["gulnar"].pk) == []


def test_chain_up_reaches_the_master_trainer(tree, django_assert_num_queries):
    with django_assert_num_queries(1):
        chain = chain_up(tree["gulnar_certificate"].pk)
    assert [link.user_id for link in chain] == [tree[name].pk for name in ("gulnar", "dana", "aliya", "master")]
    assert [link.generation for link in chain] == [3, 2, 1, 0]
    assert chain[-1].trainer_id is None


def test_a_loop_in_the_records_ends(tree):
    # The master later took a course in a cohort of one of their own trainees.
    CertificateFactory(user=tree["master"], trainer=tree["dana"], generation=3)
    found = {item.user_id for item in downstream(tree["master"].pk)}
    assert tree["master"].pk not in found and len(found) == 5
