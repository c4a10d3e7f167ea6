"""How the row of a person whose personal data were erased reads (privacy.services `person_erase`
writes it). Every app may ask: the public verification page hides an erased holder's or
trainer's name, the user admin says the person was erased instead of offering it again."""

ERASED_DOMAIN = "erased.invalid"  # RFC 2606: a domain that never receives mail
ERASED_NAME = "—"  # the database requires a name; a dash reads as "none" in every language


def erased_email(pk: int) -> str:
    """The unique non-address an erased person's row keeps instead of their email."""
    return f"erased-{pk}@{ERASED_DOMAIN}"


def is_erased(user) -> bool:
    """Whether this person's personal data were erased (None, no person, is not)."""
    return user is not None and (user.email or "").endswith(f"@{ERASED_DOMAIN}")


def text_without(text: str, *needles: str) -> str:
    """`text` with every occurrence of each needle (a name, an address), in any case, replaced by
    the dash; empty needles and the dash itself are left alone."""
    import re

    for needle in needles:
        if needle and needle != ERASED_NAME:
            text = re.sub(re.escape(needle), ERASED_NAME, text, flags=re.IGNORECASE)
    return text
