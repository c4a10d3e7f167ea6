"""A refusal is a page of the site, in the visitor's language, with a way on."""

import pytest

from lms import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_refused_page_says_so_in_kazakh_inside_the_site(client):
    client.force_login(UserFactory(roles=[roles.LEARNERS]))
    response = client.get("/kk/coverage/")
    assert response.status_code == 403
    page = response.content.decode()
    assert '<html lang="kk"' in page
    assert "Қол жеткізу мүмкін емес" in page
    assert 'href="/kk/"' in page


def test_a_refused_admin_report_is_the_same_page_in_russian(client):
    client.force_login(UserFactory(roles=[roles.TRAINERS]))
    response = client.get("/admin/reports/site-history/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 403
    assert "Доступ запрещён" in response.content.decode()
