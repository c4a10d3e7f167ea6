"""Deleting or replacing an H5P package removes its files once no other package shares them, and
`manage.py h5p_orphans` finds (and with --delete removes) what no package points at."""

import os
import time

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from courses.demo.content.h5p_scenarios import content_json
from courses.h5p.packaging import scenario_package
from courses.h5p.rules import package_limits
from courses.h5p.storage import h5p_storage, is_stored, package_extract, package_hash
from courses.h5p.validation import package_inspect
from courses.models import H5PPackage
from lms import roles
from tests.factories import UserFactory, build_h5p_package

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("storage_on_disk")]

SNIPPETS = "wagtailsnippets_courses_h5ppackage"


@pytest.fixture
def editor(client):
    user = UserFactory(roles=[roles.CONTENT_EDITORS], language="en")
    client.force_login(user)
    return user


def files_of(root, content_hash):
    """What of one content is on disk: its folder and its original file."""
    return {
        "folder": (root / "content" / content_hash).exists(),
        "original": (root / "packages" / f"{content_hash}.h5p").exists(),
    }


GONE = {"folder": False, "original": False}
KEPT = {"folder": True, "original": True}


def scenario(title):
    return scenario_package(title=title, language="en", content=content_json("en"))


def test_deleting_a_package_in_the_admin_removes_its_files(
    client, editor, storage_on_disk, django_capture_on_commit_callbacks
):
    package = build_h5p_package(title="To delete")
    assert files_of(storage_on_disk, package.content_hash) == KEPT
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(f"{SNIPPETS}:delete", args=[package.pk]))
    assert response.status_code == 302
    assert not H5PPackage.objects.exists()
    assert files_of(storage_on_disk, package.content_hash) == GONE


def test_files_another_package_shares_are_kept(client, editor, storage_on_disk, django_capture_on_commit_callbacks):
    first = build_h5p_package(title="Shared")
    second = build_h5p_package(title="Shared")
    assert first.content_hash == second.content_hash
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse(f"{SNIPPETS}:delete", args=[first.pk]))
    assert files_of(storage_on_disk, second.content_hash) == KEPT
    assert is_stored(second.content_hash)


def test_bulk_delete_removes_the_files_of_every_package(
    client, editor, storage_on_disk, django_capture_on_commit_callbacks
):
    packages = [build_h5p_package(title=title) for title in ("One", "Two")]
    url = reverse("wagtail_bulk_action", args=["courses", "h5ppackage", "delete"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{url}?id={packages[0].pk}&id={packages[1].pk}")
    assert response.status_code == 302
    assert not H5PPackage.objects.exists()
    for package in packages:
        assert files_of(storage_on_disk, package.content_hash) == GONE


def test_replacing_the_file_removes_the_old_files(client, editor, storage_on_disk, django_capture_on_commit_callbacks):
    package = build_h5p_package(title="Before")
    old = package.content_hash
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse(f"{SNIPPETS}:edit", args=[package.pk]),
            {"title": "After", "upload": SimpleUploadedFile("new.h5p", scenario("After"))},
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    package.refresh_from_db()
    assert package.content_hash != old
    assert files_of(storage_on_disk, old) == GONE
    assert files_of(storage_on_disk, package.content_hash) == KEPT


def test_editing_only_the_title_keeps_the_files(client, editor, storage_on_disk, django_capture_on_commit_callbacks):
    package = build_h5p_package(title="Before")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse(f"{SNIPPETS}:edit", args=[package.pk]), {"title": "Renamed"})
    assert H5PPackage.objects.get().title == "Renamed"
    assert files_of(storage_on_disk, package.content_hash) == KEPT


def test_an_upload_saving_its_row_while_the_same_files_are_removed_stores_them_again(
    editor, storage_on_disk, django_capture_on_commit_callbacks
):
    existing = build_h5p_package(title="Same bytes")
    data = (storage_on_disk / "packages" / f"{existing.content_hash}.h5p").read_bytes()
    form_class = H5PPackage.snippet_viewset.get_edit_handler().get_form_class()
    form = form_class(
        data={"title": "Uploaded meanwhile"},
        files={"upload": SimpleUploadedFile("s.h5p", data)},
        for_user=editor,
        instance=H5PPackage(),
    )
    assert form.is_valid(), form.errors  # the files are there already: nothing written

    with django_capture_on_commit_callbacks(execute=True):
        existing.delete()  # its row goes before the upload's row exists, so the files go too
    assert files_of(storage_on_disk, existing.content_hash) == GONE

    with django_capture_on_commit_callbacks(execute=True):
        uploaded = form.save()
    assert uploaded.content_hash == existing.content_hash
    assert files_of(storage_on_disk, uploaded.content_hash) == KEPT
    assert is_stored(uploaded.content_hash)


def make_old(path, hours=2):
    moment = time.time() - hours * 3600
    for folder, _folders, files in os.walk(path) if path.is_dir() else [(path.parent, [], [path.name])]:
        for name in files:
            os.utime(os.path.join(folder, name), (moment, moment))
        if path.is_dir():
            os.utime(folder, (moment, moment))


def store_without_row(title):
    upload = ContentFile(scenario(title), name="orphan.h5p")
    package_extract(
        upload=upload, info=package_inspect(upload), content_hash=package_hash(upload), limits=package_limits()
    )
    return package_hash(upload)


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("h5p_orphans", *args, stdout=out)
    return out.getvalue()


def test_orphans_are_reported_then_deleted_and_young_ones_kept(storage_on_disk):
    kept = build_h5p_package(title="Has a row")
    unused = store_without_row("No row")
    half = "f" * 64
    storage = h5p_storage()
    storage.save(f"content/{half}/content/content.json", ContentFile(b"{}"))
    original_only = store_without_row("Only its original")
    h5p_storage().delete(f"content/{original_only}/h5p.json")
    young = store_without_row("Being uploaded")
    for path in [
        storage_on_disk / "content" / unused,
        storage_on_disk / "packages" / f"{unused}.h5p",
        storage_on_disk / "content" / half,
        storage_on_disk / "content" / original_only,
        storage_on_disk / "packages" / f"{original_only}.h5p",
    ]:
        make_old(path)

    report = run()
    assert f"content/{unused}/" in report and "unused content folder" in report
    assert f"packages/{unused}.h5p" in report and "unused original .h5p file" in report
    assert f"content/{half}/" in report and "half-written" in report
    assert f"content/{young}/" in report and "Left alone, modified in the last hour" in report
    assert kept.content_hash not in report
    assert "Run again with --delete" in report
    assert files_of(storage_on_disk, unused) == KEPT  # only a report

    report = run("--delete")
    assert "Removed 5 orphan(s)" in report
    assert files_of(storage_on_disk, unused) == GONE
    assert files_of(storage_on_disk, original_only) == GONE
    assert not (storage_on_disk / "content" / half).exists()
    assert files_of(storage_on_disk, young) == KEPT
    assert files_of(storage_on_disk, kept.content_hash) == KEPT

    report = run("--delete", "--all-ages")
    assert files_of(storage_on_disk, young) == GONE
    assert files_of(storage_on_disk, kept.content_hash) == KEPT
    assert "No orphans" in run()
