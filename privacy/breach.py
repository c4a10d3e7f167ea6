"""Whose data an account or an API key could reach in a window of time: what a breach response needs
to know first (docs/breach-runbook.md, command `breach_reach`).

Two sources, both kept by the platform:
- the audit trail (lms.audit.AccessRecord): what was actually opened or handed out. A row naming a
  person reached that person; a group's row the members who had joined the group by then; a region's
  row the people of that region who had signed up by then; a row of the whole country everyone who
  had signed up by then;
- the scope the account's roles gave it during the window (lms.models.ScopeChange, the log of role
  and region changes, else the roles it has now): a superuser or analyst everyone; a regional
  coordinator the people of the region assigned; a trainer the members of their groups; anyone else
  their own data only.

Both are upper bounds, on purpose: a region's page shows some of its people, not all; a breach is
notified to everyone who may have been reached. A region is the person's region today (the profile
keeps no history of it); a person named by a row keeps the region recorded with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet
from django.utils import timezone

from cascade.models import Cohort, CohortMember
from coverage.models import ApiToken
from lms import roles
from lms.audit import AccessRecord
from lms.models import ScopeChange, User
from lms.services import SUPERUSER, role_names_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

# How a person was reached, in the order the report lists them.
NAMED, GROUP, REGION, EVERYONE, ROLE = "named", "group", "region", "everyone", "role"
KINDS = (NAMED, GROUP, REGION, EVERYONE, ROLE)
NATIONAL_ROLES = {SUPERUSER, roles.MINISTRY_ANALYSTS}


@dataclass(frozen=True)
class Scope:
    """What an account's roles let it see at some moment during the window."""

    national: bool = False
    region_id: int | None = None
    trainer: bool = False


@dataclass
class Reach:
    """The answer: the records read, how many people each kind reached, the scopes the account held,
    and each person reached with every way they were (`people`: user id → kinds)."""

    account: User | None
    token: ApiToken | None
    since: datetime
    until: datetime
    records: int = 0
    groups: set[int] = field(default_factory=set)
    regions: set[int] = field(default_factory=set)
    national_records: int = 0
    scopes: list[Scope] = field(default_factory=list)
    people: dict[int, set[str]] = field(default_factory=dict)

    def count(self, kind: str) -> int:
        return sum(1 for kinds in self.people.values() if kind in kinds)

    def reached(self, user_ids: Iterable[int], kind: str) -> None:
        for user_id in user_ids:
            self.people.setdefault(user_id, set()).add(kind)


def window(since: date, until: date) -> tuple[datetime, datetime]:
    """Days from `since` to `until` inclusive, in the platform's time zone, as [start, end)."""
    zone = timezone.get_current_timezone()
    start = datetime.combine(since, time.min, tzinfo=zone)
    end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=zone)
    return start, end


def breach_reach(*, account: User | None = None, token: ApiToken | None = None, since: date, until: date) -> Reach:
    """Whose data `account` (or the API key `token`, with its owner's scope) could reach from `since`
    to `until` inclusive. At most eight queries whatever the number of records or people: the
    records, the scope changes, the account's roles today (when no change says), the groups it
    trains and their members (for a trainer), the members of the groups recorded, the people of the
    regions recorded or coordinated, and everyone (when a national record or scope calls for it)."""
    if (account is None) == (token is None):
        raise ValueError("Give an account or a key, not both.")
    start, end = window(since, until)
    reach = Reach(account=account, token=token, since=start, until=end)
    owner = account if account is not None else token.user  # type: ignore[union-attr]
    records = _records(account=account, token=token, start=start, end=end)
    everyone_before: datetime | None = None
    named: set[int] = set()
    group_latest: dict[int, datetime] = {}
    region_latest: dict[int, datetime] = {}
    for record in records:
        reach.records += 1
        if record.about_person:
            if record.subject_id is not None:
                named.add(record.subject_id)
        elif record.cohort_id is not None:
            group_latest[record.cohort_id] = max(record.at, group_latest.get(record.cohort_id, record.at))
        elif record.region_id is not None:
            region_latest[record.region_id] = max(record.at, region_latest.get(record.region_id, record.at))
        else:
            reach.national_records += 1
            everyone_before = max(record.at, everyone_before or record.at)
    reach.groups, reach.regions = set(group_latest), set(region_latest)
    reach.reached(named, NAMED)
    reach.reached(_members(group_latest), GROUP)
    # A key reads with its owner's scope: what the owner could reach, the key could.
    reach.scopes = scopes_during(owner, start=start, end=end)
    trained = _trained_members(owner, end=end) if any(scope.trainer for scope in reach.scopes) else []
    reach.reached(trained, ROLE)
    coordinated = {scope.region_id for scope in reach.scopes if scope.region_id is not None}
    for user_id, region_id, joined in _region_people(set(region_latest) | coordinated, end=end):
        if region_id in region_latest and joined <= region_latest[region_id]:
            reach.reached([user_id], REGION)
        if region_id in coordinated:
            reach.reached([user_id], ROLE)
    national_scope = any(scope.national for scope in reach.scopes)
    if everyone_before is not None or national_scope:
        for user_id, joined in User.objects.filter(date_joined__lt=end).values_list("pk", "date_joined"):
            if everyone_before is not None and joined <= everyone_before:
                reach.reached([user_id], EVERYONE)
            if national_scope:
                reach.reached([user_id], ROLE)
    reach.people.pop(owner.pk, None)  # one's own data is not a breach of it
    return reach


