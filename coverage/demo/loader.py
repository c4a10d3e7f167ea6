"""The demo's synthetic programme: a few thousand teachers, so the dashboards look alive after
`make run` (the national data set is `seed_national` with its defaults)."""

from coverage.seed.command import SeedRefused, seed_national

DEMO_TEACHERS = 6000  # enough that nearly every region has a group running and recent certificates
DEMO_SEED = 1
RENEW_AFTER_DAYS = 7  # a `make run` a week later sees this week's certificates and groups


def demo_coverage_load():
    try:
        return seed_national(
            teachers=DEMO_TEACHERS, seed=DEMO_SEED, say=lambda line: None, renew_after_days=RENEW_AFTER_DAYS
        )
    except SeedRefused as refusal:
        return f"no synthetic programme: {refusal}"
