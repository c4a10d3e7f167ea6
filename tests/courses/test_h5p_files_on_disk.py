"""Packages unpacked on a real file system, as in production: odd names give 404, never an error."""

import json

import pytest
from django.core.files.base import ContentFile

from courses.h5p.packaging import zip_bytes
from courses.h5p.storage import h5p_storage, is_stored
from courses.h5p.validation import PackageRejected, package_inspect
from tests.factories import build_h5p_package

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("storage_on_disk")]

H5P_HOST = "h5p.testserver"


def test_package_is_unpacked_into_a_folder_named_by_its_hash(storage_on_disk):
    package = build_h5p_package()
    folder = storage_on_disk / "content" / package.content_hash
    assert (folder / "h5p.json").is_file()
    assert (folder / "Qorgau.ScenarioChoice-1.0" / "scenario-choice.js").is_file()
    assert (storage_on_disk / "packages" / f"{package.content_hash}.h5p").is_file()
    assert is_stored(package.content_hash)


@pytest.mark.parametrize("name", ["h5p.json/x.js", "content/content.json/inner.json", f"{'a' * 300}.json"])
def test_odd_file_names_are_not_found(client, name):
    package = build_h5p_package()
    response = client.get(f"/content/{package.content_hash}/{name}", HTTP_HOST=H5P_HOST)
    assert response.status_code == 404


def test_a_name_used_for_a_file_and_a_folder_is_refused_before_anything_is_stored(storage_on_disk):
    from django.utils import translation

    manifest = {
        "title": "Clash",
        "language": "en",
        "mainLibrary": "Probe.Spy",
        "preloadedDependencies": [{"machineName": "Probe.Spy", "majorVersion": 1, "minorVersion": 0}],
    }
    library = {"machineName": "Probe.Spy", "majorVersion": 1, "minorVersion": 0}
    data = zip_bytes(
        [
            ("h5p.json", json.dumps(manifest).encode()),
            ("content/content.json", b"{}"),
            ("content/content.json/a.png", b"png"),
            ("Probe.Spy-1.0/library.json", json.dumps(library).encode()),
        ]
    )
    with translation.override("en"), pytest.raises(PackageRejected) as rejected:
        package_inspect(ContentFile(data))
    assert "both for a file and for a folder: «content/content.json»" in rejected.value.problems[0]
    assert not any(storage_on_disk.iterdir())


def test_files_removed_from_disk_are_stored_again_by_the_demo_loader(storage_on_disk):
    import shutil

    from courses.demo.h5p import demo_packages_load

    packages = demo_packages_load()
    content_hash = packages[("scenario-choice", "kk")].content_hash
    shutil.rmtree(storage_on_disk / "content")
    assert not is_stored(content_hash)
    again = demo_packages_load()
    assert again[("scenario-choice", "kk")].pk == packages[("scenario-choice", "kk")].pk
    assert is_stored(content_hash)
    assert h5p_storage().exists(f"content/{content_hash}/content/content.json")
