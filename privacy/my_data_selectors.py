"""Reads of "My data": everything the platform holds about the signed-in person, gathered from every
app through `lms.hooks.PERSONAL_DATA`, with the person's profile, consents, erasure requests and the
newest records of who accessed their data.

The page, the JSON download and the readable copy read the same `MyData`, so they never disagree.
Nothing here is cached: each answer is built from the rows as they stand (and lms.headers sends it
with no-store)."""

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from courses.personal_export import iso
from lms.audit import access_lines_of
from lms.hooks import PersonalSection, personal_data
from lms.models import User
from lms.selectors import role_labels_for
from privacy.models import ErasureRequest, Purpose
from privacy.notice_selectors import consents_of

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?")
ACCESSES_SHOWN = 5  # on the page; the download carries the newest page of `access_lines_of`

# Why each kind of record is kept: a sentence for the page and the purposes of the notice
# (privacy.models.Purpose). A kind an app adds later without an entry here reads `OTHER`.
T, C, S, H = Purpose.TRAINING, Purpose.CERTIFICATES, Purpose.STATISTICS, Purpose.SHARING


def _why() -> dict[str, tuple[str, list[str]]]:
    return {
        "profile": (
            _(
                "Your account: to sign you in, to print your name on your certificates, to count you in "
                "your region's and district's statistics and to show your progress to your trainer."
            ),
            [T, C, S, H],
        ),
        "enrolments": (_("The courses you started, and how far you are in each."), [T, S, H]),
        "lesson_completions": (_("Each lesson you completed: it counts toward finishing the course."), [T, S, H]),
        "h5p_results": (
            _("What each interactive activity reported when you played it: it counts for practice only."),
            [T],
        ),
        "quiz_results": (_("Your result in each quiz: it decides whether you complete the course."), [T, S, H]),
        "quiz_attempts": (_("Every attempt at a quiz, with its score."), [T, S, H]),
        "quiz_answers": (
            _("The questions as you were asked them, your answers and their marks, so that a grade can be checked."),
            [T],
        ),
        "certificates": (
            _("Your certificates as printed: anyone holding the link or code can check that they are valid."),
            [C],
        ),
        "certificate_events": (_("What happened to your certificates, and when."), [C]),
        "group_memberships": (_("The groups you joined, and the trainer of each."), [T, H]),
        "attendance": (_("The marks your trainer gave you at face-to-face sessions."), [T, H]),
        "groups_led": (_("The groups you lead, as numbers only: your trainees' data is theirs."), [T, S]),
        "learning_summaries": (
            _("The summary of your progress that the ministry's and region's figures add up."),
            [S],
        ),
        "api_keys": (_("The keys you made for the ministry's systems (the keys themselves are never kept)."), [S]),
        "consents": (_("Each consent you gave or withdrew: the law asks us to be able to show it."), []),
        "erasure_requests": (_("Your requests to erase your data, and what became of them."), []),
        "accesses": (
            _("Who opened or downloaded your data, apart from you: trainers, coordinators, the ministry and API keys."),
            [],
        ),
    }


def shown(value: Any) -> str:
    """A value of a row as the page prints it: dates and times as the platform writes them, yes or
    no, numbers without float noise, a dash for nothing; structured values (an H5P statement) only
    in the download."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, float):
        return f"{round(value, 2):g}"
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        return formats.date_format(date.fromisoformat(value), "d.m.Y")
    if isinstance(value, str) and ISO_TIME.fullmatch(value):
        moment = timezone.localtime(datetime.fromisoformat(value))
        return formats.date_format(moment, "d.m.Y H:i")
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    if isinstance(value, (dict, list)):
        return _("In the JSON download")
    return str(value)


@dataclass(frozen=True)
class Kind:
    """One section of "My data" as the page shows it: what it is, why it is kept, and its rows."""

    section: PersonalSection
    why: str
    purposes: list["StrOrPromise"]

    @property
    def table(self) -> list[list[str]]:
        """The rows as the page prints them, in the order of the columns."""
        return [[shown(row.get(key)) for key, _label in self.section.columns] for row in self.section.rows]


@dataclass(frozen=True)
class MyData:
    generated_at: datetime
    person: dict[str, Any]
    person_columns: list[tuple[str, str]]
    person_why: Kind  # what the profile is and why it is kept (its section has no rows)
    kinds: list[Kind]
    accesses: Kind
    accesses_total: int

    @property
    def profile(self) -> list[tuple[str, str, str]]:
        """The profile as the page prints it: (key, label, value)."""
        return [(key, label, shown(self.person.get(key))) for key, label in self.person_columns]

    def as_json(self) -> dict[str, Any]:
        """The download: one object, keys stable (section keys, column keys), values plain."""
        sections = {kind.section.key: kind.section.rows for kind in self.kinds}
        sections["accesses"] = self.accesses.section.rows
        return {"generated_at": iso(self.generated_at), "person": self.person, "sections": sections}


def _profile(user: User) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The person's own fields (one query, and one for their roles unless read already)."""
    person = User.objects.select_related("region", "district", "coordinated_region").get(pk=user.pk)
    values: dict[str, Any] = {
        "full_name": person.full_name,
        "email": person.email,
        "region": person.region.name if person.region else "",
        "district": person.district.name if person.district else "",
        "school": person.school,
        "position": person.position,
        "language": person.get_language_display(),
        "joined": iso(person.date_joined),
        "last_sign_in": iso(person.last_login),
        "roles": [str(label) for label in role_labels_for(user)],
    }
    columns = [
        ("full_name", _("Full name")),
        ("email", _("Email")),
        ("region", _("Region")),
        ("district", _("District")),
        ("school", _("School")),
        ("position", _("Position")),
        ("language", _("Preferred language")),
        ("joined", _("Joined")),
        ("last_sign_in", _("Last sign-in")),
        ("roles", _("Roles")),
    ]
    if person.coordinated_region is not None:
        values["coordinated_region"] = person.coordinated_region.name
        columns.append(("coordinated_region", _("Region you coordinate")))
    return values, columns


