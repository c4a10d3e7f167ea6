"""Version 1 of the privacy notice, in Kazakh, Russian and English: the data of the first row
(privacy.consent `notice_first_version`), not translatable messages. The texts are plain text in
privacy/notice_first/<language>.txt, a blank line between paragraphs; staff change them later by
publishing a new version in the admin.

The periods in section 5 are those of `PRIVACY_RETENTION` and `PRIVACY_ERASURE_GRACE_DAYS` in
lms/settings/base.py as shipped; a site that changes them publishes a new version that says so."""

from pathlib import Path

TEXTS = Path(__file__).resolve().parent / "notice_first"
TITLES = {"kk": "Құпиялылық саясаты", "ru": "Политика конфиденциальности", "en": "Privacy notice"}


def first_version_fields() -> dict[str, str]:
    """The titles and texts of version 1, by model field (`title_kk`, `body_kk`...)."""
    fields = {}
    for language, title in TITLES.items():
        fields[f"title_{language}"] = title
        fields[f"body_{language}"] = (TEXTS / f"{language}.txt").read_text(encoding="utf-8").strip() + "\n"
    return fields
