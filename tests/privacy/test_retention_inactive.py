"""Inactive accounts: a warning email first, in the person's language and once; a sign-in keeps
the account; once the warning's date has come, the erasure (source: retention). Staff are never
erased by retention, only reported."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction

from lms import roles
from lms.erased import is_erased
from lms.models import User
from privacy.models import ErasureRequest, InactivityWarning
from privacy.retention import retention_apply
from tests.factories import PASSWORD, UserFactory
from tests.privacy.retention_helpers import MINUTE, NOW, days

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)
ERASE_ON = "15.07.2027"  # NOW (15 June 2027) and the 30 days of the warning


def warnings_in(outbox):
    return [message for message in outbox if ERASE_ON in message.subject]


def run(capture):
    """A night's retention, with what waits for the commit (the emails) done as it would be."""
    with capture(execute=True):
        return retention_apply()


def test_an_inactive_person_is_warned_once_in_their_language_and_erased_on_the_date(
    time_machine, django_capture_on_commit_callbacks, mailoutbox
):
    time_machine.move_to(NOW)
    period = days("inactive_account_days")
    away = UserFactory(language="ru", last_login=NOW - period - MINUTE, full_name="Айгуль Серикова")
    never_signed_in = UserFactory(date_joined=NOW - period - MINUTE)
    active = UserFactory(last_login=NOW - period + MINUTE)

    done = run(django_capture_on_commit_callbacks)

    assert done["inactive_warned"] == 2
    warned = warnings_in(mailoutbox)
    assert sorted(message.to[0] for message in warned) == sorted([away.email, never_signed_in.email])
    to_away = next(message for message in warned if message.to == [away.email])
    assert "Айгуль Серикова" in to_away.body
    assert ERASE_ON in to_away.body
    assert "/ru/accounts/login/" in to_away.body  # the sign-in page in Russian, the person's language
    assert "/ru/accounts/password/reset/" in to_away.body
    User.objects.filter(pk=active.pk).update(last_login=NOW)  # signs in tonight: out of the way below

    time_machine.move_to(NOW + DAY)  # the next night: no second warning
    assert run(django_capture_on_commit_callbacks)["inactive_warned"] == 0
    assert len(warnings_in(mailoutbox)) == 2
    assert InactivityWarning.objects.count() == 2

    time_machine.move_to(NOW + 29 * DAY)  # the night before the date: still there
    assert run(django_capture_on_commit_callbacks)["inactive_erased"] == 0
    assert not ErasureRequest.objects.exists()

    time_machine.move_to(NOW + 30 * DAY)  # the night of the date
    done = run(django_capture_on_commit_callbacks)

    assert done["inactive_erased"] == 2
    for person in (away, never_signed_in):
        person.refresh_from_db()
        assert is_erased(person)
        assert person.full_name != "Айгуль Серикова"
        request = ErasureRequest.objects.get(person=person)
        assert request.source == ErasureRequest.Source.RETENTION and request.done_at is not None
    active.refresh_from_db()
    assert not is_erased(active)
    assert run(django_capture_on_commit_callbacks)["inactive_erased"] == 0  # erased once


def test_signing_in_after_the_warning_keeps_the_account_until_the_next_stretch_of_inactivity(
    client, time_machine, django_capture_on_commit_callbacks, mailoutbox
):
    time_machine.move_to(NOW)
    period = days("inactive_account_days")
    person = UserFactory(last_login=NOW - period - DAY)
    assert run(django_capture_on_commit_callbacks)["inactive_warned"] == 1

    time_machine.move_to(NOW + 10 * DAY)
    response = client.post("/kk/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.last_login >= NOW + 10 * DAY

    time_machine.move_to(NOW + 31 * DAY)
    done = run(django_capture_on_commit_callbacks)
    assert (done["inactive_erased"], done["inactive_warned"]) == (0, 0)
    person.refresh_from_db()
    assert not is_erased(person)
    assert not ErasureRequest.objects.exists()

    time_machine.move_to(NOW + 10 * DAY + period + DAY)  # away again for the whole period
    assert run(django_capture_on_commit_callbacks)["inactive_warned"] == 1
    assert InactivityWarning.objects.filter(person=person).count() == 2
    assert len(warnings_in(mailoutbox)) == 1  # the first one; the new one has a date of its own
    assert len(mailoutbox) == 2


def test_staff_are_never_warned_nor_erased_only_reported(time_machine, django_capture_on_commit_callbacks, mailoutbox):
    time_machine.move_to(NOW)
    long_ago = NOW - days("inactive_account_days") * 2
    staff = [
        UserFactory(last_login=long_ago, is_superuser=True, is_staff=True),
        UserFactory(last_login=long_ago, roles=[roles.MINISTRY_ANALYSTS]),
        UserFactory(last_login=long_ago, roles=[roles.REGIONAL_COORDINATORS]),
        UserFactory(last_login=long_ago, roles=[roles.CONTENT_EDITORS]),
    ]
    became_staff = UserFactory(last_login=long_ago, roles=[roles.LEARNERS])

    done = run(django_capture_on_commit_callbacks)
    assert (done["inactive_warned"], done["staff_inactive"]) == (1, 4)
    became_staff.groups.add(*User.groups.field.related_model.objects.filter(name=roles.CONTENT_REVIEWERS))

    time_machine.move_to(NOW + 40 * DAY)
    done = run(django_capture_on_commit_callbacks)

    assert (done["inactive_erased"], done["inactive_warned"], done["staff_inactive"]) == (0, 0, 5)
    assert not ErasureRequest.objects.exists()
    assert [message.to for message in mailoutbox] == [[became_staff.email]]
    assert not any(is_erased(User.objects.get(pk=person.pk)) for person in staff)


def test_a_person_whose_own_erasure_is_pending_is_left_to_it(time_machine, django_capture_on_commit_callbacks):
    time_machine.move_to(NOW)
    person = UserFactory(last_login=NOW - days("inactive_account_days") * 2)
    ErasureRequest.objects.create(person=person, source=ErasureRequest.Source.PERSON, due_at=NOW + DAY)

    done = run(django_capture_on_commit_callbacks)

    assert (done["inactive_warned"], done["inactive_erased"]) == (0, 0)
    assert not InactivityWarning.objects.exists()


def test_the_database_keeps_one_warning_per_stretch_of_inactivity():
    person = UserFactory(last_login=NOW - days("inactive_account_days") * 2)
    InactivityWarning.objects.create(person=person, inactive_since=person.last_login, erase_after=NOW)
    with pytest.raises(IntegrityError), transaction.atomic():
        InactivityWarning.objects.create(person=person, inactive_since=person.last_login, erase_after=NOW + DAY)