def _records(*, account: User | None, token: ApiToken | None, start: datetime, end: datetime) -> QuerySet[AccessRecord]:
    rows = AccessRecord.objects.filter(at__gte=start, at__lt=end)
    if token is not None:
        rows = rows.filter(actor_id=token.user_id, token_label=token.name, action=AccessRecord.Action.API)
    else:
        assert account is not None
        rows = rows.filter(Q(actor=account) | Q(actor__isnull=True, actor_label__iexact=account.email))
    return rows.only("at", "about_person", "subject_id", "cohort_id", "region_id").order_by("at")


def _members(group_latest: dict[int, datetime]) -> list[int]:
    """The members of each group who had joined it by its last recorded access (one query)."""
    if not group_latest:
        return []
    condition = Q()
    for cohort_id, latest in group_latest.items():
        condition |= Q(cohort_id=cohort_id, joined_at__lte=latest)
    return list(CohortMember.objects.filter(condition).values_list("user_id", flat=True).distinct())


def _trained_members(owner: User, *, end: datetime) -> list[int]:
    """The members of the groups the account trains, joined before the window's end (two queries)."""
    cohorts = list(Cohort.objects.filter(trainer=owner).values_list("pk", flat=True))
    if not cohorts:
        return []
    rows = CohortMember.objects.filter(cohort_id__in=cohorts, joined_at__lt=end)
    return list(rows.values_list("user_id", flat=True).distinct())


def _region_people(region_ids: set[int], *, end: datetime) -> list[tuple[int, int, datetime]]:
    if not region_ids:
        return []
    rows = User.objects.filter(region_id__in=region_ids, date_joined__lt=end)
    return list(rows.values_list("pk", "region_id", "date_joined"))


def scopes_during(person: User, *, start: datetime, end: datetime) -> list[Scope]:
    """Each scope the person's roles gave them from `start` to `end`: the one they had at the start
    and one after each change in the window (lms.models.ScopeChange; without any, their roles now).
    Two queries: the changes and, when no change says what the roles were, the roles now."""
    changes = list(ScopeChange.objects.filter(person=person).order_by("changed_at", "pk"))
    states: list[tuple[list[str] | None, int | None]] = []
    roles_now: list[str] | None = None

    def state_at(moment: datetime) -> tuple[list[str], int | None]:
        nonlocal roles_now
        before = [change for change in changes if change.changed_at <= moment]
        after = [change for change in changes if change.changed_at > moment]
        roles_then = next((c.roles_after for c in reversed(before) if c.roles_after is not None), None)
        if roles_then is None:
            roles_then = next((c.roles_before for c in after if c.roles_before is not None), None)
        if roles_then is None:
            if roles_now is None:
                roles_now = role_names_of(person)
            roles_then = roles_now
        if before:
            region = before[-1].region_after_id
        elif after:
            region = after[0].region_before_id
        else:
            region = person.coordinated_region_id
        return roles_then, region

    states.append(state_at(start))
    states.extend(state_at(change.changed_at) for change in changes if start <= change.changed_at < end)
    scopes = []
    for names, region_id in states:
        held = set(names or [])
        scope = Scope(
            national=bool(held & NATIONAL_ROLES),
            region_id=region_id if roles.REGIONAL_COORDINATORS in held else None,
            trainer=roles.TRAINERS in held,
        )
        if scope not in scopes:
            scopes.append(scope)
    return scopes


def people_rows(reach: Reach, *, batch: int = 1000) -> Iterator[list[object]]:
    """The people reached, for the notification: id, name, email, region (in the reader's language)
    and the ways they were reached, by id. One query per thousand people."""
    ids = sorted(reach.people)
    for first in range(0, len(ids), batch):
        rows = User.objects.filter(pk__in=ids[first : first + batch]).select_related("region").order_by("pk")
        for person in rows:
            kinds = reach.people[person.pk]
            yield [
                person.pk,
                person.full_name,
                person.email,
                person.region.name if person.region else "",
                " ".join(kind for kind in KINDS if kind in kinds),
            ]
