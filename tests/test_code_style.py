"""The checks of .pre-commit-config.yaml and `make lint`, run over the whole tree by the suite.

Each test fails with the tool's own report. The JavaScript tools come from node_modules, which
`make test` installs; without it they are skipped on a developer's machine, never in CI.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NODE_BIN = ROOT / "node_modules" / ".bin"


def run(*command):
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def run_ruff(*args):
    return run(sys.executable, "-m", "ruff", *args)


def run_node_tool(name, *args):
    tool = NODE_BIN / name
    if not tool.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{tool.relative_to(ROOT)} is missing: CI runs `make test`, which installs node_modules.")
        pytest.skip(f"{name} is not installed: run `npm ci` (or `make test`).")
    return run(str(tool), *args)


def report(result):
    return result.stdout + result.stderr


def test_code_passes_ruff_lint():
    result = run_ruff("check", ".")
    assert result.returncode == 0, result.stdout


def test_code_is_formatted_with_ruff():
    result = run_ruff("format", "--check", ".")
    assert result.returncode == 0, result.stdout


def test_templates_are_indented_with_djhtml():
    # The HTML templates of every app; djhtml leaves the plain-text email templates (*.txt) alone.
    template_dirs = sorted(str(path.relative_to(ROOT)) for path in ROOT.glob("*/templates"))
    assert template_dirs, "no app template folders found"
    result = run(sys.executable, "-m", "djhtml", "--check", "--tabwidth", "2", *template_dirs)
    assert result.returncode == 0, report(result)


def test_scripts_pass_eslint():
    result = run_node_tool("eslint", "--max-warnings", "0", ".")
    assert result.returncode == 0, report(result)


def test_stylesheets_pass_stylelint():
    result = run_node_tool("stylelint", "**/*.css")
    assert result.returncode == 0, report(result)


def test_scripts_and_stylesheets_are_formatted_with_prettier():
    result = run_node_tool("prettier", "--check", "**/*.{js,css}")
    assert result.returncode == 0, report(result)
