"""My cascade: how far a trainer's training has spread, by generation and by the trainers below.

A trainer sees their own trainees by name, and only counts for everyone further down: the
people their trainees trained are not theirs to see. Four queries whatever the tree's size.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from cascade.lineage import downstream
from cascade.models import Cohort
from lms.models import Region, User


@dataclass
class GenerationRow:
    generation: int
    depth: int
    reached: int = 0
    certified: int = 0
    trainers: int = 0
    regions: set = field(default_factory=set)

    @property
    def region_count(self):
        return len(self.regions)


@dataclass
class Branch:
    """One of the trainer's own trainees who trains in turn, and what grew below them."""

    person: User
    groups: int
    below: int
    below_certified: int
    deepest_generation: int | None


@dataclass
class CascadeOverview:
    generation: int
    generations: list
    branches: list
    total: int
    total_certified: int
    regions: list


def cascade_overview(*, trainer, generation):
    """The cascade below a trainer of the given generation (downstream, then names and groups of
    their own trainees who train, then region names)."""
    descendants = downstream(trainer.pk)
    rows = {}
    below = defaultdict(Counter)
    deepest = {}
    for person in descendants:
        row = rows.setdefault(person.depth, GenerationRow(generation=generation + person.depth, depth=person.depth))
        row.reached += 1
        row.certified += person.certified
        row.trainers += person.leads
        if person.region_id:
            row.regions.add(person.region_id)
        if person.depth > 1:
            below[person.branch_id]["all"] += 1
            below[person.branch_id]["certified"] += person.certified
            deepest[person.branch_id] = max(deepest.get(person.branch_id, 0), generation + person.depth)
    leaders = [
        person.user_id for person in descendants if person.depth == 1 and (person.leads or below[person.user_id])
    ]
    people = User.objects.in_bulk(leaders)
    groups = Counter(Cohort.objects.filter(trainer_id__in=leaders).values_list("trainer_id", flat=True))
    branches = sorted(
        (
            Branch(
                person=people[user_id],
                groups=groups[user_id],
                below=below[user_id]["all"],
                below_certified=below[user_id]["certified"],
                deepest_generation=deepest.get(user_id),
            )
            for user_id in leaders
            if user_id in people
        ),
        key=lambda branch: (-branch.below, branch.person.full_name),
    )
    region_ids = {person.region_id for person in descendants if person.region_id}
    return CascadeOverview(
        generation=generation,
        generations=[rows[depth] for depth in sorted(rows)],
        branches=branches,
        total=len(descendants),
        total_certified=sum(person.certified for person in descendants),
        regions=list(Region.objects.filter(pk__in=region_ids).order_by("code")) if region_ids else [],
    )
