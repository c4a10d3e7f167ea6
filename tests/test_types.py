"""mypy with django-stubs over the apps (settings in pyproject.toml): the services and selectors,
which every other app calls, must be fully annotated, and every annotation written anywhere must
hold. Fails with mypy's report."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_code_passes_mypy():
    # The cache (.mypy_cache, ignored by git) makes a run after a small change take seconds.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-color-output"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
