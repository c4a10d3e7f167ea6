"""Importing the master trainers (generation 0) from the ministry's CSV: all rows or none.

Columns: email, full_name, region_code, district, school, language. Each row finds the account
with that email or creates it, and records a generation-0 certificate of the trainer course;
new accounts are invited by email to set a password. Importing the same file again changes
nothing and invites nobody.

An account found with an address its holder never confirmed gets no certificate: anyone may
register any address, so such an account proves nothing about who holds it. The line is reported
to the analyst and the address is invited to take the account (set a password, then confirm the
address at the first sign-in); the same file imported once the address is confirmed grants it.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from certificates.hooks import Lineage
from certificates.services import certificate_record_prior
from lms import roles
from lms.models import District, Region, User
from lms.tabular import BadLine, TableImportError, table_rows
from lms.validators import normalize_person_name, validate_person_name

# Master trainers were trained by the ministry, not by anyone on the platform.
MASTER_TRAINER = Lineage(trainer_id=None, trainer_name="", cohort_id=None, generation=0)
COLUMNS = ["email", "full_name", "region_code", "district", "school", "language"]
LANGUAGES = {"kk", "ru", "en"}


class MasterTrainerImportError(TableImportError):
    """A master-trainers file that cannot be imported; `errors` lists each problem with its line."""


@dataclass(frozen=True)
class UnconfirmedLine:
    """A line whose account exists but whose address was never confirmed: not granted, invited."""

    line: int
    email: str


def unconfirmed_message(unconfirmed):
    """What the analyst reads about a line that was not granted."""
    return _(
        "Line %(line)d: %(email)s was not made a master trainer: the account with this address never "
        "confirmed it, so whoever registered it may not hold it. The address was invited to take the "
        "account; import the file again once the address is confirmed."
    ) % {"line": unconfirmed.line, "email": unconfirmed.email}


@dataclass
class MasterTrainerImportResult:
    created: int
    found: int
    certified: int
    invited: list
    unconfirmed: list


@dataclass
class _Row:
    line: int
    email: str
    full_name: str
    region: Region
    district: District | None
    school: str
    language: str


def _district_of(region, name, districts):
    wanted = name.casefold()
    for district in districts.get(region.pk, ()):
        if wanted in {district.name_kk.casefold(), district.name_ru.casefold(), district.name_en.casefold()}:
            return district
    return None


def _read_rows(file):
    """The rows, checked (lms/tabular.py): every problem with its line number, or the rows when there is none."""
    regions = {region.code: region for region in Region.objects.all()}
    districts = {}
    for district in District.objects.all():
        districts.setdefault(district.region_id, []).append(district)
    seen = {}

    def read_row(line, cells):
        email, full_name, code, district_name, school, language = cells
        email = email.lower()
        full_name = normalize_person_name(full_name)
        try:
            validate_email(email)
        except ValidationError:
            raise BadLine(
                _("Line %(line)d: %(email)s is not an email address.") % {"line": line, "email": email or "—"}
            ) from None
        if email in seen:
            raise BadLine(
                _("Line %(line)d: %(email)s is already on line %(first)d.")
                % {"line": line, "email": email, "first": seen[email]}
            )
        seen[email] = line
        region = regions.get(code.upper())
        if region is None:
            raise BadLine(_("Line %(line)d: unknown region code %(code)s.") % {"line": line, "code": code or "—"})
        if not full_name or len(full_name) > 150:
            raise BadLine(_("Line %(line)d: the full name is empty or too long.") % {"line": line})
        try:
            validate_person_name(full_name)
        except ValidationError as error:
            raise BadLine(
                _("Line %(line)d: the full name %(name)s is not a name. %(problem)s")
                % {"line": line, "name": full_name, "problem": " ".join(error.messages)}
            ) from None
        district = None
        if district_name:
            district = _district_of(region, district_name, districts)
            if district is None:
                raise BadLine(
                    _("Line %(line)d: %(district)s is not a district of %(region)s.")
                    % {"line": line, "district": district_name, "region": region.name}
                )
        language = language.lower() or "kk"
        if language not in LANGUAGES:
            raise BadLine(
                _("Line %(line)d: the language must be kk, ru or en, not %(language)s.")
                % {"line": line, "language": language}
            )
        return _Row(line, email, full_name, region, district, school[:255], language)

    return table_rows(
        file,
        columns=COLUMNS,
        read_row=read_row,
        empty=_("The file has no master trainers."),
        error=MasterTrainerImportError,
    )


def master_trainers_import(*, file, course):
    """Import the master trainers of a CSV file for a trainer-level course; all rows or none."""
    rows = _read_rows(file)
    created = found = certified = 0
    invited, unconfirmed, new_accounts = [], [], set()
    with transaction.atomic():
        # Addresses are unique whatever their case (a constraint on Lower(email)): an account made
        # with capitals elsewhere is found, not created a second time.
        accounts = User.objects.annotate(email_lower=Lower("email"))
        existing = {user.email_lower: user for user in accounts.filter(email_lower__in=[row.email for row in rows])}
        confirmed = set(
            EmailAddress.objects.filter(user__in=existing.values(), verified=True).values_list("user_id", "email")
        )
        confirmed = {(user_id, email.lower()) for user_id, email in confirmed}
        groups = list(Group.objects.filter(name__in=[roles.LEARNERS, roles.TRAINERS]))
        for row in rows:
            user = existing.get(row.email)
            if user is None:
                user = User.objects.create_user(
                    email=row.email,
                    password=None,
                    full_name=row.full_name,
                    region=row.region,
                    district=row.district,
                    school=row.school,
                    language=row.language,
                )
                # The ministry's list vouches for the address; the invitation link proves it again.
                EmailAddress.objects.create(user=user, email=row.email, verified=True, primary=True)
                user.groups.add(*groups)
                created += 1
                new_accounts.add(user.pk)
                invited.append(user.pk)
            elif (user.pk, row.email) not in confirmed:
                # Whoever registered the address may not hold it: no trainer status for them.
                unconfirmed.append(UnconfirmedLine(line=row.line, email=row.email))
                invited.append(user.pk)
                continue
            else:
                found += 1
            if certificate_record_prior(
                user=user, course_key=course.translation_key, lineage=MASTER_TRAINER, language=row.language
            ):
                certified += 1
        claims = {user_id for user_id in invited if user_id not in new_accounts}
        for user_id in invited:
            transaction.on_commit(lambda user_id=user_id: _invite(user_id, claim=user_id in claims))
    return MasterTrainerImportResult(
        created=created, found=found, certified=certified, invited=invited, unconfirmed=unconfirmed
    )


def _invite(user_id, *, claim):
    from cascade.tasks import master_trainer_claim_email, master_trainer_invitation_email

    if claim:
        master_trainer_claim_email.enqueue(user_id=user_id)
    else:
        master_trainer_invitation_email.enqueue(user_id=user_id)
