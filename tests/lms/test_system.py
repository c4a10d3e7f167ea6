import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def test_system_check_passes():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_no_model_change_is_missing_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def run_manage(*args, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.production", **env}
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests only
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_deploy_check_with_production_settings_prints_no_warning():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x7!Qm2#vL9pR4sT8wZ1yB6nD3fH5jK0cX-production-like-key",
        H5P_ORIGIN="https://h5p.lms.example.kz",
        CSRF_TRUSTED_ORIGINS="https://lms.example.kz",
        ALLOWED_HOSTS="lms.example.kz",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage("check", SECRET_KEY="")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable." in result.stderr


PRODUCTION_KEY = "x7!Qm2#vL9pR4sT8wZ1yB6nD3fH5jK0cX-production-like-key"


def test_deploy_check_warns_when_h5p_has_no_origin_of_its_own():
    result = run_manage("check", "--deploy", SECRET_KEY=PRODUCTION_KEY, H5P_ORIGIN="")
    assert "courses.W001" in result.stdout + result.stderr


def test_deploy_check_refuses_an_h5p_origin_shared_with_the_platform():
    result = run_manage(
        "check",
        SECRET_KEY=PRODUCTION_KEY,
        H5P_ORIGIN="https://lms.example.kz",
        CSRF_TRUSTED_ORIGINS="https://lms.example.kz",
        ALLOWED_HOSTS="lms.example.kz",
    )
    assert result.returncode != 0
    assert "courses.E002" in result.stdout + result.stderr


def test_h5p_origin_check_refuses_the_platforms_host_name_on_another_port(settings):
    from courses.h5p.checks import h5p_origin_check

    settings.H5P_ORIGIN = "https://lms.example.kz:8443"
    settings.PLATFORM_ORIGINS = ["https://lms.example.kz"]
    assert [message.id for message in h5p_origin_check(None)] == ["courses.E002"]


def test_h5p_origin_check_warns_of_a_csrf_wildcard_that_trusts_the_h5p_host(settings):
    from courses.h5p.checks import h5p_origin_check

    settings.H5P_ORIGIN = "https://h5p.lms.example.kz"
    settings.PLATFORM_ORIGINS = ["https://lms.example.kz"]
    settings.CSRF_TRUSTED_ORIGINS = ["https://*.example.kz"]
    assert [message.id for message in h5p_origin_check(None)] == ["courses.W003"]
    settings.CSRF_TRUSTED_ORIGINS = ["https://lms.example.kz"]
    assert h5p_origin_check(None) == []


def test_h5p_origin_check_refuses_a_value_that_is_not_an_origin(settings):
    from courses.h5p.checks import h5p_origin_check

    settings.H5P_ORIGIN = "h5p.example.kz"
    assert [message.id for message in h5p_origin_check(None)] == ["courses.E001"]


def test_production_cookies_cannot_be_set_from_another_host_name():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME)",
        SECRET_KEY=PRODUCTION_KEY,
    )
    assert result.stdout.strip().splitlines()[-1] == "__Host-sessionid __Host-csrftoken"
