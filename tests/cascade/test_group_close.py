"""The group page of its trainer: the join link shared and the code copied; closing the group
after a confirmation, and reopening it."""

from urllib.parse import unquote

import pytest
from django.urls import reverse

from tests.cascade.helpers import open_cohort

pytestmark = pytest.mark.django_db


def whatsapp_text(html):
    start = html.index('href="https://wa.me/?text=') + len('href="https://wa.me/?text=')
    return unquote(html[start : html.index('"', start)])


def test_the_trainer_shares_the_join_link_and_sees_the_code_large_with_a_copy_button(client, courses, master):
    cohort = open_cohort(master, courses[0])
    client.force_login(master)
    html = client.get(reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk})).content.decode()
    link = reverse("cascade:join", kwargs={"code": cohort.join_code})
    assert whatsapp_text(html).endswith(link) and cohort.join_code in whatsapp_text(html)
    assert f'<p class="big-code" id="join-code"><strong>{cohort.join_code}</strong></p>' in html
    assert f'data-copy-value="{cohort.join_code}"' in html
