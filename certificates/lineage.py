"""Who trained the holder: filled in by the cascade app, which the certificates app does not know.

A provider is `provider(*, enrollment) -> Lineage | None`, called inside the transaction that
issues the certificate; the first that answers wins. Without one, a certificate has no trainer.
"""

from dataclasses import dataclass

_providers = []


@dataclass(frozen=True)
class Lineage:
    trainer_id: int | None
    trainer_name: str
    cohort_id: int | None
    generation: int


def register_lineage_provider(provider):
    if provider not in _providers:
        _providers.append(provider)
    return provider


def lineage_of(*, enrollment):
    for provider in _providers:
        lineage = provider(enrollment=enrollment)
        if lineage is not None:
            return lineage
    return None
