"""The hook that the certificates app calls: who trained a certificate holder, which only the
cascade app knows. The rule for hooks is in lms/hooks.py; the map of all of them in
docs/architecture.md §4."""

from dataclasses import dataclass

from lms.hooks import single_provider, the_one_hook


@dataclass(frozen=True)
class Lineage:
    """Who trained the holder, as the certificate records it."""

    trainer_id: int | None
    trainer_name: str
    cohort_id: int | None
    generation: int


CERTIFICATE_LINEAGE = single_provider("lms_certificate_lineage")
"""`provider(*, enrollment) -> Lineage | None`: who trained the holder of the certificate about to
be issued for this enrolment. One provider at most (the cascade); two fail the system check
lms.E001 at startup. Runs inside the issuing transaction; reads only. Without a provider, or when
it answers None, a certificate has no trainer."""


def lineage_of(*, enrollment):
    provider = the_one_hook(CERTIFICATE_LINEAGE)
    return provider(enrollment=enrollment) if provider else None
