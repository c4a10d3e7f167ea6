"""Writes of the certificates app: issuing (exactly once) and rendering the PDF once."""

import calendar
from datetime import date, timedelta
from functools import partial
from uuid import UUID

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import formats, timezone, translation
from django.utils.translation import gettext, gettext_lazy

from certificates.codes import new_short_code, new_token
from certificates.hooks import Lineage, lineage_of
from certificates.models import Certificate, CertificateEvent
from certificates.pdf import TEMPLATE_VERSION, certificate_pdf_bytes
from certificates.tasks import certificate_issued_email
from courses.models import CoursePage, Enrollment
from courses.services import RoundNotOpen, enrollment_round_start
from lms.codes import create_with_unique_codes
from lms.errors import Refused
from lms.hooks import certificate_created, certificate_revoked, learner_changed
from lms.models import User


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def course_facts(course_key: UUID) -> tuple[dict[str, str], int]:
    """The course's title in each of its languages and its certificate validity (one query)."""
    rows = list(
        CoursePage.objects.filter(translation_key=course_key).values(
            "locale__language_code", "title", "certificate_validity_months"
        )
    )
    titles = {row["locale__language_code"]: row["title"] for row in rows}
    months = max((row["certificate_validity_months"] for row in rows), default=24)
    return titles, months


def certificate_issue(*, enrollment: Enrollment) -> Certificate:
    """Issue the certificate of a completed course, once per learner, course and round.

    Called inside the transaction that completes the course (a completion action), which happens
    once per enrolment round under its row lock, so concurrent completions give one certificate;
    the unique constraint holds even without the lock (a clash returns the certificate already
    there). A later round (a renewal) gives the next number, linked to the certificate it renews.
    The holder is told by email after the transaction commits.
    """
    user = enrollment.user
    number = enrollment.cycle
    previous = (
        Certificate.objects.filter(user=user, course_key=enrollment.course_key, number__lt=number)
        .order_by("-number")
        .first()
        if number > 1
        else None
    )
    titles, months = course_facts(enrollment.course_key)
    # The holder's language where the course has it, else the interface's, else the source's.
    choices = [user.language, (translation.get_language() or "")[:2], settings.LANGUAGE_CODE]
    language = next((code for code in choices if code in titles), next(iter(titles), settings.LANGUAGE_CODE))
    certificate = _certificate_create(
        user=user,
        course_key=enrollment.course_key,
        number=number,
        renews=previous,
        titles=titles,
        months=months,
        language=language,
        issued_on=timezone.localdate(enrollment.completed_at or timezone.now()),
        region_id=enrollment.region_id,
        lineage=lineage_of(enrollment=enrollment),
    )
    return certificate


def _certificate_create(
    *,
    user: User,
    course_key: UUID,
    number: int,
    renews: Certificate | None,
    titles: dict[str, str],
    months: int,
    language: str,
    issued_on: date,
    region_id: int | None,
    lineage: Lineage | None,
    notify: bool = True,
) -> Certificate:
    """Create a certificate, or return the one already there for this holder, course and number
    (created at the same moment). Codes drawn twice are drawn again, a few times at most. With
    `notify`, the holder is told by email after the transaction commits (lms/codes.py: the retry)."""

    def create() -> Certificate:
        return Certificate.objects.create(
            user=user,
            course_key=course_key,
            number=number,
            renews=renews,
            holder_name=user.full_name,
            course_titles=titles,
            language=language,
            issued_on=issued_on,
            expires_on=add_months(issued_on, months),
            token=new_token(),
            short_code=new_short_code(),
            template_version=TEMPLATE_VERSION,
            region_id=region_id,
            trainer_id=lineage.trainer_id if lineage else None,
            trainer_name=lineage.trainer_name if lineage else "",
            cohort_id=lineage.cohort_id if lineage else None,
            generation=lineage.generation if lineage else None,
        )

    def existing() -> Certificate | None:  # the same certificate, issued at the same moment
        return Certificate.objects.filter(user=user, course_key=course_key, number=number).first()

    certificate, created = create_with_unique_codes(create, existing=existing)
    if not created:
        return certificate
    certificate_created(certificate=certificate)
    if notify:
        transaction.on_commit(lambda: certificate_issued_email.enqueue(certificate_id=certificate.pk))
    return certificate


