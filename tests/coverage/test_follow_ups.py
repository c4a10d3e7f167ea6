"""A trainer's subtree follows a change of their master trainer in background tasks: the
revocation (or issue) itself answers in a fixed number of queries whatever the subtree's size,
the dashboards say the figures are being updated until the worker has run, and then every
summary equals a recomputation from the raw rows."""

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cascade.imports import MASTER_TRAINER
from certificates.models import Certificate
from certificates.services import certificate_record_prior, certificate_revoke
from courses.models import CoursePage
from coverage import services
from coverage.models import FollowUp, LearnerFact, MasterTally
from coverage.rebuild import summaries_rebuild
from coverage.tasks import trainees_follow
from lms import roles
from tests.cascade.trees import grow_tree
from tests.coverage.helpers import certificate
from tests.coverage.test_summaries import stored_summaries
from tests.factories import UserFactory
from tests.queued_tasks import run_queued_tasks

pytestmark = pytest.mark.django_db

NOTICE = "Figures are being updated after a recent change; they will be complete in a few minutes."
CASCADE_PAGE = "/en/coverage/cascade/"


@pytest.fixture
def worker_backend(settings):
    """The database backend production uses, instead of the tests' immediate one: tasks wait in
    the database until `run_queued_tasks`."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def equal_to_a_rebuild():
    """Every fact and tally as stored, against a full rebuild from the raw rows."""
    kept = stored_summaries()
    summaries_rebuild()
    return kept == stored_summaries()


def master_with_tree(trainer_course, sizes):
    """A master trainer (a generation-0 trainer certificate) with a cascade below, written
    without the services: call `summaries_rebuild()` once every tree is grown."""
    master = UserFactory(roles=[roles.TRAINERS])
    held = certificate(trainer_course, master, generation=0)
    grow_tree(master, course_key=trainer_course.translation_key, sizes=sizes)
    return master, held


def revoke(held):
    analyst = UserFactory(roles=[roles.MINISTRY_ANALYSTS])
    with CaptureQueriesContext(connection) as captured:
        certificate_revoke(certificate=held, by=analyst, reason="Issued in error")
    return len(captured)


def reach(master, course):
    return sum(
        MasterTally.objects.filter(master_key=master.pk, course_key=course.translation_key).values_list(
            "learners", flat=True
        )
    )


def test_revoking_a_master_trainer_queues_the_subtree_and_the_worker_brings_every_summary_in_line(
    client, courses, worker_backend, monkeypatch
):
    trainer_course = courses[1]
    small, small_held = master_with_tree(trainer_course, sizes=(2, 8))
    large, large_held = master_with_tree(trainer_course, sizes=(20, 180))
    _first, first_held = master_with_tree(trainer_course, sizes=(1,))
    summaries_rebuild()
    # The first revocation creates the tally row of people trained outside the cascade, where a
    # revoked master trainer is counted; the two compared below find it made.
    revoke(first_held)
    reached = reach(large, trainer_course)
    # Four in five of each level hold a certificate (the fifth, in training without an enrolment,
    # has no fact): 16 trainees, and the 9 trainees of each of them.
    assert reached == 16 + 16 * 9
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    assert NOTICE not in client.get(CASCADE_PAGE).content.decode()

    queries = {"10 below": revoke(small_held), "200 below": revoke(large_held)}

    # The revocation counted what concerns the master trainer alone, and queued the rest.
    # measured: 24 (one upsert marks the trainer; the change log reads the certificate as stored and
    # writes one entry of the revocation, privacy/changelog.py)
    assert queries["10 below"] == queries["200 below"] <= 24, queries
    assert set(FollowUp.objects.values_list("trainer_key", flat=True)) == {small.pk, large.pk}
    assert reach(large, trainer_course) == reached  # not yet followed
    page = client.get(CASCADE_PAGE).content.decode()
    assert f'<p class="message message-warning" role="status">{NOTICE}</p>' in page

    ran = run_queued_tasks(monkeypatch)

    # Each master trainer, then, in one task per batch of trainees, those of their trainees who
    # hold a trainer certificate (4 in 5) and have trainees of their own: 1 + 16 for the large
    # tree, 1 + 1 for the small one.
    assert ran == 4
    assert (reach(small, trainer_course), reach(large, trainer_course)) == (0, 0)
    assert not FollowUp.objects.exists()
    assert NOTICE not in client.get(CASCADE_PAGE).content.decode()
    assert equal_to_a_rebuild()


def test_the_notice_costs_the_dashboards_no_query_more_when_it_shows(client, courses, django_assert_num_queries):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    for address in ("/en/coverage/", "/en/coverage/regions/KZ-35/", CASCADE_PAGE):
        client.get(address)  # caches warmed
        with CaptureQueriesContext(connection) as quiet:
            assert NOTICE not in client.get(address).content.decode()
        marker = FollowUp.objects.create(trainer_key=1, token="0" * 32, queued_at="2026-01-01T00:00Z")
        with django_assert_num_queries(len(quiet)):
            assert NOTICE in client.get(address).content.decode()
        marker.delete()


def test_a_second_run_of_the_same_follow_up_counts_nothing_twice(courses, worker_backend, monkeypatch):
    """Duplicate runs (a follow-up queued twice, a worker that ran it before a retry) move no
    tally: a fact moves its counts by the difference between what is stored and what it should
    be, and after the first run there is none."""
    trainer_course = courses[1]
    master, held = master_with_tree(trainer_course, sizes=(3, 9))
    summaries_rebuild()
    revoke(held)
    queued = DBTaskResult.objects.get(status="READY")
    kwargs = queued.args_kwargs["kwargs"]
    trainees_follow.enqueue(**kwargs)  # the same follow-up, queued twice
    run_queued_tasks(monkeypatch)
    after_the_worker = stored_summaries()
    assert trainees_follow.call(**kwargs) == {"trainees": 2, "queued": 0}  # and once more by hand
    assert stored_summaries() == after_the_worker
    assert reach(master, trainer_course) == 0
    assert equal_to_a_rebuild()


def test_an_earlier_run_finishing_leaves_the_marker_of_a_later_follow_up(courses, worker_backend):
    trainer_course = courses[1]
    master, _held = master_with_tree(trainer_course, sizes=(2,))
    services.follow_up_queue(follow=[(master.pk, [])])
    first = DBTaskResult.objects.get(status="READY").args_kwargs["kwargs"]
    services.follow_up_queue(follow=[(master.pk, [])])
    assert FollowUp.objects.filter(trainer_key=master.pk).count() == 1
    trainees_follow.call(**first)
    assert FollowUp.objects.filter(trainer_key=master.pk).exists()  # the second is still to run
    second = DBTaskResult.objects.filter(status="READY").exclude(args_kwargs__kwargs__token=first["token"]).get()
    trainees_follow.call(**second.args_kwargs["kwargs"])
    assert not FollowUp.objects.exists()


def test_issuing_a_trainer_certificate_to_someone_who_already_trained_people_follows_their_cascade(
    courses, worker_backend, monkeypatch
):
    """An imported master trainer who had groups before the import: everyone below them now
    leads back to them, once the worker has run."""
    trainer_course = courses[1]
    trainer = UserFactory(roles=[roles.TRAINERS])
    grow_tree(trainer, course_key=trainer_course.translation_key, sizes=(5, 25))
    summaries_rebuild()
    assert reach(trainer, trainer_course) == 0
    with CaptureQueriesContext(connection) as captured:
        certificate_record_prior(
            user=trainer, course_key=trainer_course.translation_key, lineage=MASTER_TRAINER, language="en"
        )
    assert len(captured) <= 40
    assert list(FollowUp.objects.values_list("trainer_key", flat=True)) == [trainer.pk]
    assert reach(trainer, trainer_course) == 0  # not yet followed

    monkeypatch.setattr(services, "FOLLOW_UP_BATCH", 3)  # their 4 trainees: a batch of 3, then of 1
    assert run_queued_tasks(monkeypatch) == 1 + 2  # them, then their trainees who train, a task a batch
    assert reach(trainer, trainer_course) == 4 + 4 * 5  # their certified trainees, and theirs
    assert equal_to_a_rebuild()


def test_a_new_trainer_with_nobody_below_queues_nothing(courses, worker_backend):
    trainer_course = courses[1]
    master, _held = master_with_tree(trainer_course, sizes=(1,))
    summaries_rebuild()
    newcomer = UserFactory(roles=[roles.TRAINERS])
    certificate_record_prior(
        user=newcomer, course_key=trainer_course.translation_key, lineage=MASTER_TRAINER, language="en"
    )
    assert not FollowUp.objects.exists() and not DBTaskResult.objects.exists()


def test_records_that_loop_end_and_agree_with_a_rebuild(courses, worker_backend, monkeypatch):
    """Әлия, trained by the master trainer, trained Болат in the trainer course; Болат later
    trained Әлия in a second trainer course (imported records can say so). Revoking the master
    trainer's certificate follows Әлия, then Болат, then ends."""
    trainer_course, second_course = courses[1], courses[0]
    CoursePage.objects.filter(pk=second_course.pk).update(audience=CoursePage.Audience.TRAINER)
    master = UserFactory(roles=[roles.TRAINERS])
    held = certificate(trainer_course, master, generation=0)
    aliya, bolat = UserFactory(full_name="Әлия"), UserFactory(full_name="Болат")
    certificate(trainer_course, aliya, trainer=master, generation=1)
    certificate(trainer_course, bolat, trainer=aliya, generation=2)
    certificate(second_course, aliya, trainer=bolat, generation=3)
    summaries_rebuild()
    assert reach(master, trainer_course) + reach(master, second_course) == 3

    revoke(held)
    assert run_queued_tasks(monkeypatch) == 3  # the master trainer, Әлия, Болат
    assert reach(master, trainer_course) + reach(master, second_course) == 0
    assert not FollowUp.objects.exists()
    assert equal_to_a_rebuild()


