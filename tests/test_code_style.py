import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_ruff(*args):
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_code_passes_ruff_lint():
    result = run_ruff("check", ".")
    assert result.returncode == 0, result.stdout


def test_code_is_formatted_with_ruff():
    result = run_ruff("format", "--check", ".")
    assert result.returncode == 0, result.stdout
