"""Store a programme plan: people, groups, enrolments, lesson progress, quiz attempts and
results, certificates, then every summary rebuilt from those rows. Rows go in with bulk inserts
of a few thousand at a time; nothing here goes through the services (it is history, not events)."""

import hashlib
import random
from contextlib import contextmanager
from datetime import datetime, time, timedelta

from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.utils import timezone

from cascade.models import Cohort, CohortMember
from certificates.codes import SHORT_ALPHABET
from certificates.models import Certificate
from certificates.services import add_months
from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage
from coverage.seed.plan import PASS_MARK
from lms import roles
from lms.models import Region, User
from quizzes.models import QuizAttempt, QuizPage, QuizResult

BATCH = 5000
SEED_DOMAIN = "seed{seed}.invalid"  # reserved for documentation: no seeded address can receive mail
DEMO_DOMAIN = "example.com"
SEEDED_SNAPSHOT = {"questions": [], "seeded": True, "pass_mark": PASS_MARK}


def seed_domain(seed):
    return SEED_DOMAIN.format(seed=seed)


class CourseFacts:
    """What the seed needs of a course: its key, lessons, quizzes, title and validity."""

    def __init__(self, page):
        self.key = page.translation_key
        self.lessons = list(
            LessonPage.objects.child_of(page).filter(locale=page.locale).values_list("translation_key", flat=True)
        )
        self.quizzes = {
            role: (key, pk)
            for role, key, pk in QuizPage.objects.child_of(page)
            .filter(locale=page.locale)
            .values_list("role", "translation_key", "pk")
        }
        self.titles = {
            code: title
            for title, code in CoursePage.objects.filter(translation_key=page.translation_key).values_list(
                "title", "locale__language_code"
            )
        }
        self.months = page.certificate_validity_months


def courses_for_seed():
    """The first teacher course and the first trainer course of the catalogue, or None."""
    teacher = CoursePage.objects.filter(audience=CoursePage.Audience.TEACHER).order_by("path").first()
    trainer = CoursePage.objects.filter(audience=CoursePage.Audience.TRAINER).order_by("path").first()
    if teacher is None or trainer is None:
        return None
    return {"teacher": CourseFacts(teacher), "trainer": CourseFacts(trainer)}


@contextmanager
def historical_dates():
    """Let bulk inserts keep the dates the plan gives instead of "now" (auto_now fields)."""
    fields = [
        Enrollment._meta.get_field("enrolled_at"),
        Enrollment._meta.get_field("updated_at"),
        LessonCompletion._meta.get_field("completed_at"),
        Certificate._meta.get_field("created_at"),
        CohortMember._meta.get_field("joined_at"),
        Cohort._meta.get_field("created_at"),
    ]
    saved = [(item, item.auto_now, item.auto_now_add) for item in fields]
    try:
        for item in fields:
            item.auto_now = item.auto_now_add = False
        yield
    finally:
        for item, auto_now, auto_now_add in saved:
            item.auto_now, item.auto_now_add = auto_now, auto_now_add


def _moment(day, rng):
    return timezone.make_aware(datetime.combine(day, time(9, 0)) + timedelta(minutes=rng.randint(0, 540)))


def _bulk(model, objects):
    batch, made = [], []
    for item in objects:
        batch.append(item)
        if len(batch) == BATCH:
            made += model.objects.bulk_create(batch)
            batch = []
    if batch:
        made += model.objects.bulk_create(batch)
    return made


def _insert(model, fields, rows, ready=()):
    """Insert plain rows (tuples in `fields` order) with executemany: for the largest tables, where
    building model instances would cost more than the insert. Fields named in `ready` hold
    values already in the database's form."""
    meta = model._meta
    columns = [meta.get_field(name) for name in fields]
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(meta.db_table), ", ".join(quote(column.column) for column in columns), ", ".join(["%s"] * len(columns))
    )
    preparers = [
        (lambda value: value)
        if name in ready
        else (lambda value, column=column: column.get_db_prep_save(value, connection))
        for name, column in zip(fields, columns, strict=True)
    ]
    count, batch = 0, []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(tuple(prepare(value) for prepare, value in zip(preparers, row, strict=True)))
            if len(batch) == BATCH:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


class Codes:
    """Certificate tokens, short codes and join codes drawn from the seed, never twice."""

    def __init__(self, rng):
        self.rng = rng
        self.short = set(Certificate.objects.values_list("short_code", flat=True))
        self.join = set(Cohort.objects.values_list("join_code", flat=True))

    def token(self, number):
        return hashlib.sha256(f"{self.rng.random()}-{number}".encode()).hexdigest()[:32]

    def short_code(self):
        while True:
            characters = "".join(self.rng.choice(SHORT_ALPHABET) for _ in range(8))
            code = f"KZ-{characters[:4]}-{characters[4:]}"
            if code not in self.short:
                self.short.add(code)
                return code

    def join_code(self):
        while True:
            code = "".join(self.rng.choice(SHORT_ALPHABET) for _ in range(6))
            if code not in self.join:
                self.join.add(code)
                return code


