"""The two codes of a certificate: a token for links and QR codes, and a short code to type.

The token carries 192 random bits; the short code (KZ-XXXX-XXXX) uses only characters that
cannot be mistaken for one another when read aloud or typed from paper (no 0/O, 1/I/L, 5/S, 8/B).
Both are unique in the database; a clash is drawn again.
"""

import re
import secrets

TOKEN_BYTES = 24  # 192 bits, 32 characters of base64url
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32}$")
SHORT_ALPHABET = "2345679ACDEFGHJKMNPQRTUVWXYZ"
SHORT_PATTERN = re.compile(rf"^KZ-[{SHORT_ALPHABET}]{{4}}-[{SHORT_ALPHABET}]{{4}}$")


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_short_code():
    characters = "".join(secrets.choice(SHORT_ALPHABET) for _ in range(8))
    return f"KZ-{characters[:4]}-{characters[4:]}"


def is_token(value):
    return bool(TOKEN_PATTERN.match(value or ""))


# Cyrillic capitals drawn like Latin ones: a teacher typing on a Kazakh or Russian keyboard layout
# writes "КZ-7АСD-…" with Cyrillic К, А, С and sees nothing wrong.
CYRILLIC_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")


def normalise_short_code(value):
    """A typed code as stored (upper case, dashes in place), or None when it cannot be one."""
    compact = re.sub(r"[\s-]", "", (value or "").upper().translate(CYRILLIC_LOOKALIKES))
    if compact.startswith("KZ"):
        compact = compact[2:]
    code = f"KZ-{compact[:4]}-{compact[4:]}"
    return code if len(compact) == 8 and SHORT_PATTERN.match(code) else None
