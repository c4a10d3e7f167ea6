"""Validators of what people type about themselves."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The letters of the three alphabets a name on a certificate is written in: Kazakh (Cyrillic,
# and the Latin alphabet of 2021), Russian and English. Nothing that markup, a formula or a
# control character needs.
_LATIN = "A-Za-z"
_KAZAKH_LATIN = "ÄäĞğIıİiÑñÖöŞşÜüŪūÇçQqÁáÝýÓóÚú"
_CYRILLIC = "А-Яа-яЁё"
_KAZAKH_CYRILLIC = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
_LETTERS = _LATIN + _KAZAKH_LATIN + _CYRILLIC + _KAZAKH_CYRILLIC
# Apostrophes as keyboards type them: ASCII, the typographic one and the modifier letter.
_APOSTROPHES = "'\u2019\u02bc"
_NAME = re.compile(rf"[{_LETTERS}](?:[{_LETTERS}{_APOSTROPHES}.\- ]*[{_LETTERS}.])?")


def normalize_person_name(value):
    """A typed name with its letters composed (й typed as и and a breve is one letter, as the
    alphabet has it) and its spaces collapsed: what is validated and stored."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def validate_person_name(value):
    """A person's name as printed on a certificate: letters of the Kazakh, Russian and English
    alphabets, spaces, hyphens, apostrophes and dots, beginning with a letter."""
    if not _NAME.fullmatch(value or ""):
        raise ValidationError(
            _(
                "Write the name in letters (Kazakh, Russian or English alphabet); spaces, hyphens, "
                "apostrophes and dots may separate them."
            ),
            code="invalid_name",
        )