def plan_write(plan, *, seed, courses, say, keep_targets=False):
    """Write the plan in one transaction; returns how many rows of each kind were written.
    Regional targets become the synthetic teachers of each region; with `keep_targets` (a
    database with real people), only targets nobody has set yet."""
    rng = random.Random(seed * 7919 + 1)
    codes = Codes(rng)
    regions = dict(Region.objects.values_list("code", "pk"))
    domain = seed_domain(seed)
    written = {}
    with transaction.atomic(), historical_dates():
        if connection.vendor == "sqlite":
            connection.cursor().execute("PRAGMA cache_size = -200000")
        users = _bulk(
            User,
            (
                User(
                    email=f"t{index:06d}@{domain}",
                    full_name=person.name,
                    region_id=regions[person.region],
                    district_id=person.district_id,
                    school=person.school,
                    position="Мұғалім" if person.language == "kk" else "Учитель",
                    language=person.language,
                    password="!seeded",  # unusable: seeded people cannot sign in
                    date_joined=_moment(plan.start, rng),
                )
                for index, person in enumerate(plan.people)
            ),
        )
        ids = [user.pk for user in users]
        written["people"] = len(ids)
        say(f"{len(ids)} people")
        _roles(plan, ids)
        cohort_ids = _cohorts(plan, ids, regions, courses, codes)
        written["groups"] = len(cohort_ids)
        say(f"{len(cohort_ids)} groups")
        written.update(_learning(plan, ids, regions, courses, cohort_ids, codes, rng, say))
        for code, teachers in plan.teachers_by_region.items():
            regions_to_set = Region.objects.filter(code=code)
            if keep_targets:
                regions_to_set = regions_to_set.filter(teacher_target=0)
            regions_to_set.update(teacher_target=teachers)
    return written


def _roles(plan, ids):
    through = User.groups.through
    learners = Group.objects.get(name=roles.LEARNERS)
    trainers = Group.objects.get(name=roles.TRAINERS)
    trainer_people = set(plan.masters) | {cohort.trainer for cohort in plan.cohorts}
    _bulk(through, (through(user_id=user_id, group_id=learners.pk) for user_id in ids))
    _bulk(through, (through(user_id=ids[person], group_id=trainers.pk) for person in sorted(trainer_people)))


def _cohorts(plan, ids, regions, courses, codes):
    made = _bulk(
        Cohort,
        (
            Cohort(
                trainer_id=ids[cohort.trainer],
                trainer_generation=cohort.trainer_generation,
                course_key=courses[cohort.course].key,
                name=f"{cohort.starts_on:%Y-%m} · {cohort.region} · {number + 1}",
                region_id=regions[cohort.region],
                district_id=cohort.district_id,
                venue=f"№{(number % 90) + 1}",
                starts_on=cohort.starts_on,
                ends_on=cohort.ends_on,
                capacity=cohort.capacity,
                member_count=len(cohort.members),
                join_code=codes.join_code(),
                is_closed=cohort.ends_on < plan.today,
                created_at=timezone.make_aware(datetime.combine(cohort.starts_on - timedelta(days=7), time(10))),
            )
            for number, cohort in enumerate(plan.cohorts)
        ),
    )
    return [cohort.pk for cohort in made]