def certificate_record_prior(
    *, user: User, course_key: UUID, lineage: Lineage | None, language: str
) -> Certificate | None:
    """A certificate for training done before the platform (master trainers, trained by the
    ministry, are imported with one at generation 0; `lineage` says who trained the holder).
    Once per holder and course: a holder who already has a certificate of the course keeps it and
    gets nothing new (returns None). No email: the import invites the holder instead."""
    if Certificate.objects.filter(user=user, course_key=course_key).exists():
        return None
    titles, months = course_facts(course_key)
    with transaction.atomic():
        certificate = _certificate_create(
            user=user,
            course_key=course_key,
            number=1,
            renews=None,
            titles=titles,
            months=months,
            language=language if language in titles else next(iter(titles), settings.LANGUAGE_CODE),
            issued_on=timezone.localdate(),
            region_id=user.region_id,
            lineage=lineage,
            notify=False,  # they did not complete a course here; the import invites them instead
        )
        learner_changed(user_id=user.pk, course_key=course_key)
    return certificate


def _stored_pdf(certificate: Certificate) -> bytes | None:
    """The stored PDF's bytes, or None when there is none (or its file has gone)."""
    if not certificate.pdf:
        return None
    try:
        with certificate.pdf.open("rb") as stored:
            return stored.read()
    except FileNotFoundError:
        return None


def certificate_pdf(*, certificate: Certificate, verify_url: str) -> bytes:
    """The certificate's PDF, rendered on first download with the template version it was issued
    with, then stored: the same certificate always gives the same file. The file is stored under
    the row lock and only if it was rendered from the certificate as it is then (a revocation
    meanwhile means rendering again, with "REVOKED")."""
    content = _stored_pdf(certificate)
    if content is not None:
        return content
    content = certificate_pdf_bytes(certificate=certificate, verify_url=verify_url)
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        stored = _stored_pdf(locked)
        if stored is not None:  # another request rendered it meanwhile
            return stored
        if locked.status != certificate.status:
            content = certificate_pdf_bytes(certificate=locked, verify_url=verify_url)
        locked.pdf.save(f"{certificate.token}.pdf", ContentFile(content), save=False)
        locked.save(update_fields=["pdf"])
    certificate.pdf = locked.pdf
    return content


class AlreadyRevoked(Refused):
    """The certificate was revoked before."""

    default_message = gettext_lazy("This certificate was already revoked.")


def certificate_revoke(*, certificate: Certificate, by: User | None, reason: str) -> Certificate:
    """Revoke a certificate with a reason, logged with who and when. Its stored PDF is dropped,
    so the next download is rendered again and carries "REVOKED"."""
    reason = "".join(character for character in (reason or "") if character.isprintable() or character == " ").strip()
    if not reason:
        raise ValueError("a reason is required")
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.status == Certificate.Status.REVOKED:
            raise AlreadyRevoked
        stored = locked.pdf.name if locked.pdf else None
        locked.status = Certificate.Status.REVOKED
        locked.revoked_reason = reason[:500]
        locked.revoked_at = timezone.now()
        locked.revoked_by = by
        locked.pdf = ""
        locked.save(update_fields=["status", "revoked_reason", "revoked_at", "revoked_by", "pdf"])
        CertificateEvent.objects.create(
            certificate=locked, action=CertificateEvent.Action.REVOKED, by=by, note=locked.revoked_reason
        )
        certificate_revoked(certificate=locked)
        learner_changed(user_id=locked.user_id, course_key=locked.course_key)
        if stored:
            transaction.on_commit(lambda: locked.pdf.storage.delete(stored))
    return locked


def certificates_rename(*, user: User, name_before: str) -> dict[str, int]:
    """Carry a person's corrected name onto their certificates (the `NAME_CHANGED` provider).

    Each valid or expired certificate is the same certificate (code, link and dates stay) with
    the new holder's name, its stored PDF dropped so that the next download prints the new name,
    and an event "Name corrected" whose note keeps the name it carried ("old → new"), for the holder
    and staff. A revoked certificate keeps the name it was revoked with. Runs in the profile's
    transaction; the certificates are locked in the order of their ids. Returns {"certificates": n}."""
    with transaction.atomic():
        certificates = list(
            Certificate.objects.select_for_update()
            .filter(user=user)
            .not_revoked()
            .exclude(holder_name=user.full_name)
            .order_by("pk")
        )
        stored = [certificate.pdf.name for certificate in certificates if certificate.pdf]
        events = []
        for certificate in certificates:
            note = f"{certificate.holder_name} → {user.full_name}"
            events.append(
                CertificateEvent(
                    certificate=certificate, action=CertificateEvent.Action.RENAMED, by=user, note=note[:500]
                )
            )
            certificate.holder_name = user.full_name
            certificate.pdf = ""
        Certificate.objects.bulk_update(certificates, ["holder_name", "pdf"])
        CertificateEvent.objects.bulk_create(events)
        if stored:
            storage = Certificate._meta.get_field("pdf").storage

            def delete_files() -> None:
                for name in stored:
                    storage.delete(name)

            transaction.on_commit(delete_files)
    return {"certificates": len(certificates)}


