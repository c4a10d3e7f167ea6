"""The SQLite test database as the migrations leave it, kept between runs on a developer's machine.

Building the test database runs 250-odd migrations (Wagtail's alone are most of them) and takes
20-25 s of one core: longer than most test files. The first run builds it with the migrations as
usual and copies the result to `.cache/test-db/<fingerprint>.sqlite3`; a later run whose
fingerprint is the same copies it back into the in-memory database before Django's `migrate`,
which then finds every migration applied and only runs its post-migrate steps (content types,
permissions). Nothing is built another way: the file is what the migrations made.

The fingerprint covers what the migrated database depends on: every migration file of every
installed app (ours and the packages'), the models and their permissions, the settings files and
the Django and SQLite versions. `--create-db` or LMS_TEST_DB_CACHE=0 builds from the migrations and
leaves the cache alone; CI (CI=true) never reads it, so every CI run checks the migrations
themselves. PostgreSQL test databases are not cached (pytest-django's --reuse-db is there for that).
"""

import hashlib
import os
import sqlite3
import sys
from importlib import import_module
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "test-db"


def enabled(config):
    from django.db import connection

    return (
        connection.vendor == "sqlite"
        and connection.creation.is_in_memory_db(connection.creation._get_test_db_name())
        and not config.getvalue("create_db")
        and not config.getvalue("reuse_db")
        and os.environ.get("LMS_TEST_DB_CACHE", "1") != "0"
        and not os.environ.get("CI")
    )


def _migration_files():
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader

    for app in sorted(apps.get_app_configs(), key=lambda app: app.label):
        module_name, _explicit = MigrationLoader.migrations_module(app.label)
        if module_name is None:
            continue
        try:
            module = import_module(module_name)
        except ImportError:
            continue
        for folder in getattr(module, "__path__", []):
            for path in sorted(Path(folder).rglob("*.py")):
                yield app.label, path


def fingerprint():
    """A digest of everything the migrated database is made from."""
    import django
    from django.apps import apps

    digest = hashlib.sha256()
    digest.update(f"{django.get_version()} {sqlite3.sqlite_version} {sys.version_info[:2]}".encode())
    for label, path in _migration_files():
        digest.update(f"{label}/{path.name}".encode())
        digest.update(path.read_bytes())
    for model in sorted(apps.get_models(include_auto_created=True), key=lambda model: model._meta.label):
        meta = model._meta
        digest.update(repr((meta.label, meta.db_table, meta.default_permissions, meta.permissions)).encode())
    try:
        from wagtail.snippets.models import get_snippet_models

        digest.update(repr(sorted(model._meta.label for model in get_snippet_models())).encode())
    except ImportError:  # pragma: no cover - Wagtail is installed
        pass
    for path in sorted((Path(__file__).resolve().parent.parent / "lms" / "settings").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


class MigratedDatabase:
    """Holds the in-memory test database open from before Django creates it, so a copy restored
    into it survives Django closing its own connection."""

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self.keeper = None
        self.restored = False

    def restore(self):
        """Copy the cached database into the in-memory one; False when there is no cache yet."""
        self.keeper = sqlite3.connect(self.name, uri=True)
        if not self.path.exists():
            return False
        source = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            source.backup(self.keeper)
        except sqlite3.DatabaseError:  # a damaged cache file: build from the migrations
            return False
        finally:
            source.close()
        self.restored = True
        return True

    def save(self):
        """Copy the freshly migrated in-memory database to the cache (atomically: two xdist
        workers may both save the same file)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
        target = sqlite3.connect(partial)
        try:
            self.keeper.backup(target)
        finally:
            target.close()
        os.replace(partial, self.path)
        for old in self.path.parent.glob("*.sqlite3"):
            if old != self.path:
                old.unlink(missing_ok=True)

    def close(self):
        if self.keeper is not None:
            self.keeper.close()
