"""What this app holds about a person, for "My data" (lms.hooks.PERSONAL_DATA)."""

from lms.hooks import PersonalSection


def personal_data(*, user) -> list[PersonalSection]:
    return []
