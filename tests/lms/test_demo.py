import contextlib
import io

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from lms.demo.accounts import ACCOUNTS, DEMO_PASSWORD
from lms.models import District, User
from tests.shared_rows import built_once

pytestmark = pytest.mark.django_db


def load_demo():
    """What `load_demo` prints; development settings, as the command requires."""
    output = io.StringIO()
    with override_settings(DEBUG=True), contextlib.redirect_stdout(output):
        call_command("load_demo", stdout=output)
    return output.getvalue()


@pytest.fixture(scope="module")
def first_run(django_db_setup, django_db_blocker):
    """The demo loaded once for the module (it seeds thousands of rows: 8-10 s a load); returns
    what the command printed."""
    yield from built_once(django_db_blocker, load_demo)


def test_demo_loader_runs_twice_without_duplicating(first_run):
    output = first_run + load_demo()
    assert User.objects.filter(email__endswith="@example.com").count() == len(ACCOUNTS)
    assert District.objects.filter(region__code="KZ-35").count() == 8
    assert DEMO_PASSWORD in output
    assert "learner@example.com" in output
    assert "Demo data ready." in output
    # The demo cascade: master trainer (generation 0) → demo trainer (1) → the learner in their group.
    from cascade.models import Cohort, CohortMember
    from cascade.selectors import trainer_generation

    master, trainer = User.objects.get(email="master@example.com"), User.objects.get(email="trainer@example.com")
    assert (trainer_generation(master), trainer_generation(trainer)) == (0, 1)
    group = Cohort.objects.get(trainer=trainer)
    assert list(CohortMember.objects.filter(cohort=group).values_list("user__email", flat=True)) == [
        "learner@example.com"
    ]
    assert f"joins with the code {group.join_code}" in output
    # Ran twice: still the trainers' group, the trainer's group, and one in Astana for its coordinator.
    # The synthetic programme behind the dashboards, generated once for all the runs.
    from coverage.demo.loader import DEMO_TEACHERS
    from coverage.seed.command import seeded_people

    assert seeded_people().count() == DEMO_TEACHERS
    assert "is already there" in output
    demo_groups = Cohort.objects.filter(trainer__email__endswith="@example.com")
    assert sorted(demo_groups.values_list("region__code", flat=True)) == ["KZ-35", "KZ-35", "KZ-71"]
    assert group.sessions.count() == 2


def test_demo_loader_refuses_to_run_in_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="development only"):
        call_command("load_demo")


def test_every_demo_login_works(client, first_run):
    for email in [row[0] for row in ACCOUNTS]:
        client.logout()
        response = client.post("/en/accounts/login/", {"login": email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, email
        assert client.session["_auth_user_id"] == str(User.objects.get(email=email).pk), email


def test_demo_roles_and_regions_are_as_documented(first_run):
    learner = User.objects.get(email="learner@example.com")
    regional = User.objects.get(email="regional@example.com")
    editor = User.objects.get(email="editor@example.com")
    assert learner.region.code == "KZ-35" and learner.groups.filter(name="Learners").exists()
    assert regional.region.code == "KZ-71" and regional.groups.filter(name="Regional coordinators").exists()
    assert set(editor.groups.values_list("name", flat=True)) == {"Content editors", "Content reviewers"}
    assert User.objects.get(email="admin@example.com").is_superuser
