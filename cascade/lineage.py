"""The lineage tree: who trained whom, read from the groups trainers led and the trainer each
certificate records.

Both directions are one recursive query (WITH RECURSIVE works the same on SQLite and
PostgreSQL), whatever the size of the tree. A depth limit keeps a malformed loop (A trained B
who later trained A) from running for ever.
"""

from dataclasses import dataclass

from django.db import connection
from django.utils import timezone

from cascade.models import Cohort, CohortMember
from certificates.models import Certificate

# The programme plans four or five generations. A loop in the records (a trainer who later joins
# a group of someone they trained) repeats the people below it once per level up to this depth,
# so it is kept close to what the cascade can really reach.
MAX_DEPTH = 12


@dataclass(frozen=True)
class Descendant:
    user_id: int
    depth: int  # 1: trained by the trainer, 2: by one of their trainees, and so on
    generation: int | None  # the lowest generation on their certificates; None while in training
    region_id: int | None
    branch_id: int  # the trainer's own trainee through whom the cascade reached them
    certified: bool  # holds a valid certificate today
    leads: bool  # has opened at least one group: a trainer in turn


def downstream(trainer_id, today=None):
    """Everyone the trainer's cascade reached, each once at their nearest depth: the people in the
    groups of the trainer and of everyone below, and those whose certificate names one of them as
    trainer (imported records). With generation, region, branch and whether certified. One query."""
    today = today or timezone.localdate()
    certificates = Certificate._meta.db_table
    users = Certificate._meta.get_field("user").related_model._meta.db_table
    cohorts, members = Cohort._meta.db_table, CohortMember._meta.db_table
    edges = f"""
        SELECT cohort.trainer_id AS trainer_id, member.user_id AS user_id
        FROM {members} AS member JOIN {cohorts} AS cohort ON cohort.id = member.cohort_id
        UNION ALL
        SELECT trainer_id, user_id FROM {certificates} WHERE trainer_id IS NOT NULL
    """  # noqa: S608 - table names come from the models
    # "certified" is Certificate.objects.valid(today) written in SQL (status valid, expiring today
    # or later): a recursive query takes no QuerySet. tests/certificates/test_rules.py holds the two together.
    sql = f"""
        WITH RECURSIVE tree(user_id, depth, branch_id) AS (
            SELECT edge.user_id, 1, edge.user_id FROM ({edges}) AS edge
            WHERE edge.trainer_id = %s AND edge.user_id <> %s
            UNION
            SELECT edge.user_id, tree.depth + 1, tree.branch_id
            FROM ({edges}) AS edge JOIN tree ON edge.trainer_id = tree.user_id
            WHERE tree.depth < %s AND edge.user_id <> %s
        ),
        nearest(user_id, depth) AS (SELECT user_id, MIN(depth) FROM tree GROUP BY user_id),
        reached(user_id, depth, branch_id) AS (
            SELECT tree.user_id, tree.depth, MIN(tree.branch_id)
            FROM tree JOIN nearest ON nearest.user_id = tree.user_id AND nearest.depth = tree.depth
            GROUP BY tree.user_id, tree.depth
        )
        SELECT reached.user_id, reached.depth,
            (SELECT MIN(generation) FROM {certificates} AS own WHERE own.user_id = reached.user_id),
            person.region_id, reached.branch_id,
            EXISTS(SELECT 1 FROM {certificates} AS own WHERE own.user_id = reached.user_id
                   AND own.status = %s AND own.expires_on >= %s),
            EXISTS(SELECT 1 FROM {cohorts} AS led WHERE led.trainer_id = reached.user_id)
        FROM reached JOIN {users} AS person ON person.id = reached.user_id
    """  # noqa: S608 - table names come from the models, values are parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, [trainer_id, trainer_id, MAX_DEPTH, trainer_id, Certificate.Status.VALID, today])
        return [
            Descendant(user_id, depth, generation, region_id, branch_id, bool(certified), bool(leads))
            for user_id, depth, generation, region_id, branch_id, certified, leads in cursor.fetchall()
        ]


@dataclass(frozen=True)
class Link:
    certificate_id: int
    user_id: int
    trainer_id: int | None
    generation: int | None


def chain_up(certificate_id):
    """The certificate, then the certificate that made its trainer a trainer (one generation
    lower), and so on up to a master trainer's (generation 0, no trainer). One query."""
    table = Certificate._meta.db_table
    sql = f"""
        WITH RECURSIVE chain(id, user_id, trainer_id, generation, depth) AS (
            SELECT id, user_id, trainer_id, generation, 0 FROM {table} WHERE id = %s
            UNION ALL
            SELECT above.id, above.user_id, above.trainer_id, above.generation, chain.depth + 1
            FROM chain JOIN {table} AS above
                ON above.user_id = chain.trainer_id AND above.generation = chain.generation - 1
            WHERE chain.depth < %s
        )
        SELECT id, user_id, trainer_id, generation FROM chain ORDER BY depth, id
    """  # noqa: S608 - table names come from the models, values are parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, [certificate_id, MAX_DEPTH])
        links, seen_depth_users = [], set()
        for row in cursor.fetchall():
            link = Link(*row)
            if link.user_id in seen_depth_users:  # a trainer with two certificates of that generation
                continue
            seen_depth_users.add(link.user_id)
            links.append(link)
        return links