def test_a_trainee_already_on_the_followed_path_is_refreshed_but_not_followed_again(courses, worker_backend):
    """The loop guard: the path of trainers followed so far travels with each queued follow-up
    (as JSON), and a trainee on it is not queued again, whatever changed."""
    trainer_course = courses[1]
    master, held = master_with_tree(trainer_course, sizes=(2, 2))
    summaries_rebuild()
    Certificate.objects.filter(pk=held.pk).update(
        status=Certificate.Status.REVOKED, revoked_at=timezone.now(), revoked_reason="Issued in error"
    )
    services.learner_fact_refresh(user_id=master.pk, course_key=trainer_course.translation_key)
    queued = DBTaskResult.objects.get(status="READY")
    assert queued.args_kwargs["kwargs"]["follow"] == [[master.pk, []]]
    queued.delete()
    (first,) = LearnerFact.objects.filter(trainer_key=master.pk).values_list("user_id", flat=True)

    services.trainees_follow(follow=[[master.pk, [first]]], token="0" * 32)
    assert LearnerFact.objects.get(user_id=first, course_key=trainer_course.translation_key).master_key == 0
    assert not DBTaskResult.objects.exists()  # on the path: not followed again

    services.trainees_follow(follow=[[master.pk, []]], token="0" * 32)
    assert not DBTaskResult.objects.exists()  # nothing changed any more: nothing to follow

    LearnerFact.objects.filter(user_id=first).update(master_key=master.pk)  # as before the revocation
    services.trainees_follow(follow=[[master.pk, []]], token="0" * 32)
    assert DBTaskResult.objects.get().args_kwargs["kwargs"]["follow"] == [[first, [master.pk]]]


