"""The group page of its trainer: the join link shared and the code copied; closing the group
after a confirmation, and reopening it."""

from datetime import timedelta
from urllib.parse import unquote

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from cascade.services import CascadeRefusal, cohort_close, cohort_join
from lms import roles
from tests.cascade.helpers import open_cohort
from tests.factories import UserFactory

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
    assert f'<p class="big-code" id="join-code"><strong data-copy-text>{cohort.join_code}</strong></p>' in html
    assert f'data-copy-value="{cohort.join_code}"' in html


def kk(message, **values):
    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text


def test_closing_asks_first_and_says_the_code_stops_and_the_trainees_stay(client, courses, master):
    cohort = open_cohort(master, courses[0])
    cohort_join(user=UserFactory(), cohort=cohort)
    client.force_login(master)
    page = client.get(reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk})).content.decode()
    close = reverse("cascade:close", kwargs={"cohort_id": cohort.pk})
    assert f'href="{close}"' in page  # a link to the confirmation, not a button that closes at once

    confirmation = client.get(close)
    html = confirmation.content.decode()
    assert confirmation.status_code == 200 and cohort.join_code in html
    with translation.override("kk"):
        stays = translation.ngettext(
            "The %(count)s trainee already in the group stays, with their progress; "
            "you can still mark attendance and send reminders.",
            "The %(count)s trainees already in the group stay, with their progress; "
            "you can still mark attendance and send reminders.",
            1,
        ) % {"count": 1}
    assert stays in html
    cohort.refresh_from_db()
    assert not cohort.is_closed

    assert client.post(close).status_code == 302
    cohort.refresh_from_db()
    assert cohort.is_closed and cohort.members.count() == 1
    # Back to the confirmation: it no longer asks to close a closed group, the group's page offers to reopen it.
    again = client.get(close, follow=True)
    assert again.redirect_chain[-1][0] == reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk})
    assert kk("Reopen the group") in again.content.decode()
    with pytest.raises(CascadeRefusal):
        cohort_join(user=UserFactory(), cohort=cohort)


def test_a_closed_group_is_reopened_and_its_code_works_again(client, courses, master):
    cohort = open_cohort(master, courses[0])
    cohort_close(cohort=cohort)
    client.force_login(master)
    page = client.get(reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk})).content.decode()
    assert kk("Reopen the group") in page
    response = client.post(reverse("cascade:reopen", kwargs={"cohort_id": cohort.pk}), follow=True)
    assert kk("The group is open again: the code and the link work.") in response.content.decode()
    cohort.refresh_from_db()
    assert not cohort.is_closed
    assert cohort_join(user=UserFactory(), cohort=cohort).cohort_id == cohort.pk


def test_an_ended_group_is_not_reopened(client, courses, master):
    today = timezone.localdate()
    cohort = open_cohort(master, courses[0], starts_on=today - timedelta(days=30), ends_on=today - timedelta(days=1))
    cohort_close(cohort=cohort)
    client.force_login(master)
    page = client.get(reverse("cascade:cohort", kwargs={"cohort_id": cohort.pk})).content.decode()
    assert kk("Reopen the group") not in page
    response = client.post(reverse("cascade:reopen", kwargs={"cohort_id": cohort.pk}), follow=True)
    assert kk("This group has ended: open a new group for new trainees.") in response.content.decode()
    cohort.refresh_from_db()
    assert cohort.is_closed


@pytest.mark.parametrize("who", ["other trainer", "coordinator"])
def test_only_the_groups_trainer_closes_or_reopens_it(client, courses, master, who):
    cohort = open_cohort(master, courses[0])
    person = {
        "other trainer": UserFactory(roles=[roles.TRAINERS]),
        "coordinator": UserFactory(roles=[roles.REGIONAL_COORDINATORS], region=cohort.region),
    }[who]
    client.force_login(person)
    assert client.get(reverse("cascade:close", kwargs={"cohort_id": cohort.pk})).status_code == 404
    assert client.post(reverse("cascade:close", kwargs={"cohort_id": cohort.pk})).status_code == 404
    cohort_close(cohort=cohort)
    assert client.post(reverse("cascade:reopen", kwargs={"cohort_id": cohort.pk})).status_code == 404
    cohort.refresh_from_db()
    assert cohort.is_closed
