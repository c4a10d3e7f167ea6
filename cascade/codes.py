"""Join codes: six characters to say out loud or write on a board, from the same unambiguous
alphabet as certificate codes (no 0/O, 1/I/L, 5/S, 8/B). 28^6 is about 480 million codes;
joining is rate-limited per address, so guessing an open cohort's code is hopeless."""

import re
import secrets

from certificates.codes import SHORT_ALPHABET

JOIN_CODE_LENGTH = 6
JOIN_CODE_PATTERN = re.compile(rf"^[{SHORT_ALPHABET}]{{{JOIN_CODE_LENGTH}}}$")


def new_join_code():
    return "".join(secrets.choice(SHORT_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(value):
    """A typed code as stored (upper case, spaces and dashes dropped), or None when it cannot be one."""
    code = re.sub(r"[\s-]", "", (value or "").upper())
    return code if JOIN_CODE_PATTERN.match(code) else None
