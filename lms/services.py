"""Writes of the lms app that have rules: profiles, languages and the district import."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext as _

from lms import roles
from lms.hooks import district_changed, name_changed
from lms.models import District, Region, ScopeChange, User
from lms.tabular import BadLine, TableImportError, table_rows

PROFILE_FIELDS = ("full_name", "region", "district", "school", "position", "language")


@dataclass(frozen=True)
class ProfileSaved:
    """A saved profile, and how many records of each kind a corrected name was carried into
    (`name_changed`: {"certificates": 2}; empty when the name stayed)."""

    user: User
    renamed: dict[str, int]


@transaction.atomic
def user_profile_apply(
    *,
    user: User,
    full_name: str,
    region: Region,
    district: District | None = None,
    school: str = "",
    position: str = "",
    language: str = "kk",
    is_signup: bool = False,
) -> User:
    """Set a person's profile and save it; a new signup also becomes a Learner. A changed name
    (not at signup) is announced with `name_changed`, in this transaction, so the certificates
    carry the corrected name with the change."""
    return _profile_save(
        user=user,
        full_name=full_name,
        region=region,
        district=district,
        school=school,
        position=position,
        language=language,
        is_signup=is_signup,
    ).user


@transaction.atomic
def user_profile_correct(
    *,
    user: User,
    full_name: str,
    region: Region,
    district: District | None = None,
    school: str = "",
    position: str = "",
    language: str = "kk",
) -> ProfileSaved:
    """The person's own profile form: `user_profile_apply`, saying what a corrected name changed."""
    return _profile_save(
        user=user,
        full_name=full_name,
        region=region,
        district=district,
        school=school,
        position=position,
        language=language,
        is_signup=False,
    )


def _profile_save(
    *,
    user: User,
    full_name: str,
    region: Region,
    district: District | None,
    school: str,
    position: str,
    language: str,
    is_signup: bool,
) -> ProfileSaved:
    district_before = user.district_id
    name_before = user.full_name
    user.full_name = full_name
    user.region = region
    user.district = district
    user.school = school or ""
    user.position = position or ""
    user.language = language
    user.save()
    renamed: dict[str, int] = {}
    if is_signup:
        user.groups.add(Group.objects.get(name=roles.LEARNERS))
    else:
        user_district_moved(user=user, district_before=district_before)
        if name_before and full_name != name_before:
            renamed = name_changed(user=user, name_before=name_before)
    return ProfileSaved(user=user, renamed=renamed)


def user_district_moved(*, user: User, district_before: int | None) -> None:
    """After a saved profile: if the person's district changed, what the dashboards count in
    their old district moves to the new one (in the same transaction as the save)."""
    if user.district_id != district_before:
        district_changed(user_id=user.pk, district_before=district_before)


@transaction.atomic
def coordinator_region_assign(*, user: User, region: Region | None, by: User | None) -> ScopeChange | None:
    """Set (or clear, with None) the region a regional coordinator answers for, and log who did
    it and when. Only for people in the Regional coordinators group; the caller has checked that
    `by` may assign (lms.permissions.can_assign_coordinators). Returns the log row, or None when
    nothing changed."""
    person = User.objects.select_for_update().get(pk=user.pk)
    if region is not None and not person.groups.filter(name=roles.REGIONAL_COORDINATORS).exists():
        raise ValueError("Only a regional coordinator is assigned a region.")
    if person.coordinated_region_id == (region.pk if region else None):
        return None
    change = ScopeChange.objects.create(
        person=person,
        region_before_id=person.coordinated_region_id,
        region_after=region,
        changed_by=by,
    )
    person.coordinated_region = region
    person.save(update_fields=["coordinated_region"])
    user.coordinated_region = region
    return change


SUPERUSER = "superuser"  # in the role lists of the scope log: the superuser flag, which sees everything


