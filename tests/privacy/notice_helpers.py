"""Versions of the privacy notice for the notice and consent tests, made through the services."""

from datetime import date, timedelta

from django.utils import timezone

from privacy.consent import notice_copy_fields, notice_draft_create, notice_first_version, notice_publish


def published_first():
    """Version 1, in force from today (the text the installation ships)."""
    return notice_first_version()[0]


def publish_version(*, requires_consent=True, effective_from: date | None = None, changes="New recipient."):
    """A new version after the latest one, published, in force from `effective_from` (today)."""
    base = published_first()
    fields = notice_copy_fields(notice=base)
    fields.update(
        requires_consent=requires_consent,
        effective_from=effective_from or timezone.localdate(),
        changes_en=changes,
        changes_kk="4-бөлімде жаңа алушы аталды.",
        changes_ru="В разделе 4 назван новый получатель.",
        title_en="Privacy notice, new version",
    )
    return notice_publish(notice=notice_draft_create(fields=fields), by=None)


def tomorrow():
    return timezone.localdate() + timedelta(days=1)


def kk(message, **values):
    """`message` as a Kazakh-speaking member of staff reads it (the admin's language here)."""
    from django.utils import translation

    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text
