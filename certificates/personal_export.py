"""What this app holds about a person, for "My data" (lms.hooks.PERSONAL_DATA): their certificates
as printed (their name and their trainer's) and what happened to each. Two queries."""

from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.models import Certificate, CertificateEvent
from courses.personal_export import iso
from lms.hooks import PersonalSection


def _by_whom(event: CertificateEvent, user) -> str:
    """Who did it, without naming staff: the person themself, staff, or the platform."""
    if event.by_id is None:
        return _("The platform")
    return _("You") if event.by_id == user.pk else _("Staff")


def personal_data(*, user) -> list[PersonalSection]:
    """Certificates and their events (revoked, expired, reminded, name corrected): two queries."""
    certificates = list(Certificate.objects.filter(user=user).order_by("issued_on", "pk"))
    events = list(CertificateEvent.objects.filter(certificate__user=user).order_by("at", "pk"))
    today = timezone.localdate()
    codes = {certificate.pk: certificate.short_code for certificate in certificates}
    return [
        PersonalSection(
            key="certificates",
            title=_("Certificates"),
            columns=[
                ("code", _("Code")),
                ("course", _("Course")),
                ("holder_name", _("Name on the certificate")),
                ("trainer_name", _("Trainer's name on the certificate")),
                ("issued_on", _("Issued on")),
                ("expires_on", _("Valid until")),
                ("status", _("Status")),
                ("revoked_reason", _("Reason for revocation")),
            ],
            rows=[
                {
                    "code": certificate.short_code,
                    "course": certificate.localized_course_title,
                    "holder_name": certificate.holder_name,
                    "trainer_name": certificate.trainer_name,
                    "issued_on": iso(certificate.issued_on),
                    "expires_on": iso(certificate.expires_on),
                    "status": Certificate.Status(certificate.status_on(today)).label,
                    "revoked_reason": certificate.revoked_reason,
                }
                for certificate in certificates
            ],
        ),
        PersonalSection(
            key="certificate_events",
            title=_("History of your certificates"),
            columns=[
                ("code", _("Code")),
                ("action", _("What happened")),
                ("note", _("Note")),
                ("by", _("By")),
                ("at", _("When")),
            ],
            rows=[
                {
                    "code": codes.get(event.certificate_id, ""),
                    "action": event.get_action_display(),
                    "note": event.note,
                    "by": _by_whom(event, user),
                    "at": iso(event.at),
                }
                for event in events
            ],
        ),
    ]