REMINDER_DAYS = 30


def certificates_expire(*, today: date | None = None) -> int:
    """Mark valid certificates past their expiry date as expired (the daily task); returns how many."""
    today = today or timezone.localdate()
    with transaction.atomic():
        due = list(
            Certificate.objects.select_for_update().due_to_expire(today).values_list("pk", "user_id", "course_key")
        )
        Certificate.objects.filter(pk__in=[pk for pk, _user_id, _course_key in due]).update(
            status=Certificate.Status.EXPIRED
        )
        CertificateEvent.objects.bulk_create(
            CertificateEvent(certificate_id=pk, action=CertificateEvent.Action.EXPIRED) for pk, _user, _course in due
        )
        for user_id, course_key in sorted({(user_id, course_key) for _pk, user_id, course_key in due}):
            learner_changed(user_id=user_id, course_key=course_key)
    return len(due)


def certificates_remind(*, today: date | None = None) -> int:
    """Email the holders of valid certificates that expire within 30 days, once per certificate
    (the daily task); returns how many were reminded."""
    from certificates.tasks import certificate_expiry_email

    today = today or timezone.localdate()
    with transaction.atomic():
        due = list(
            Certificate.objects.select_for_update()
            .valid(today)
            .filter(reminder_sent_at__isnull=True, expires_on__lte=today + timedelta(days=REMINDER_DAYS))
            # Not "renewed_by__isnull": an outer join, which PostgreSQL does not lock FOR UPDATE.
            .exclude(Exists(Certificate.objects.filter(renews=OuterRef("pk"))))
            .values_list("pk", flat=True)
        )
        Certificate.objects.filter(pk__in=due).update(reminder_sent_at=timezone.now())
        CertificateEvent.objects.bulk_create(
            CertificateEvent(certificate_id=pk, action=CertificateEvent.Action.REMINDED) for pk in due
        )
        for pk in due:
            transaction.on_commit(partial(certificate_expiry_email.enqueue, certificate_id=pk))
    return len(due)


RENEWAL_WINDOW_DAYS = 90


class NotRenewable(Refused):
    """The certificate cannot be renewed now; the message says why, in the learner's language."""


def renewal_refusal(*, certificate: Certificate, today: date | None = None) -> str | None:
    """Why a holder cannot renew this certificate now, or None: renewal opens 90 days before
    expiry and stays open after it; a revoked or already renewed certificate is not renewed."""
    today = today or timezone.localdate()
    if certificate.status == Certificate.Status.REVOKED:
        return gettext("A revoked certificate cannot be renewed.")
    is_renewed = getattr(certificate, "is_renewed", None)  # annotated by certificates_of
    if is_renewed is None:
        is_renewed = Certificate.objects.filter(renews=certificate).exists()
    if is_renewed:
        return gettext("This certificate has been renewed already.")
    opens = certificate.expires_on - timedelta(days=RENEWAL_WINDOW_DAYS)
    if today < opens:
        return gettext("Renewal opens on %(date)s, %(days)d days before the certificate expires.") % {
            "date": formats.date_format(opens, "d.m.Y"),
            "days": RENEWAL_WINDOW_DAYS,
        }
    return None


def certificate_renewal_start(*, user: User, certificate: Certificate, today: date | None = None) -> Enrollment:
    """Start renewing a certificate: the holder goes through the course again (a new round of the
    enrolment); passing it issues the next certificate, linked to this one. The current one stays
    valid until it expires. Raises NotRenewable with the reason."""
    if certificate.user_id != user.pk:
        raise NotRenewable(gettext("No such certificate."))
    refusal = renewal_refusal(certificate=certificate, today=today)
    if refusal:
        raise NotRenewable(refusal)
    try:
        return enrollment_round_start(user=user, course_key=certificate.course_key)
    except RoundNotOpen:
        # Already started (another tab), or the learner is on it now.
        raise NotRenewable(gettext("You are renewing this certificate already: finish the course again.")) from None
