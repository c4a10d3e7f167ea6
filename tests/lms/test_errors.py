"""Refusals (lms/errors.py): every exception a view shows to a person derives from Refused and
carries its message in their language; a view may catch the base."""

import pytest
from django.utils import translation

from cascade.services import CascadeRefusal
from certificates.services import AlreadyRevoked, NotRenewable
from courses.h5p.storage import PackageNotStored
from courses.h5p.validation import PackageRejected
from courses.h5p.xapi import StatementRejected
from courses.services import ActivitiesPending, NotEnrolled
from coverage.tokens import ACTIVE_LIMIT, TooManyKeys
from lms.errors import Refused
from lms.tabular import TableImportError
from quizzes.answers import AnswerError
from quizzes.services import QuizUnavailable

SHOWN = [
    CascadeRefusal,
    AlreadyRevoked,
    NotRenewable,
    PackageNotStored,
    PackageRejected,
    StatementRejected,
    ActivitiesPending,
    NotEnrolled,
    TooManyKeys,
    TableImportError,
    AnswerError,
    QuizUnavailable,
]


@pytest.mark.parametrize("refusal", SHOWN, ids=lambda refusal: refusal.__name__)
def test_every_refusal_shown_to_a_person_derives_from_the_base(refusal):
    assert issubclass(refusal, Refused)


def test_a_refusal_says_its_message_in_the_language_active_when_shown():
    refusal = NotEnrolled()
    with translation.override("en"):
        assert str(refusal) == "Enrol in the course to open its lessons."
    with translation.override("ru"):
        assert str(refusal) != "Enrol in the course to open its lessons."  # lazy: translated when shown


def test_messages_made_when_raised_keep_what_they_were_given():
    with translation.override("en"):
        assert str(ActivitiesPending(["Quiz"])) == "Finish the interactive activity first: «Quiz»."
        assert str(ActivitiesPending(["A", "B"])) == "Finish the interactive activities first: «A», «B»."
        assert str(TooManyKeys()) == f"You have {ACTIVE_LIMIT} keys in use: stop one you no longer need first."
    assert str(CascadeRefusal("This group is full.")) == "This group is full."
    assert AnswerError("Not an option.", "q1").message == "Not an option."
    assert AnswerError("Not an option.", "q1").question == "q1"


def test_a_refusal_with_several_reasons_lists_each():
    refusal = PackageRejected(["first", "second"])
    assert refusal.problems == refusal.messages == ["first", "second"]
    assert str(refusal) == "first\nsecond"
    assert TableImportError(["Line 2: bad."]).errors == ["Line 2: bad."]