def _learning(plan, ids, regions, courses, cohort_ids, codes, rng, say):
    enrollments, members, completions, results, attempts, certificates = [], [], [], [], [], []
    snapshot = QuizAttempt._meta.get_field("snapshot").get_db_prep_save(SEEDED_SNAPSHOT, connection)
    empty = QuizAttempt._meta.get_field("answers").get_db_prep_save({}, connection)
    for person in plan.masters:
        facts, issued = courses["trainer"], plan.start - timedelta(days=rng.randint(0, 60))
        certificates.append(
            _certificate(
                plan,
                ids[person],
                facts,
                issued,
                None,
                None,
                0,
                plan.people[person],
                codes,
                region_id=regions[plan.people[person].region],
            )
        )
    for learning in plan.learnings:
        facts = courses[learning.course]
        user_id, person = ids[learning.person], plan.people[learning.person]
        enrolled_at = _moment(learning.enrolled_on, rng)
        done = round(len(facts.lessons) * learning.lessons_share)
        completed_at = _moment(learning.completed_on, rng) if learning.completed_on else None
        enrollments.append(
            Enrollment(
                user_id=user_id,
                course_key=facts.key,
                region_id=regions[person.region],
                status=learning.status,
                lessons_done=done,
                lessons_total=len(facts.lessons),
                percent=round(100 * done / len(facts.lessons)) if facts.lessons else 0,
                enrolled_at=enrolled_at,
                started_at=enrolled_at if done else None,
                completed_at=completed_at,
                updated_at=completed_at or enrolled_at,
            )
        )
        if learning.cohort is not None:
            members.append(
                CohortMember(
                    cohort_id=cohort_ids[learning.cohort], user_id=user_id, course_key=facts.key, joined_at=enrolled_at
                )
            )
        completions.append((len(enrollments) - 1, facts.lessons[:done], completed_at or enrolled_at))
        for role, scores in (
            ("pre", [learning.pre] if learning.pre is not None else []),
            ("final", learning.final_attempts),
            ("post", [learning.post] if learning.post is not None else []),
        ):
            if not scores or role not in facts.quizzes:
                continue
            quiz_key, quiz_pk = facts.quizzes[role]
            when = enrolled_at if role == "pre" else (completed_at or enrolled_at + timedelta(days=3))
            passed_scores = [score for score in scores if score >= PASS_MARK]
            results.append(
                QuizResult(
                    user_id=user_id,
                    quiz_key=quiz_key,
                    course_key=facts.key,
                    role=role,
                    region_id=regions[person.region],
                    attempts_started=len(scores),
                    attempts_submitted=len(scores),
                    best_percent=max(scores),
                    first_percent=scores[0],
                    passed=bool(passed_scores),
                    passed_at=when if passed_scores else None,
                    last_submitted_at=when,
                )
            )
            for number, score in enumerate(scores, start=1):
                attempts.append(
                    (
                        user_id,
                        quiz_key,
                        facts.key,
                        quiz_pk,
                        role,
                        number,
                        QuizAttempt.Status.SUBMITTED,
                        when - timedelta(minutes=20),
                        snapshot,
                        empty,
                        when,
                        False,
                        score,
                        100.0,
                        score,
                        score >= PASS_MARK,
                    )
                )
        if learning.status == "completed":
            trainer_id = ids[learning.trainer] if learning.trainer is not None else None
            cohort_id = cohort_ids[learning.cohort] if learning.cohort is not None else None
            certificates.append(
                _certificate(
                    plan,
                    user_id,
                    facts,
                    learning.completed_on,
                    trainer_id,
                    cohort_id,
                    learning.generation,
                    person,
                    codes,
                    region_id=regions[person.region],
                    trainer_name=plan.people[learning.trainer].name if learning.trainer is not None else "",
                    revoked=learning.revoked,
                )
            )
    made = _bulk(Enrollment, enrollments)
    say(f"{len(made)} enrolments")
    _bulk(CohortMember, members)
    lesson_rows = _insert(
        LessonCompletion,
        ("enrollment", "cycle", "lesson_key", "completed_at"),
        ((made[index].pk, 1, key, when) for index, keys, when in completions for key in keys),
    )
    say(f"{lesson_rows} lessons done")
    _bulk(QuizResult, results)
    _insert(
        QuizAttempt,
        (
            "user",
            "quiz_key",
            "course_key",
            "quiz_page",
            "role",
            "number",
            "status",
            "started_at",
            "snapshot",
            "answers",
            "submitted_at",
            "timed_out",
            "points",
            "max_points",
            "percent",
            "passed",
        ),
        attempts,
        ready=("snapshot", "answers"),
    )
    say(f"{len(attempts)} quiz attempts")
    _bulk(Certificate, certificates)
    say(f"{len(certificates)} certificates")
    return {
        "enrolments": len(made),
        "lessons done": lesson_rows,
        "quiz attempts": len(attempts),
        "certificates": len(certificates),
        "group members": len(members),
    }


def _certificate(
    plan,
    user_id,
    facts,
    issued_on,
    trainer_id,
    cohort_id,
    generation,
    person,
    codes,
    *,
    region_id,
    trainer_name="",
    revoked=False,
):
    expires_on = add_months(issued_on, facts.months)
    status = Certificate.Status.VALID if expires_on >= plan.today else Certificate.Status.EXPIRED
    extra = {}
    if revoked:
        status = Certificate.Status.REVOKED
        extra = {
            "revoked_reason": "Issued in error (synthetic data)",
            "revoked_at": timezone.make_aware(datetime.combine(issued_on + timedelta(days=5), time(12))),
        }
    language = person.language if person.language in facts.titles else next(iter(facts.titles), "kk")
    return Certificate(
        user_id=user_id,
        course_key=facts.key,
        number=1,
        holder_name=person.name,
        course_titles=facts.titles,
        language=language,
        issued_on=issued_on,
        expires_on=expires_on,
        status=status,
        trainer_id=trainer_id,
        trainer_name=trainer_name,
        cohort_id=cohort_id,
        generation=generation,
        token=codes.token(user_id),
        short_code=codes.short_code(),
        template_version="seeded",
        region_id=region_id,
        created_at=timezone.make_aware(datetime.combine(issued_on, time(18))),
        **extra,
    )
