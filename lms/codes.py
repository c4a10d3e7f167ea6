"""Rows with unique random codes (certificate tokens and short codes, join codes): one retry policy.

A code is drawn at random and a unique constraint guards it, so two rows can draw the same
code; the database then refuses the second insert. The policy, for every such row:

- Each attempt inserts in its own savepoint, so a refused insert leaves the caller's transaction
  usable.
- A refusal may not be a clash of codes but the row itself, made at the same moment by another
  request (the same certificate issued twice). `existing()` finds that row; it is returned as it
  is, and nothing is drawn again.
- Otherwise the codes are drawn again, up to `CODE_ATTEMPTS` inserts in all. A fifth clash
  means something other than chance (a constraint broken on every attempt), so the last
  IntegrityError is raised.

With 28^6 join codes or 28^8 short codes and at most a few hundred thousand rows, a clash is
rare and two in a row practically never happen: five attempts are ample.
"""

from collections.abc import Callable
from typing import TypeVar

from django.db import IntegrityError, transaction

CODE_ATTEMPTS = 5

Row = TypeVar("Row")


def create_with_unique_codes(
    create: Callable[[], Row], *, existing: Callable[[], Row | None] | None = None, attempts: int = CODE_ATTEMPTS
) -> tuple[Row, bool]:
    """`create()` draws fresh codes and inserts the row; returns (row, created). On a refused
    insert, `existing()` (if given) may name the row made meanwhile: (that row, False)."""
    for attempt in range(attempts):
        try:
            with transaction.atomic():
                return create(), True
        except IntegrityError:
            found = existing() if existing is not None else None
            if found is not None:
                return found, False
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable: the last attempt returns or raises")
