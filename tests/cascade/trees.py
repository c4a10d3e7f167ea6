"""A generated cascade below one trainer, for the tests' query pins and bench/cascade.py."""

import datetime
import itertools

from cascade.models import Cohort, CohortMember
from certificates.models import Certificate
from lms.models import Region, User

_serial = itertools.count(1)


def grow_tree(master, *, course_key, sizes=(20, 200, 2000, 7780), generation=0, certified_every=5):
    """Below `master` (a trainer of `generation`): sizes[0] trainees in their group, each of whom
    trains an equal share of sizes[1] in a group of their own, and so on. Four of every five people
    hold a certificate naming their trainer (the fifth is still in training). Returns the people
    of each level."""
    regions = list(Region.objects.order_by("code"))
    parents, levels = [master], []
    for depth, size in enumerate(sizes, start=1):
        batch = next(_serial)
        cohorts = Cohort.objects.bulk_create(
            [
                Cohort(
                    trainer=parent,
                    trainer_generation=generation + depth - 1,
                    course_key=course_key,
                    name=f"Group {batch}-{index}",
                    region_id=parent.region_id or regions[0].pk,
                    starts_on=datetime.date(2026, 9, 1),
                    ends_on=datetime.date(2026, 12, 1),
                    capacity=size,
                    member_count=len(range(index, size, len(parents))),
                    join_code=f"T{batch:03d}{index:05d}",
                )
                for index, parent in enumerate(parents)
            ]
        )
        people = User.objects.bulk_create(
            [
                User(
                    email=f"tree{batch}-{index}@example.org",
                    full_name=f"Trainee {batch}-{index}",
                    region_id=regions[(index * 7 + depth) % len(regions)].pk,
                    password="!",
                )
                for index in range(size)
            ]
        )
        CohortMember.objects.bulk_create(
            [
                CohortMember(cohort=cohorts[index % len(parents)], user=person, course_key=course_key)
                for index, person in enumerate(people)
            ]
        )
        Certificate.objects.bulk_create(
            [
                Certificate(
                    user=person,
                    course_key=course_key,
                    holder_name=person.full_name,
                    course_titles={"en": "Training teachers"},
                    language="en",
                    issued_on=datetime.date(2026, 10, 1),
                    expires_on=datetime.date(2099, 10, 1),
                    trainer_id=cohorts[index % len(parents)].trainer_id,
                    trainer_name="",
                    cohort_id=cohorts[index % len(parents)].pk,
                    generation=generation + depth,
                    token=f"tree-{batch}-{index}",
                    short_code=f"T{batch:03d}{index:06d}",
                    template_version="v1",
                    region_id=person.region_id,
                )
                for index, person in enumerate(people)
                if index % certified_every
            ]
        )
        levels.append(people)
        parents = people
    return levels
