"""Addresses of the privacy notice's admin pages for the matrix: the notice versions they need are
made on first use within each role's test (and rolled back with it), through the services."""

from django.urls import reverse


def _published():
    from privacy.consent import notice_first_version
    from privacy.models import PrivacyNotice

    published = PrivacyNotice.objects.filter(published_at__isnull=False).order_by("version").first()
    return published or notice_first_version()[0]


def _draft():
    from privacy.consent import notice_copy_fields, notice_draft_create
    from privacy.models import PrivacyNotice

    published = _published()
    draft = PrivacyNotice.objects.filter(published_at__isnull=True).order_by("version").first()
    return draft or notice_draft_create(fields=notice_copy_fields(notice=published))


def notice_admin(name, state):
    """`privacy_notices:<name>` for a published version or a draft."""

    def build(world):
        notice = _published() if state == "published" else _draft()
        return reverse(f"privacy_notices:{name}", args=[notice.pk])

    build.__name__ = f"privacy_notices:{name} ({state})"
    return build


def notice_version(world):
    return reverse("privacy:notice_version", kwargs={"version": _published().version})


def consents_of_learner(name):
    def build(world):
        return reverse(f"privacy_consents:{name}", args=[world["learner"]])

    build.__name__ = f"privacy_consents:{name}"
    return build
