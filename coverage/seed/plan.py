"""Who is trained by whom, and when: a whole programme decided from the seed alone, in memory.

300 master trainers (scaled down for small runs, at least one in every region) spread over the
regions by their number of teachers; each generation of trainers opens groups, some of the
trainer course (their trainees become the next generation), most of the teacher course; about
half of the trainers below the masters ever train anyone (about 40% at national scale, where more
of them find nobody left to train). Scores thin slightly at each generation. Everything happens
within two years before `today`, so some certificates have expired and some are about to.
"""

import collections
import heapq
import random
from dataclasses import dataclass, field
from datetime import timedelta

# Roughly each region's share of the country's school teachers (thousands), for synthetic data.
TEACHER_WEIGHTS = {
    "KZ-10": 12,
    "KZ-11": 13,
    "KZ-15": 18,
    "KZ-19": 34,
    "KZ-23": 14,
    "KZ-27": 14,
    "KZ-31": 25,
    "KZ-33": 13,
    "KZ-35": 20,
    "KZ-39": 14,
    "KZ-43": 19,
    "KZ-47": 15,
    "KZ-55": 12,
    "KZ-59": 10,
    "KZ-61": 52,
    "KZ-62": 4,
    "KZ-63": 14,
    "KZ-71": 22,
    "KZ-75": 28,
    "KZ-79": 22,
}
MORE_RUSSIAN = {"KZ-59", "KZ-39", "KZ-55", "KZ-11", "KZ-35", "KZ-63", "KZ-71", "KZ-75"}
MASTERS_AT_FULL_SCALE = 300
FULL_SCALE = 412_000
PROGRAMME_DAYS = 730
MAX_GENERATION = 5
TRAINER_COURSE_SHARE = [0.45, 0.15, 0.12, 0.08, 0.0]  # of the groups a generation opens
ACTIVE_SHARE = [0.97, 0.6, 0.6, 0.58, 0.55]  # of trainers who ever open a group
PASS_MARK = 80


@dataclass
class Person:
    region: str
    district_id: int | None
    name: str
    language: str
    school: str


@dataclass
class Cohort:
    trainer: int
    trainer_generation: int
    course: str  # "teacher" or "trainer"
    region: str
    district_id: int | None
    starts_on: object
    ends_on: object
    capacity: int
    members: list = field(default_factory=list)


@dataclass
class Learning:
    """One person in one course: enrolment, scores and, when completed, the certificate."""

    person: int
    course: str
    cohort: int | None
    enrolled_on: object
    status: str  # enrolled, in_progress, completed
    lessons_share: float
    completed_on: object = None
    pre: float | None = None
    final_attempts: list = field(default_factory=list)  # first-to-last scores
    post: float | None = None
    generation: int | None = None
    trainer: int | None = None
    revoked: bool = False


@dataclass
class Plan:
    people: list
    masters: list
    cohorts: list
    learnings: list
    teachers_by_region: dict
    start: object
    today: object


def _shares(total, weights):
    """Split `total` by weights, largest remainders first, so the parts add up exactly."""
    whole = sum(weights.values())
    exact = {key: total * weight / whole for key, weight in weights.items()}
    parts = {key: int(value) for key, value in exact.items()}
    for key in sorted(exact, key=lambda key: exact[key] - parts[key], reverse=True)[: total - sum(parts.values())]:
        parts[key] += 1
    return parts


def _score(rng, mean, spread):
    return round(min(100.0, max(0.0, rng.gauss(mean, spread))), 1)


