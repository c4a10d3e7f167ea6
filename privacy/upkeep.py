"""The privacy app's share of the nightly upkeep (lms.hooks.NIGHTLY_UPKEEP): the erasures whose
grace period is over, then retention (privacy/retention.py). Each opens its own transactions."""


def nightly() -> dict:
    """{"erasures": how many requested erasures were carried out, "retention": what retention
    removed, per kind}: part of the nightly task's result."""
    from privacy.retention import retention_apply
    from privacy.services import erasures_carry_out_due

    return {"erasures": erasures_carry_out_due(), "retention": retention_apply()}