def _consents(user: User) -> PersonalSection:
    """The person's consent history, newest first (`consents_of`: one query)."""
    purposes = dict(Purpose.choices)
    languages = dict(User.Language.choices)
    rows = [
        {
            "at": iso(consent.at),
            "action": consent.get_action_display(),
            "notice_version": consent.notice.version,
            "purposes": "; ".join(str(purposes.get(purpose, purpose)) for purpose in consent.purposes),
            "language": languages.get(consent.language, consent.language),
            "method": consent.get_method_display(),
        }
        for consent in consents_of(user)
    ]
    return PersonalSection(
        key="consents",
        title=_("Your consents"),
        columns=[
            ("at", _("When")),
            ("action", _("Consent")),
            ("notice_version", _("Version of the notice")),
            ("purposes", _("Purposes")),
            ("language", _("Language")),
            ("method", _("How")),
        ],
        rows=rows,
    )


def _erasure_requests(user: User) -> PersonalSection:
    """The person's erasure requests, newest first (one query); who asked is named by kind only."""
    rows = [
        {
            "requested_at": iso(request.requested_at),
            "source": request.get_source_display(),
            "due_at": iso(request.due_at),
            "cancelled_at": iso(request.cancelled_at),
            "done_at": iso(request.done_at),
        }
        for request in ErasureRequest.objects.filter(person=user).order_by("-requested_at", "-pk")
    ]
    return PersonalSection(
        key="erasure_requests",
        title=_("Your requests to erase your data"),
        columns=[
            ("requested_at", _("Requested")),
            ("source", _("Asked by")),
            ("due_at", _("Due")),
            ("cancelled_at", _("Cancelled")),
            ("done_at", _("Carried out")),
        ],
        rows=rows,
    )


def _accesses(user: User) -> tuple[PersonalSection, int]:
    """The newest page of "Who accessed my data" (lms.audit `access_lines_of`: four queries, three
    when nothing is recorded) and how many records there are in all."""
    page = access_lines_of(user)
    rows = [{"at": iso(line.at), "who": line.who, "role": str(line.role), "what": str(line.what)} for line in page]
    section = PersonalSection(
        key="accesses",
        title=_("Who accessed my data"),
        columns=[("at", _("When")), ("who", _("Who")), ("role", _("Role")), ("what", _("What they opened"))],
        rows=rows,
    )
    return section, page.paginator.count


def _kind(section: PersonalSection, why: dict[str, tuple[str, list[str]]]) -> Kind:
    labels = dict(Purpose.choices)
    text, purposes = why.get(section.key, (_("Kept for the purposes of the privacy notice."), []))
    return Kind(section=section, why=text, purposes=[labels[purpose] for purpose in purposes])


def my_data_of(*, user: User) -> MyData:
    """Everything held about `user`. A fixed number of queries whatever the number of rows: the
    profile (one, and one for the roles unless the request read them), each app's provider (see
    their modules: courses 4, quizzes 4, certificates 2, cascade 4, coverage 3; fewer where a
    person has no rows of a kind to name), consents (one), erasure requests (one) and the accesses
    (four, three when there are none): 25 at most with the roles."""
    why = _why()
    person, columns = _profile(user)
    sections = [*personal_data(user=user), _consents(user), _erasure_requests(user)]
    accesses, total = _accesses(user)
    return MyData(
        generated_at=timezone.now(),
        person=person,
        person_columns=columns,
        person_why=_kind(PersonalSection(key="profile", title=_("Your profile"), columns=[], rows=[]), why),
        kinds=[_kind(section, why) for section in sections],
        accesses=_kind(accesses, why),
        accesses_total=total,
    )
