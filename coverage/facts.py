"""What a learner's fact is, from their rows: one pure function shared by the service that
refreshes one fact and by the rebuild that recomputes them all, so the two cannot disagree."""

from dataclasses import dataclass

from certificates.models import Certificate, status_on
from coverage.models import NO_GENERATION

VALID = Certificate.Status.VALID

TALLIED = (
    "learners",
    "completed",
    "certified",
    "valid",
    "pre_n",
    "pre_sum",
    "final_n",
    "final_sum",
    "final_passed",
    "post_n",
    "post_sum",
)
FACT_FIELDS = (
    "region_id",
    "district_key",
    "generation_key",
    "trainer_key",
    "master_key",
    "month",
    "completed",
    "certified",
    "valid",
    "pre_percent",
    "final_percent",
    "final_passed",
    "post_percent",
)


@dataclass(frozen=True)
class CertificateRow:
    number: int
    status: str
    issued_on: object
    expires_on: object
    region_id: int | None
    generation: int | None
    trainer_id: int | None


def month_of(day):
    return day.replace(day=1)


def lineage_of(certificates, membership):
    """(generation, trainer) of a learner in a course: from their latest certificate that is not
    revoked and names a generation, else from their cohort (its trainer's generation + 1)."""
    for certificate in sorted(certificates, key=lambda row: -row.number):
        if certificate.status != "revoked" and certificate.generation is not None:
            return certificate.generation, certificate.trainer_id or 0
    if membership is not None:
        trainer_id, trainer_generation = membership
        return trainer_generation + 1, trainer_id
    return NO_GENERATION, 0


def fact_values(*, enrollment, district_id, certificates, results, membership, master_of, today):
    """The fact's fields as a dict, or None for a learner with neither an enrolment nor a
    certificate in the course. `enrollment` is (region_id, enrolled_on, completed) or None;
    `results` maps a quiz role to (first_percent, passed); `membership` is (trainer_id,
    trainer_generation) or None; `master_of(trainer_id)` gives the trainer's master trainer."""
    if enrollment is None and not certificates:
        return None
    kept = [row for row in certificates if row.status != "revoked"]
    latest = max(certificates, key=lambda row: row.number) if certificates else None
    if enrollment is not None:
        region_id, enrolled_on, completed = enrollment
        month = month_of(enrolled_on)
    else:
        region_id = latest.region_id
        month = month_of(min(row.issued_on for row in certificates))
        completed = bool(kept)
    generation, trainer_id = lineage_of(certificates, membership)
    pre = results.get("pre", (None, False))
    final = results.get("final", (None, False))
    post = results.get("post", (None, False))
    return {
        "region_id": region_id,
        "district_key": district_id or 0,
        "generation_key": generation,
        "trainer_key": trainer_id,
        "master_key": master_of(trainer_id) if trainer_id else 0,
        "month": month,
        "completed": completed,
        "certified": bool(kept),
        "valid": any(status_on(row.status, row.expires_on, today) == VALID for row in kept),
        "pre_percent": pre[0],
        "final_percent": final[0],
        "final_passed": bool(final[1]),
        "post_percent": post[0],
    }


def contribution(fact):
    """What one fact adds to every tally it belongs to."""
    return {
        "learners": 1,
        "completed": int(fact["completed"]),
        "certified": int(fact["certified"]),
        "valid": int(fact["valid"]),
        "pre_n": int(fact["pre_percent"] is not None),
        "pre_sum": fact["pre_percent"] or 0.0,
        "final_n": int(fact["final_percent"] is not None),
        "final_sum": fact["final_percent"] or 0.0,
        "final_passed": int(fact["final_passed"]),
        "post_n": int(fact["post_percent"] is not None),
        "post_sum": fact["post_percent"] or 0.0,
    }


def tally_keys(course_key, fact):
    """The key of each tally a fact counts in, by tally name; a fact without a region counts in none."""
    if fact is None or fact["region_id"] is None:
        return {}
    region_id = fact["region_id"]
    keys = {
        "learner": (course_key, region_id, fact["district_key"], fact["generation_key"], fact["month"]),
    }
    if fact["trainer_key"]:
        keys["trainer"] = (fact["trainer_key"], course_key, region_id)
    if fact["master_key"]:
        keys["master"] = (fact["master_key"], course_key, region_id)
    return keys
