"""Erasing a person's personal data from this app's rows (lms.hooks.PERSONAL_DATA_ERASE).

Every certificate of the person that is not revoked is revoked through `certificate_revoke`
(which announces it, so the summaries follow) with the reason "Withdrawn by holder", stored in
English like every reason typed in the register. Their stored PDFs are deleted. The holder's name
is replaced by a dash, and so is their name as the trainer printed on other people's
certificates (those stay valid: who trained them stays known by id, for the cascade), whose
stored PDFs are deleted too so that the next download is rendered without it.

`PRIVACY_KEEP_CERTIFICATE_REGISTER` (default False): when the ministry must keep the register of
issued certificates, the names stay in it (staff only); the public verification page never shows
an erased person's name either way (certificates/verify_views.py).
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_noop

from certificates.models import Certificate, CertificateEvent, certificate_storage
from certificates.services import certificate_revoke
from lms.erased import ERASED_NAME, text_without

WITHDRAWN_BY_HOLDER = gettext_noop("Withdrawn by holder")
RENAMED = "renamed"  # CertificateEvent.Action.RENAMED: a correction of the holder's name


def _pdfs_dropped(certificates) -> int:
    """Forget the stored PDFs of these certificates and delete their files after the commit."""
    stored = list(certificates.exclude(pdf="").values_list("pdf", flat=True))
    if not stored:
        return 0
    certificates.exclude(pdf="").update(pdf="")
    storage = certificate_storage()

    def delete_files():
        for name in stored:
            storage.delete(name)

    transaction.on_commit(delete_files)
    return len(stored)


def personal_data_erase(*, user) -> dict[str, int]:
    name = user.full_name
    keep_register = getattr(settings, "PRIVACY_KEEP_CERTIFICATE_REGISTER", False)
    own = Certificate.objects.filter(user=user)
    revoked = 0
    for certificate in own.not_revoked().order_by("pk"):
        certificate_revoke(certificate=certificate, by=None, reason=WITHDRAWN_BY_HOLDER)
        revoked += 1
    as_trainer = Certificate.objects.filter(trainer=user)
    done = {"certificates_revoked": revoked, "certificate_pdfs": _pdfs_dropped(own)}
    if keep_register:
        return done
    done["certificate_pdfs"] += _pdfs_dropped(as_trainer)
    done["certificate_names"] = own.exclude(holder_name=ERASED_NAME).update(holder_name=ERASED_NAME)
    done["certificate_trainer_names"] = as_trainer.exclude(trainer_name="").update(trainer_name="")
    events = []
    if name and name != ERASED_NAME:
        events = list(
            CertificateEvent.objects.filter(
                Q(certificate__user=user) | Q(certificate__trainer=user), note__icontains=name
            ).only("pk", "note")
        )
    for event in events:
        event.note = text_without(event.note, name)
    CertificateEvent.objects.bulk_update(events, ["note"])
    # A name correction's note is the names themselves ("old → new"), earlier ones included.
    renamed = CertificateEvent.objects.filter(certificate__user=user, action=RENAMED).exclude(note=ERASED_NAME)
    done["certificate_notes"] = len(events) + renamed.update(note=ERASED_NAME)
    return done