def role_names_of(user: User) -> list[str]:
    """A person's role group names, sorted, with SUPERUSER for a superuser: what the scope log keeps."""
    names = sorted(user.groups.values_list("name", flat=True))
    return [*names, SUPERUSER] if user.is_superuser else names


def user_roles_changed(*, user: User, roles_before: Iterable[str], by: User | None) -> ScopeChange | None:
    """After the user admin saved a person's groups (in its transaction): log the role change,
    since roles decide what the person may see. A coordinator who loses the role also loses the
    region assigned to them, so that giving the role back does not silently restore it."""
    roles_after = role_names_of(user)
    roles_before = sorted(roles_before)
    region_before = user.coordinated_region_id
    region_after = region_before if roles.REGIONAL_COORDINATORS in roles_after else None
    if roles_after == roles_before and region_after == region_before:
        return None
    if region_after != region_before:
        User.objects.filter(pk=user.pk).update(coordinated_region=None)
        user.coordinated_region = None
    return ScopeChange.objects.create(
        person=user,
        region_before_id=region_before,
        region_after_id=region_after,
        roles_before=roles_before,
        roles_after=roles_after,
        changed_by=by,
    )


def user_language_set(*, user: User, language: str) -> None:
    """Remember the interface language a signed-in person chose."""
    if language not in User.Language.values or user.language == language:
        return
    user.language = language
    user.save(update_fields=["language"])


DISTRICT_COLUMNS = ["region_code", "name_kk", "name_ru", "name_en"]


class DistrictImportError(TableImportError):
    """A districts file that cannot be imported; `errors` lists each problem with its line."""


@dataclass
class DistrictImportResult:
    created: int
    updated: int


def districts_import(*, file: IO[bytes] | IO[str]) -> DistrictImportResult:
    """Import districts from CSV (region_code,name_kk,name_ru,name_en): all rows or none
    (lms/tabular.py reads and checks the whole file first).

    A row whose Kazakh name already exists in its region updates the other names.
    """
    regions = {region.code: region for region in Region.objects.all()}
    seen: set[tuple[int, str]] = set()

    def read_row(line_number: int, cells: list[str]) -> tuple[Region, str, str, str]:
        code, name_kk, name_ru, name_en = cells
        region = regions.get(code.upper())
        if region is None:
            if code.upper().startswith("KZ-") and not code[3:].isdigit():
                raise BadLine(
                    _(
                        "Line %(line)d: %(code)s is an old letter code; use the numeric ISO 3166-2:KZ code "
                        "(for example KZ-35 for Karaganda Region)."
                    )
                    % {"line": line_number, "code": code}
                )
            raise BadLine(
                _("Line %(line)d: unknown region code %(code)s.") % {"line": line_number, "code": code or "—"}
            )
        missing = [
            name for name, value in (("name_kk", name_kk), ("name_ru", name_ru), ("name_en", name_en)) if not value
        ]
        if missing:
            raise BadLine(
                _("Line %(line)d: %(columns)s is empty.") % {"line": line_number, "columns": ", ".join(missing)}
            )
        if any(len(value) > 150 for value in (name_kk, name_ru, name_en)):
            raise BadLine(_("Line %(line)d: a name is longer than 150 characters.") % {"line": line_number})
        key = (region.pk, name_kk.casefold())
        if key in seen:
            raise BadLine(
                _("Line %(line)d: %(name)s appears twice in this region.") % {"line": line_number, "name": name_kk}
            )
        seen.add(key)
        return region, name_kk, name_ru, name_en

    rows = table_rows(
        file,
        columns=DISTRICT_COLUMNS,
        read_row=read_row,
        empty=_("The file has no districts."),
        error=DistrictImportError,
    )
    created = updated = 0
    with transaction.atomic():
        for region, name_kk, name_ru, name_en in rows:
            _district, was_created = District.objects.update_or_create(
                region=region, name_kk=name_kk, defaults={"name_ru": name_ru, "name_en": name_en}
            )
            created += was_created
            updated += not was_created
    return DistrictImportResult(created=created, updated=updated)
