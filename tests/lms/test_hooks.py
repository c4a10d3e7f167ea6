"""The hooks between the apps: one provider where one makes sense, every hook in the hook map of
docs/architecture.md, every registration in a wagtail_hooks.py."""

import ast
import re
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail import hooks

from certificates.hooks import CERTIFICATE_LINEAGE, lineage_of
from courses.services import enrollment_create, lesson_complete
from coverage.models import LearnerFact, LearnerTally
from lms.checks import single_provider_hooks_check
from lms.hooks import DEMO_LOADER, HEADER_LINKS, HOME_CARDS, learner_changed, the_one_hook
from tests.factories import build_course, lessons_of

ROOT = Path(__file__).resolve().parents[2]
APPS = ("lms", "courses", "quizzes", "certificates", "cascade", "coverage", "privacy")


def hook_constants():
    """{constant: hook name} of every `NAME = "..."` (or `NAME = single_provider("...")`) in the
    apps' hooks.py, read from the source so that a new hook cannot hide from these tests."""
    constants = {}
    for app in APPS:
        path = ROOT / app / "hooks.py"
        if not path.exists():
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target, value = node.targets[0], node.value
            if isinstance(value, ast.Call) and value.args:
                value = value.args[0]
            if isinstance(target, ast.Name) and target.id.isupper() and isinstance(value, ast.Constant):
                constants[target.id] = value.value
    return constants


def test_the_hook_modules_define_hooks_with_their_own_unique_prefix():
    constants = hook_constants()
    assert {"LEARNER_CHANGED", "COURSE_COMPLETION_RULE", "CERTIFICATE_LINEAGE"} <= set(constants)
    assert all(name.startswith("lms_") for name in constants.values()), constants
    assert len(set(constants.values())) == len(constants)


def test_the_hook_map_names_every_hook():
    section = Path(ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = section.split("\n## 4.", 1)[1].split("\n## 5.", 1)[0]
    missing = [constant for constant in hook_constants() if f"`{constant}`" not in section]
    assert not missing, f"add these hooks to the hook map of docs/architecture.md §4: {missing}"


def test_every_hook_has_a_provider_registered_in_a_wagtail_hooks_module():
    constants = hook_constants()
    registrations = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            for constant in re.findall(r"hooks\.register\(\s*([A-Z_]+)\b", path.read_text(encoding="utf-8")):
                if constant in constants:
                    registrations.setdefault(constant, set()).add(path.relative_to(ROOT).as_posix())
    assert set(constants) <= set(registrations), "a hook nobody provides is dead code"
    for constant, paths in registrations.items():
        assert all(path.endswith("/wagtail_hooks.py") for path in paths), (constant, paths)
        assert hooks.get_hooks(constants[constant]), constant


@pytest.mark.parametrize(
    ("name", "apps"),
    [
        (HEADER_LINKS, ["courses", "certificates", "cascade", "coverage"]),
        (HOME_CARDS, ["courses", "certificates", "cascade", "coverage"]),
        (DEMO_LOADER, ["courses", "quizzes", "cascade", "coverage", "privacy"]),  # each uses the demo above it
    ],
)
def test_header_links_home_cards_and_demo_data_follow_the_order_of_the_apps(name, apps):
    assert [function.__module__.partition(".")[0] for function in hooks.get_hooks(name)] == apps


def test_the_cascade_is_the_one_lineage_provider_and_the_check_passes():
    assert the_one_hook(CERTIFICATE_LINEAGE).__module__ == "cascade.selectors"
    assert single_provider_hooks_check() == []


def test_a_second_lineage_provider_fails_the_system_check_and_the_issuing():
    def another_provider(*, enrollment):
        return None

    with hooks.register_temporarily(CERTIFICATE_LINEAGE, another_provider):
        errors = single_provider_hooks_check()
        with pytest.raises(ImproperlyConfigured, match="another_provider"):
            lineage_of(enrollment=None)
    assert [error.id for error in errors] == ["lms.E001"]
    assert "cascade.selectors.cohort_lineage" in errors[0].msg and "another_provider" in errors[0].msg
    assert single_provider_hooks_check() == []


@pytest.mark.django_db
def test_a_learner_announced_again_is_counted_once(learner):
    """Services announce what they changed without asking who announced before them, so the
    summaries' listener must take the same news twice and count it once."""
    course = build_course(lessons=1)
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0], course=course)  # completes: announced
    for _ in range(2):
        learner_changed(user_id=learner.pk, course_key=course.translation_key)
    assert LearnerFact.objects.filter(user=learner).count() == 1
    tally = LearnerTally.objects.get(course_key=course.translation_key)
    assert (tally.learners, tally.completed, tally.certified) == (1, 1, 1)
