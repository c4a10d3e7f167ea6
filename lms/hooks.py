"""The hooks that the lms app calls, and the one rule for every hook between the apps.

An app may not import the apps below it (docs/architecture.md §2), so when it must let them
act at a moment it owns, it defines a hook here, in its own `hooks.py`, with Wagtail's hook
registry (`wagtail.hooks`):

- the hook's name is a constant of the defining `hooks.py`, starting with `lms_` so that it
  cannot meet one of Wagtail's own hook names;
- the constant's docstring gives the provider's signature, the transaction it runs in and what
  it may do;
- the app below registers its provider in its `wagtail_hooks.py` only, with
  `@hooks.register(NAME)` (Wagtail imports every app's `wagtail_hooks.py` the first time a hook
  is asked for);
- callers call the one calling function next to the constant, never `hooks.get_hooks` itself.

So `grep -rn NAME` finds the definition, every registration and the callers. The hook map in
docs/architecture.md §4 lists them all.

The coverage app keeps summary rows that the apps above it do not know; the first four hooks
tell it what changed, inside the transaction that changed it, so the summaries change with the
raw rows or not at all. A service announces what it changed itself, once, after saving it.
Several services may announce the same learner in one transaction (joining a group enrols and
makes a membership), so a listener must be idempotent: it recomputes from the rows as they
stand and leaves alone what has not changed.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ImproperlyConfigured
from wagtail import hooks

_single_provider_hooks: set[str] = set()


def single_provider(name):
    """Declare that hook `name` takes at most one provider (see `the_one_hook`); returns the name."""
    _single_provider_hooks.add(name)
    return name


def single_provider_hooks():
    """The names declared with `single_provider`, for the system check in lms/checks.py."""
    return sorted(_single_provider_hooks)


def the_one_hook(name):
    """The one function registered for `name`, or None when no app provides it. Two answers to a
    question that has one (who trained a certificate holder) is a wiring error, not a choice:
    ImproperlyConfigured. The system check lms.E001 reports it at startup already."""
    functions = hooks.get_hooks(name)
    if len(functions) > 1:
        names = ", ".join(f"{function.__module__}.{function.__qualname__}" for function in functions)
        raise ImproperlyConfigured(f"Hook {name} takes one provider; registered: {names}.")
    return functions[0] if functions else None


LEARNER_CHANGED = "lms_learner_changed"
"""`listener(*, user_id, course_key)`: the learner's standing in the course changed. Announced
when an enrolment is created, completed or starts a new round (courses), a quiz result gets its
first score or its pass (quizzes), a certificate is recorded, revoked or expires (certificates),
a membership of a group is made (cascade). Runs inside the announcing transaction; the listener
writes only its own rows and must be idempotent."""

CERTIFICATE_CREATED = "lms_certificate_created"
"""`listener(*, certificate)`: a certificate was just created. Runs inside the issuing
transaction; the listener writes only its own rows."""

CERTIFICATE_REVOKED = "lms_certificate_revoked"
"""`listener(*, certificate)`: a certificate was just revoked. Runs inside the revoking
transaction; the listener writes only its own rows."""

DISTRICT_CHANGED = "lms_district_changed"
"""`listener(*, user_id, district_before)`: a person's district just changed; what was counted in
the old one (`district_before`, None for none) belongs to the new one. Runs inside the
transaction that saves the profile; the listener writes only its own rows."""

HEADER_LINKS = "lms_header_links"
"""`provider(user) -> [(label, url), ...]`: links to add to the header after Home, in the order
of registration (`order=`). Runs during the request, outside any transaction; reads only, and
should cost no query (the header is on every page)."""

HOME_CARDS = "lms_home_cards"
"""`provider(user) -> [{"title", "text", "url"}, ...]`: cards for a signed-in user's home page,
in the order of registration (`order=`). Runs during the request; reads only."""

HOME_NEXT_STEP = "lms_home_next_step"
"""`provider(user) -> dict | None`: the one thing a signed-in user should do next, shown first on
their home page, as a dict with a `template` and the names it reads (the course to continue and
its next lesson). The first provider that answers wins, in the order of registration. Runs during
the request; reads only, in a fixed number of queries."""

DEMO_LOADER = "lms_demo_loader"
"""`loader() -> str`: builds the providing app's demo data, idempotently, and returns a one-line
summary. Called by the `load_demo` command after the accounts, in the order of registration
(`order=`: an app's demo may use the demo of the apps above it); each loader opens its own
transactions."""

PERSON_COHORTS = "lms_person_cohorts"
"""`provider(*, user) -> iterable of PersonCohort`: the groups this person is a member of (their
id, name and when the person joined), so that the person's page "Who accessed my data" (lms.audit
`accesses_of`) counts a roster of their group as about them, from the day they joined. Runs
during the request, outside any transaction; reads only, in one query whatever the number of
groups. Every provider's groups are added up."""

