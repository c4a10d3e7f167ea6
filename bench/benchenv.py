"""What every bench script does first: Django with the development settings on a database of its
own (a new SQLite file, or the empty PostgreSQL database BENCH_DATABASE_URL names), files in a
temporary folder, and logging quiet so it does not distort the timings."""

import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def start(name):
    """Set up Django for the bench `name`; returns its temporary folder."""
    sys.path.insert(0, str(ROOT))
    workdir = tempfile.mkdtemp(prefix=f"lms-bench-{name}-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.dev"
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["CERTIFICATES_ROOT"] = f"{workdir}/certificates"
    os.environ["H5P_ROOT"] = f"{workdir}/h5p"
    os.environ["DEBUG"] = "false"
    os.environ["ALLOWED_HOSTS"] = "testserver,localhost,h5p.localhost"

    import django

    django.setup()
    logging.disable(logging.WARNING)
    return workdir
