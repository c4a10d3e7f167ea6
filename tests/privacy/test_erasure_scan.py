"""Erasure leaves the person's name, email and school in no row of any table, while the records
that statistics count stay, anonymous."""

import json

import pytest
from django.apps import apps
from django.db import models

from cascade.models import Attendance, CohortMember
from certificates.models import Certificate
from courses.models import Enrollment, H5PAttempt, LessonCompletion
from coverage.models import LearnerFact
from lms.models import User
from privacy.models import Consent, ErasureRequest
from privacy.services import person_erase
from quizzes.models import QuizAttempt, QuizResult
from tests.privacy.erasure_world import PERSON, build_world

pytestmark = pytest.mark.django_db

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)  # EmailField is a CharField


def rows_naming(needles):
    """(model, pk, field, text) of every text-like value, in every table, that contains a needle."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        fields = [field for field in model._meta.concrete_fields if isinstance(field, TEXT_FIELDS)]
        if not fields:
            continue
        names = [field.attname for field in fields]
        for pk, *values in model._base_manager.values_list("pk", *names).iterator():
            for name, value in zip(names, values, strict=True):
                text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
                for needle in needles:
                    if needle.lower() in (text or "").lower():
                        found.append((model._meta.label, pk, name, text[:120]))
    return found


def test_the_world_names_the_person_in_many_tables_before_the_erasure():
    build_world()
    tables = {label for label, *_rest in rows_naming(PERSON.values())}
    assert {"lms.User", "certificates.Certificate", "courses.H5PAttempt", "cascade.Cohort"} <= tables
    assert {"lms.AccessRecord", "wagtailcore.ModelLogEntry", "coverage.ApiToken"} <= tables


def test_after_erasure_no_table_holds_the_persons_name_email_or_school(django_capture_on_commit_callbacks):
    world = build_world()
    counted = {
        model: model.objects.count()
        for model in (Enrollment, LessonCompletion, H5PAttempt, QuizResult, QuizAttempt, CohortMember, Attendance)
    }
    with django_capture_on_commit_callbacks(execute=True):
        report = person_erase(person=world.person, by=None, source=ErasureRequest.Source.STAFF)

    left = rows_naming([PERSON["full_name"], PERSON["email"], PERSON["school"]])
    assert left == [], left
    assert report["certificates_revoked"] == 2 and report["h5p_statements"] == 1
    # The learning records stay, as anonymous rows.
    assert {model: model.objects.count() for model in counted} == counted
    assert LearnerFact.objects.filter(user=world.person).exists()
    assert Consent.objects.filter(person=world.person).exists()
    attempt = H5PAttempt.objects.get(user=world.person)
    assert (attempt.score_raw, attempt.statement["result"]["score"]) == (3, {"raw": 3, "max": 4})
    # The trainee's certificate stays valid and knows its trainer by id only.
    world.trainee_certificate.refresh_from_db()
    assert (world.trainee_certificate.status, world.trainee_certificate.trainer_id) == ("valid", world.person.pk)
    assert not world.trainee_certificate.pdf


def test_the_erased_row_keeps_region_and_district_and_cannot_sign_in(django_capture_on_commit_callbacks):
    world = build_world()
    region, district = world.person.region_id, world.person.district_id
    with django_capture_on_commit_callbacks(execute=True):
        person_erase(person=world.person, by=None, source=ErasureRequest.Source.STAFF)
    person = User.objects.get(pk=world.person.pk)
    assert (person.region_id, person.district_id) == (region, district)
    assert (person.email, person.full_name, person.school, person.position) == (
        f"erased-{person.pk}@erased.invalid",
        "—",
        "",
        "",
    )
    assert not person.is_active and not person.has_usable_password()
    assert not person.groups.exists() and not person.emailaddress_set.exists()
    assert not person.authenticator_set.exists()
    assert Certificate.objects.filter(user=person).exclude(status="revoked").count() == 0
    assert set(Certificate.objects.filter(user=person).values_list("revoked_reason", flat=True)) == {
        "Withdrawn by holder"
    }
    assert world.person.coverage_tokens.filter(revoked_at__isnull=True).count() == 0


def test_a_name_corrected_before_the_erasure_is_gone_from_certificates_and_logs_too(django_capture_on_commit_callbacks):
    from certificates.services import certificates_rename

    world = build_world()
    person = world.person
    person.full_name = "Ерасыл Түзетілгенов"
    person.save()
    certificates_rename(user=person, name_before=PERSON["full_name"])
    with django_capture_on_commit_callbacks(execute=True):
        person_erase(person=person, by=None, source=ErasureRequest.Source.PERSON)
    assert rows_naming(["Ерасыл Түзетілгенов", PERSON["email"], PERSON["school"]]) == []
    # The former name is gone from the certificates, their events and the change log. Known limit:
    # free text the person wrote under their former name (a group's name, a key's name) keeps it,
    # since the apps' erasure looks for the name the person has now.
    left = {label for label, *_rest in rows_naming([PERSON["full_name"]])}
    assert left <= {"cascade.Cohort", "cascade.CohortSession", "coverage.ApiToken"}, left