PERSONAL_DATA = "lms_personal_data"
"""`provider(*, user) -> list of PersonalSection`: everything the providing app holds about this
person, for "My data" (privacy: the page, its JSON download and the readable copy). Runs during
the request, outside any transaction; reads only, in a fixed number of queries whatever the
number of rows; never another person's personal data (a trainer's name on one's own certificate is
part of one's record, another learner's is not)."""

PERSONAL_DATA_ERASE = "lms_personal_data_erase"
"""`provider(*, user) -> dict[str, int]`: erase or anonymise this person's personal data in the
providing app's rows and say how many rows of each kind it changed. Runs inside the erasure
transaction of privacy.services, after the person's row is locked and before their own fields are
blanked; keeps every summary equal to what a rebuild would give (announce with `learner_changed`
what it changes); never deletes what statistics count, only what identifies the person."""

PERSON_ERASE = single_provider("lms_person_erase")
"""`provider(*, person, by) -> dict[str, int]`: erase this person's personal data at once, as
staff asked (`by`), and say how many rows of each kind changed; a person erased before gives an
empty dict. The user admin's delete offers it for a person who holds records that must stay.
Opens its own transaction (the whole erasure or nothing); one provider (privacy)."""

NIGHTLY_UPKEEP = "lms_nightly_upkeep"
"""`provider() -> dict`: work of the providing app for the nightly upkeep (coverage.tasks
`nightly_upkeep`), after the summaries' rebuild, in the order of registration; returns what it
did, for the task's result. Runs in the task worker; each provider opens its own transactions."""


NAME_CHANGED = "lms_name_changed"
"""`provider(*, user, name_before) -> dict[str, int]`: the person corrected their full name on
their profile (`user.full_name` is the new one, `name_before` the old); the providing app carries
the correction into the records that print the name, keeping their history, and says how many of
each kind now carry the new name. Not called at signup. Runs inside the transaction that saves the
profile (lms.services `user_profile_apply`); the provider writes only its own rows."""


@dataclass(frozen=True)
class PersonalSection:
    """One kind of record about a person, as `PERSONAL_DATA` answers: `key` names it in the JSON
    download (stable, not translated), `title` heads it on the page (translated), `columns` are the
    (key, label) pairs of its rows, and `rows` hold values JSON can carry (dates as ISO text)."""

    key: str
    title: str
    columns: list[tuple[str, str]]
    rows: list[dict]


@dataclass(frozen=True)
class PersonCohort:
    """A group a person is in, as `PERSON_COHORTS` answers: its id is `AccessRecord.cohort_id`."""

    id: int
    name: str
    joined_at: datetime


def _each(name, **arguments):
    for function in hooks.get_hooks(name):
        function(**arguments)


def learner_changed(*, user_id, course_key):
    _each(LEARNER_CHANGED, user_id=user_id, course_key=course_key)


def certificate_created(*, certificate):
    _each(CERTIFICATE_CREATED, certificate=certificate)


def certificate_revoked(*, certificate):
    _each(CERTIFICATE_REVOKED, certificate=certificate)


def district_changed(*, user_id, district_before):
    _each(DISTRICT_CHANGED, user_id=user_id, district_before=district_before)


def header_links(user):
    return [item for provider in hooks.get_hooks(HEADER_LINKS) for item in provider(user)]


def home_cards(user):
    return [card for provider in hooks.get_hooks(HOME_CARDS) for card in provider(user)]


def home_next_step(user):
    for provider in hooks.get_hooks(HOME_NEXT_STEP):
        step = provider(user)
        if step:
            return step
    return None


def person_cohorts(*, user) -> list[PersonCohort]:
    return [cohort for provider in hooks.get_hooks(PERSON_COHORTS) for cohort in provider(user=user)]


def demo_loaders():
    """(app label, loader) pairs; the label is the app the loader belongs to."""
    return [(loader.__module__.partition(".")[0], loader) for loader in hooks.get_hooks(DEMO_LOADER)]


def name_changed(*, user, name_before) -> dict[str, int]:
    done: dict[str, int] = {}
    for provider in hooks.get_hooks(NAME_CHANGED):
        done.update(provider(user=user, name_before=name_before))
    return done


def personal_data(*, user) -> list[PersonalSection]:
    return [section for provider in hooks.get_hooks(PERSONAL_DATA) for section in provider(user=user)]


def personal_data_erase(*, user) -> dict[str, int]:
    done: dict[str, int] = {}
    for provider in hooks.get_hooks(PERSONAL_DATA_ERASE):
        done.update(provider(user=user))
    return done


def person_erase(*, person, by) -> dict[str, int] | None:
    """Erase `person` at once through the one PERSON_ERASE provider; None when no app provides it."""
    provider = the_one_hook(PERSON_ERASE)
    return provider(person=person, by=by) if provider is not None else None


def nightly_upkeep() -> dict:
    done: dict = {}
    for provider in hooks.get_hooks(NIGHTLY_UPKEEP):
        done.update(provider())
    return done