def test_the_nightly_rebuild_clears_the_marker_of_a_follow_up_that_never_ran(
    client, courses, worker_backend, monkeypatch
):
    trainer_course = courses[1]
    master, held = master_with_tree(trainer_course, sizes=(2, 4))
    summaries_rebuild()
    revoke(held)
    DBTaskResult.objects.all().delete()  # the worker lost it
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    assert NOTICE in client.get(CASCADE_PAGE).content.decode()
    summaries_rebuild()
    assert not FollowUp.objects.exists()
    assert NOTICE not in client.get(CASCADE_PAGE).content.decode()
    assert reach(master, trainer_course) == 0


def test_a_batch_that_deadlocks_with_a_request_is_tried_again(courses, worker_backend, monkeypatch):
    """On PostgreSQL a batch can deadlock with a learner's request (both lock tallies); the
    database undoes the batch, and the follow-up runs it again instead of failing."""
    trainer_course = courses[1]
    master, held = master_with_tree(trainer_course, sizes=(4, 12))
    summaries_rebuild()
    revoke(held)
    refresh, failures = services._fact_refresh, []

    def deadlocking_once(**kwargs):
        if not failures:
            failures.append(kwargs)
            refresh(**kwargs)  # its writes are undone with the batch
            raise OperationalError("deadlock detected")
        return refresh(**kwargs)

    monkeypatch.setattr(services, "_fact_refresh", deadlocking_once)
    assert run_queued_tasks(monkeypatch) == 2
    assert failures and reach(master, trainer_course) == 0
    assert equal_to_a_rebuild()


def test_a_batch_locks_its_tally_rows_last_and_in_one_order(courses, worker_backend, monkeypatch):
    """A learner's request locks its fact, then its tally rows; a batch that wrote a tally row
    between two trainees' facts could hold one a learner waits for while waiting for another the
    learner holds (a deadlock PostgreSQL may settle by aborting the learner's submit). The batch
    reads and writes every fact first, then its summed tally changes, sorted."""
    trainer_course = courses[1]
    master, held = master_with_tree(trainer_course, sizes=(6, 30))
    summaries_rebuild()
    revoke(held)
    task = DBTaskResult.objects.get(status="READY")
    with CaptureQueriesContext(connection) as captured:
        services.trainees_follow(**task.args_kwargs["kwargs"])
    statements = [query["sql"] for query in captured]
    tally_tables = ("coverage_learnertally", "coverage_mastertally", "coverage_trainertally")
    tally_writes = [
        number
        for number, sql in enumerate(statements)
        if sql.startswith(("UPDATE", "INSERT")) and any(f'"{table}"' in sql for table in tally_tables)
    ]
    fact_writes = [
        number for number, sql in enumerate(statements) if sql.startswith("UPDATE") and '"coverage_learnerfact"' in sql
    ]
    assert fact_writes and tally_writes
    assert max(fact_writes) < min(tally_writes)
    written = [next(table for table in tally_tables if f'"{table}"' in statements[number]) for number in tally_writes]
    assert written == sorted(written)
    run_queued_tasks(monkeypatch)  # the next generation
    assert reach(master, trainer_course) == 0
    assert equal_to_a_rebuild()
