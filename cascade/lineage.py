"""The lineage tree: who trained whom, read from the trainer each certificate records.

Both directions are one recursive query (WITH RECURSIVE works the same on SQLite and
PostgreSQL), whatever the size of the tree. A depth limit keeps a malformed loop (A trained B
who later trained A) from running for ever.
"""

from dataclasses import dataclass

from django.db import connection

from certificates.models import Certificate

MAX_DEPTH = 30


@dataclass(frozen=True)
class Descendant:
    user_id: int
    depth: int  # 1: trained by the trainer, 2: by one of their trainees, and so on
    generation: int | None
    region_id: int | None


def downstream(trainer_id):
    """Everyone the trainer's cascade reached, each once at their nearest depth, with the lowest
    generation on their certificates and their region. One query."""
    table = Certificate._meta.db_table
    user_table = Certificate._meta.get_field("user").related_model._meta.db_table
    sql = f"""
        WITH RECURSIVE tree(user_id, depth) AS (
            SELECT user_id, 1 FROM {table} WHERE trainer_id = %s AND user_id <> %s
            UNION
            SELECT certificate.user_id, tree.depth + 1
            FROM {table} AS certificate JOIN tree ON certificate.trainer_id = tree.user_id
            WHERE tree.depth < %s AND certificate.user_id <> %s
        )
        SELECT tree.user_id, MIN(tree.depth), (
            SELECT MIN(generation) FROM {table} WHERE {table}.user_id = tree.user_id
        ), person.region_id
        FROM tree JOIN {user_table} AS person ON person.id = tree.user_id
        GROUP BY tree.user_id, person.region_id
    """  # noqa: S608 - table names come from the models, values are parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, [trainer_id, trainer_id, MAX_DEPTH, trainer_id])
        return [Descendant(*row) for row in cursor.fetchall()]


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