def programme_plan(*, teachers, seed, today, districts):
    """The plan for `teachers` people; `districts` maps a region code to its district ids."""
    rng = random.Random(seed)
    start = today - timedelta(days=PROGRAMME_DAYS)
    counts = _shares(teachers, TEACHER_WEIGHTS)
    people, pools = [], {}
    for code in sorted(counts):
        pools[code] = []
        choices = districts.get(code) or [None]
        for _number in range(counts[code]):
            russian = rng.random() < (0.45 if code in MORE_RUSSIAN else 0.15)
            district = rng.choice(choices)
            pools[code].append(len(people))
            people.append(
                Person(
                    region=code,
                    district_id=district,
                    name=_name(rng, russian),
                    language="ru" if russian else "kk",
                    school=f"№{rng.randint(1, 120)}",
                )
            )
        rng.shuffle(pools[code])
    masters_total = max(2 * len(TEACHER_WEIGHTS), round(MASTERS_AT_FULL_SCALE * teachers / FULL_SCALE))
    masters = []
    # Every region has a master trainer of its own, the rest go by teachers: in a small run the
    # shares alone would leave Ulytau (the fewest teachers) without any, and its page empty.
    shares = _shares(masters_total - len(TEACHER_WEIGHTS), TEACHER_WEIGHTS)
    for code in shares:
        shares[code] += 1
    for code, number in shares.items():
        masters += [pools[code].pop() for _ in range(min(number, len(pools[code])))]
    cohorts, learnings = [], []
    # Each region's cascade has reached part of its teachers so far; the rest wait (some learn
    # alone). Teachers become free for training over the two years, more of them as the programme
    # grows, so groups keep finding trainees to this day.
    waiting = {}
    for code in sorted(pools):
        reached = int(len(pools[code]) * rng.uniform(0.45, 0.85))
        waiting[code] = pools[code][reached:]
        freed = sorted(
            (start + timedelta(days=int(PROGRAMME_DAYS * rng.random() ** 0.6)), person)
            for person in pools[code][:reached]
        )
        pools[code] = collections.deque(freed)
    # Groups happen in the order of their dates: a trainer trained early trains others early, and
    # a region's teachers go to whichever groups come first.
    agenda, sequence = [], 0
    for master in masters:
        heapq.heappush(agenda, (start + timedelta(days=rng.randint(0, 45)), sequence, master, 0, rng.randint(2, 4)))
        sequence += 1
    while agenda:
        starts_on, _sequence, trainer, generation, remaining = heapq.heappop(agenda)
        code = people[trainer].region
        pool = pools[code]
        if starts_on > today or not pool or pool[0][0] > starts_on:
            # Nobody free yet: try again later; a master trainer keeps trying (every region's
            # cascade starts), the others give up after their last try.
            if starts_on <= today and pool and (remaining > 1 or generation == 0):
                left = remaining if generation == 0 else remaining - 1
                heapq.heappush(
                    agenda, (starts_on + timedelta(days=rng.randint(20, 60)), sequence, trainer, generation, left)
                )
                sequence += 1
            continue
        share = TRAINER_COURSE_SHARE[generation] if generation < len(TRAINER_COURSE_SHARE) else 0
        course = "trainer" if rng.random() < share else "teacher"
        ends_on = starts_on + timedelta(days=rng.randint(10, 30))
        size = rng.randint(15, 25)
        cohort = Cohort(
            trainer=trainer,
            trainer_generation=generation,
            course=course,
            region=code,
            district_id=people[trainer].district_id,
            starts_on=starts_on,
            ends_on=ends_on,
            capacity=max(size, 25),
        )
        index = len(cohorts)
        cohorts.append(cohort)
        while pool and pool[0][0] <= starts_on and len(cohort.members) < size:
            person = pool.popleft()[1]
            cohort.members.append(person)
            learning = _learning(rng, person, course, index, cohort, generation + 1, trainer, today)
            learnings.append(learning)
            trained = course == "trainer" and learning.status == "completed" and not learning.revoked
            if trained and generation + 1 < MAX_GENERATION and rng.random() < ACTIVE_SHARE[generation + 1]:
                first = learning.completed_on + timedelta(days=rng.randint(7, 75))
                heapq.heappush(agenda, (first, sequence, person, generation + 1, rng.randint(1, 4)))
                sequence += 1
        if remaining > 1:
            later = ends_on + timedelta(days=rng.randint(14, 150))
            heapq.heappush(agenda, (later, sequence, trainer, generation, remaining - 1))
            sequence += 1
    for code in sorted(waiting):  # a few enrol on their own, without a group
        left = waiting[code] + [person for _freed, person in pools[code]]
        for person in left[: len(left) // 12]:
            learnings.append(_learning(rng, person, "teacher", None, None, None, None, today, start=start))
    teachers_by_region = {code: counts[code] for code in counts}
    return Plan(people, masters, cohorts, learnings, teachers_by_region, start, today)


def _name(rng, russian):
    from coverage.seed.names import full_name

    return full_name(rng, russian)


def _learning(rng, person, course, cohort_index, cohort, generation, trainer, today, start=None):
    if cohort is not None:
        enrolled_on = min(today, cohort.starts_on + timedelta(days=rng.randint(0, 3)))
        finish_by = cohort.ends_on
    else:
        enrolled_on = start + timedelta(days=rng.randint(0, (today - start).days))
        finish_by = enrolled_on + timedelta(days=rng.randint(14, 120))
    dilution = 3.0 * (generation or 3)
    learning = Learning(
        person=person,
        course=course,
        cohort=cohort_index,
        enrolled_on=enrolled_on,
        status="enrolled",
        lessons_share=0.0,
        generation=generation,
        trainer=trainer,
    )
    if rng.random() < 0.96:
        learning.pre = _score(rng, 46, 14)
    over = finish_by < today - timedelta(days=7)
    chance = rng.random()
    if (over and chance < 0.9) or (not over and chance < 0.3):
        first = _score(rng, 89 - dilution, 9)
        learning.final_attempts = [first] if first >= PASS_MARK else [first, _score(rng, 86, 5)]
        if learning.final_attempts[-1] < PASS_MARK:
            learning.final_attempts[-1] = float(PASS_MARK)
        learning.status = "completed"
        learning.lessons_share = 1.0
        latest = min(today, max(enrolled_on, finish_by))
        learning.completed_on = enrolled_on + timedelta(days=rng.randint(0, max((latest - enrolled_on).days, 0)))
        if rng.random() < 0.5:
            learning.post = _score(rng, 84 - dilution, 10)
        learning.revoked = rng.random() < 0.001
    elif chance < 0.97:
        learning.status = "in_progress"
        learning.lessons_share = rng.choice([0.2, 0.4, 0.6, 0.8])
        if rng.random() < 0.3:
            learning.final_attempts = [_score(rng, 62, 10)]
    return learning
