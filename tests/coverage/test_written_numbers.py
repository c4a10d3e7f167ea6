"""The dashboards write their figures the page language's way: a decimal comma in Kazakh and
Russian, a point in English."""

import pytest

from coverage.rebuild import summaries_rebuild
from lms import roles
from tests.coverage.helpers import holder, target
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("kk", "Қарағанды: 37,5%, Қарағанды облысы"),
        ("ru", "Караганда: 37,5%, Карагандинская область"),
        ("en", "Karaganda: 37.5%, Karaganda Region"),
    ],
)
def test_the_map_writes_the_share_the_languages_way(client, courses, language, label):
    target("KZ-35", 8)
    for _ in range(3):
        holder(courses[0], "KZ-35")
    summaries_rebuild()
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    html = client.get(f"/{language}/coverage/").content.decode()
    assert f'aria-label="{label}"' in html
