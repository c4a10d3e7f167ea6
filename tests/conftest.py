import os
import threading
import time
from pathlib import Path

import pytest

from lms import roles
from tests.factories import UserFactory

# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def pytest_configure(config):
    """CI stops before any test when Chromium is missing. Checked here, in the main process, rather
    than at collection: with pytest-xdist the workers collect, and an error there reads as a crash."""
    if os.environ.get("CI") and not CHROMIUM.exists() and not hasattr(config, "workerinput"):
        raise pytest.UsageError(
            "CI needs Chromium at /usr/bin/chromium for the browser tests (apt-get install chromium)."
        )


def pytest_collection_modifyitems(config, items):
    """Browser tests skip only where Chromium is missing, and never in CI (pytest_configure)."""
    if CHROMIUM.exists() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="Chromium is missing: install it with `sudo apt-get install chromium`.")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def migrated_db(request, django_db_modify_db_settings_parallel_suffix, django_db_blocker):
    """The SQLite test database restored from the last run's migrations when they are unchanged
    (tests/migrated_db.py); None where it does not apply (PostgreSQL, CI, --create-db)."""
    from tests import migrated_db

    if not migrated_db.enabled(request.config):
        yield None
        return
    from django.db import connection

    with django_db_blocker.unblock():
        name = connection.creation._get_test_db_name()
    database = migrated_db.MigratedDatabase(name, migrated_db.CACHE_DIR / f"{migrated_db.fingerprint()}.sqlite3")
    database.restore()
    yield database
    database.close()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, migrated_db):
    """pytest-django's hook just before it builds the test databases: restore the migrated one."""


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, migrated_db, django_db_blocker):
    """pytest-django's, then the database it migrated is kept for the next run, and its rows are
    kept in memory to put back after a transactional test (`pytest_runtest_setup` below)."""
    from django.db import connections

    if migrated_db is not None and not migrated_db.restored:
        migrated_db.save()
    with django_db_blocker.unblock():
        for alias in connections:
            if connections[alias].settings_dict["NAME"] is None:
                continue
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            _migrated.rows[alias] = contents or connections[alias].creation.serialize_db_to_string()
    _migrated.blocker = django_db_blocker


class _migrated:
    rows = {}  # alias → the migrated database's rows, as Django serializes them for a rollback
    blocker = None
    emptied = False  # a transactional test has run since they were last put back


def _database_use(item):
    """Whether the test is "transactional", takes "db", or None, as pytest-django sorts them."""
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    if "transactional_db" in fixtures or "live_server" in fixtures:
        return "transactional"
    if marker is not None:
        transaction = marker.kwargs.get("transaction", marker.args[0] if marker.args else False)
        return "transactional" if transaction or marker.kwargs.get("reset_sequences") else "db"
    return "db" if "db" in fixtures else None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """A transactional test empties the database when it ends (Django flushes every table), and
    the migrations' rows (regions, groups, locales, the site and its home pages) come back only
    for the next test that asks for a serialized rollback. In one process pytest-django runs every
    such test after the others; under pytest-xdist a file with both kinds, or a transactional file
    scheduled early, leaves later files of its worker an empty database. So before a plain `db`
    test that follows one, the migrated rows are put back (once, before any fixture runs)."""
    use = _database_use(item)
    if use == "transactional":
        _migrated.emptied = True
    elif use == "db" and _migrated.emptied and _migrated.blocker is not None:
        from django.core.management import call_command
        from django.db import connections

        with _migrated.blocker.unblock():
            for alias, contents in _migrated.rows.items():
                # Sequences left where they are, as Django's own serialized rollback does: the rows
                # come back with their ids, and on PostgreSQL a sequence reset to 1 would hand
                # those ids out again (duplicate key on the next page created).
                call_command(
                    "flush",
                    verbosity=0,
                    interactive=False,
                    database=alias,
                    inhibit_post_migrate=True,
                    reset_sequences=False,
                )
                connections[alias].creation.deserialize_db_from_string(contents)
        _migrated.emptied = False


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploads (Wagtail images and documents) go to a folder of this process's own: under
    pytest-xdist each worker has its own, and nothing is left in the project's media/.

    What else the workers could share: the "h5p" and "certificates" storages are in memory
    (lms/settings/test.py) and `storage_on_disk` uses tmp_path; the SQLite test database is in
    memory, one per process (PostgreSQL's get the worker's suffix, test_lms_gw0...); live_server
    and Chromium listen on ports the system hands out; the merged certificate fonts in .cache/ are
    written atomically (certificates/fonts.py); Hypothesis's example database (.hypothesis/)
    writes each example atomically under its test's key, and one test runs on one worker (CI,
    where CI=true, uses Hypothesis's "ci" profile: no database, derandomized)."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached fragments are keyed by ids that the next test's database reuses."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """A request through the test client leaves its language active in the thread, so a test
    after an English page would read English messages: each test starts from the default."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def clock_still():
    """The clock stopped 20 seconds into the current minute. Rate limits count per clock window
    (lms/ratelimit.py), so a test sending a limit's worth of requests must not straddle two
    windows, as it did now and then on a busy machine."""
    import time_machine
    from django.utils import timezone

    with time_machine.travel(timezone.now().replace(second=20, microsecond=0), tick=False) as traveller:
        yield traveller


@pytest.fixture
def learner(db):
    return UserFactory(roles=[roles.LEARNERS])


@pytest.fixture(scope="session")
def browser(django_db_setup):
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Once Playwright's event loop runs in this thread, Django hands out new connection
    # objects; give them the snapshot that serialized_rollback restores after each flush.
    snapshots = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, snapshot in snapshots.items():
            connections[alias]._test_serialized_contents = snapshot
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    yield page
    context.close()


class _RequestsInFlight:
    """Counts the live server's requests from their first byte until their last signal has run."""

    def __init__(self):
        self.count = 0
        self.started = 0
        self.changed = threading.Condition()

    def wrap(self, run):
        def counted_run(handler, application):
            with self.changed:
                self.count += 1
                self.started += 1
            try:
                return run(handler, application)
            finally:
                with self.changed:
                    self.count -= 1
                    self.changed.notify_all()

        return counted_run

    def wait_for_quiet(self, timeout, quiet=0.1):
        """True once no request has run for `quiet` seconds: a request whose bytes were already
        sent is still being read when the last one ends, and starts within that time."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not self.changed.wait_for(lambda: self.count == 0, timeout=left):
                    return False
                started = self.started
                self.changed.wait(timeout=quiet)
                if self.count == 0 and self.started == started:
                    return True


@pytest.fixture(scope="session")
def requests_in_flight():
    from django.core.servers import basehttp

    requests = _RequestsInFlight()
    original = basehttp.ServerHandler.run
    basehttp.ServerHandler.run = requests.wrap(original)
    yield requests
    basehttp.ServerHandler.run = original


@pytest.fixture
def live_server_settled(transactional_db, browser, requests_in_flight):
    """The live server answers the browser before it finishes a request (request_finished closes
    its database connection). Emptying the database while a request still runs fails on SQLite's
    shared in-memory database, so each browser test ends by closing its pages and waiting for the
    server to finish what it was given."""
    yield
    for context in browser.contexts:
        context.close()
    assert requests_in_flight.wait_for_quiet(timeout=30), "the live server still runs a request after 30 s"
