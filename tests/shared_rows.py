"""Rows that a whole test module reads, built once instead of before each of its tests.

Wagtail page trees are slow to build (every page is a tree insert, a revision and a publish), and
some modules build the same tree for each test. `built_once` builds it once, in a transaction
that stays open while the module's tests run and is rolled back after the last one. Each test
still runs in its own savepoint inside it (pytest-django's `db` fixture, as for any test), so
every test starts from the same rows and what one test changes is gone before the next.

Use it for a module whose tests take plain `db` (not `transactional_db`, which empties the
database and would empty the shared rows too), in a module- or class-scoped fixture:

    @pytest.fixture(scope="module")
    def demo(django_db_setup, django_db_blocker):
        yield from built_once(django_db_blocker, load_the_demo)

The fixture returns what `build` returns; tests read rows again through the ORM rather than
change the returned objects in memory, which the next test would see.
"""

import sys


def built_once(django_db_blocker, build):
    from django.db import transaction

    with django_db_blocker.unblock():
        block = transaction.atomic()
        block.__enter__()
        try:
            built = build()
        except BaseException:
            block.__exit__(*sys.exc_info())
            raise
    try:
        yield built
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            block.__exit__(None, None, None)
