"""The privacy app's share of the nightly upkeep (lms.hooks.NIGHTLY_UPKEEP)."""


def nightly() -> dict:
    return {}
