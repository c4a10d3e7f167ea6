"""The layering rule of docs/architecture.md §2: an app imports only the apps above it in
INSTALLED_APPS' order (lms, courses, quizzes, certificates, cascade, coverage,
privacy), and learns about
the apps below it through hooks. A new upward import fails here, naming the file and the line."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["lms", "courses", "quizzes", "certificates", "cascade", "coverage", "privacy"]

# The known breaches, written down in docs/architecture.md §2 (file, imported module).
KNOWN = {("lms/headers.py", "courses.h5p.origins")}


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module


def downward_imports():
    found = []
    for rank, app in enumerate(APPS):
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            relative = path.relative_to(ROOT).as_posix()
            for line, module in imported_modules(path):
                target = module.split(".")[0]
                if target in APPS and APPS.index(target) > rank and (relative, module) not in KNOWN:
                    found.append(f"{relative}:{line} imports {module} ({app} may not import {target})")
    return found


def test_no_app_imports_an_app_below_it():
    assert downward_imports() == []


def test_the_known_breaches_are_still_there_or_the_list_and_the_doc_shrink():
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for relative, module in KNOWN:
        imports = {name for _line, name in imported_modules(ROOT / relative)}
        assert module in imports, f"{relative} no longer imports {module}: remove it from KNOWN and the doc"
        assert relative in architecture
