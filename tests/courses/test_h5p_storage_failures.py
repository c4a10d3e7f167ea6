"""Storing an H5P package is all or nothing: whatever fails while it is unpacked, no file is left
behind, no row is made, and the editor reads a form error (never a server error)."""

import errno
import io
import os
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from courses.demo.content.h5p_scenarios import content_json
from courses.h5p.packaging import scenario_package, zip_bytes
from courses.h5p.rules import package_limits
from courses.h5p.storage import PackageNotStored, is_stored, package_extract, package_hash
from courses.h5p.validation import PackageInfo, PackageRejected, package_inspect
from courses.models import H5PPackage
from lms import roles
from tests.factories import UserFactory, build_h5p_package

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("storage_on_disk")]

ADD_URL = "wagtailsnippets_courses_h5ppackage:add"


@pytest.fixture
def editor():
    return UserFactory(roles=[roles.CONTENT_EDITORS], language="en")


def left_on_disk(root):
    """Every file and folder under the storage's folder, except the empty top folders the storage shares."""
    left = []
    for path, folders, files in os.walk(root):
        relative = os.path.relpath(path, root)
        left += [os.path.join(relative, name) for name in files]
        if relative not in (".", "content", "packages") and not folders and not files:
            left.append(relative + "/")
    return left


def scenario(title="Stored or not"):
    return scenario_package(title=title, language="en", content=content_json("en"))


def crafted(files):
    """A package of these (name, bytes) and the PackageInfo the checker would give it (h5p.json last),
    made by hand so that the checker's own limits are bypassed."""
    data = zip_bytes(files)
    names = sorted((name for name, _data in files), key=lambda name: (name == "h5p.json", name))
    info = PackageInfo(title="Crafted", language="en", main_library="Qorgau.ScenarioChoice 1.0", members=names)
    return ContentFile(data, name="crafted.h5p"), info


def valid_files():
    with zipfile.ZipFile(io.BytesIO(scenario())) as archive:
        return [(name, archive.read(name)) for name in archive.namelist()]


def extract(upload, info):
    return package_extract(upload=upload, info=info, content_hash=package_hash(upload), limits=package_limits())


@pytest.fixture
def failing_save(monkeypatch):
    """Make the storage fail on its Nth save (counting from 1), as a full disk or a broken bucket would."""

    def fail_on(number, error=None):
        calls = {"count": 0}
        original = FileSystemStorage._save

        def save(storage, name, content):
            calls["count"] += 1
            if calls["count"] == number:
                # Half a file is written first, as when a disk fills up.
                path = storage.path(name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as handle:
                    handle.write(b"half")
                raise error or OSError(errno.ENOSPC, "No space left on device")
            return original(storage, name, content)

        monkeypatch.setattr(FileSystemStorage, "_save", save)
        return calls

    return fail_on


@pytest.mark.parametrize("number", [1, 2, 3, 6])
def test_a_storage_failing_on_any_save_leaves_nothing(storage_on_disk, failing_save, number):
    upload = ContentFile(scenario(), name="p.h5p")
    info = package_inspect(upload)
    assert len(info.members) + 1 >= 6
    failing_save(number)
    with pytest.raises(PackageNotStored):
        extract(upload, info)
    assert left_on_disk(storage_on_disk) == []
    assert not is_stored(package_hash(upload))


def test_a_file_name_too_long_for_the_file_system_leaves_nothing(storage_on_disk):
    upload, info = crafted([*valid_files(), (f"content/{'a' * 300}.json", b"{}")])
    with translation.override("en"), pytest.raises(PackageNotStored) as failed:
        extract(upload, info)
    assert "too long to be stored" in failed.value.problems[0]
    assert left_on_disk(storage_on_disk) == []


def test_a_path_too_deep_for_the_file_system_leaves_no_empty_folders(storage_on_disk):
    deep = "content/" + "d/" * 2000 + "x.json"
    upload, info = crafted([*valid_files(), (deep, b"{}")])
    with translation.override("en"), pytest.raises(PackageNotStored) as failed:
        extract(upload, info)
    assert "too long to be stored" in failed.value.problems[0]
    assert left_on_disk(storage_on_disk) == []


def test_a_member_damaged_after_the_check_leaves_nothing(storage_on_disk):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in [*valid_files(), ("content/note.txt", b"A" * 1000)]:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data)  # stored, not deflated
    data = buffer.getvalue().replace(b"A" * 1000, b"B" * 1000)  # the checksum no longer matches
    _upload, info = crafted([*valid_files(), ("content/note.txt", b"")])
    upload = ContentFile(data, name="damaged.h5p")
    with translation.override("en"), pytest.raises(PackageRejected) as rejected:
        extract(upload, info)
    assert rejected.value.problems == ["«content/note.txt» is damaged in the zip file."]
    assert left_on_disk(storage_on_disk) == []


def test_a_failure_never_removes_the_files_of_the_same_content_stored_before(storage_on_disk, failing_save):
    package = build_h5p_package()
    before = sorted(left_on_disk(storage_on_disk))
    upload = ContentFile((storage_on_disk / "packages" / f"{package.content_hash}.h5p").read_bytes(), name="a.h5p")
    failing_save(1)
    assert extract(upload, package_inspect(upload)) is False  # nothing to write, so nothing fails
    assert sorted(left_on_disk(storage_on_disk)) == before

    # Its original file gone, storing it again fails: only that attempt's file is removed.
    os.remove(storage_on_disk / "packages" / f"{package.content_hash}.h5p")
    failing_save(1)
    with pytest.raises(PackageNotStored):
        extract(upload, package_inspect(upload))
    assert sorted(left_on_disk(storage_on_disk)) == [name for name in before if not name.startswith("packages")]
    assert is_stored(package.content_hash)


def test_admin_upload_that_cannot_be_stored_is_a_form_error_keeping_the_title(
    client, editor, storage_on_disk, failing_save
):
    client.force_login(editor)
    failing_save(3)
    with translation.override("en"):
        response = client.post(
            reverse(ADD_URL),
            {"title": "My scenario", "upload": SimpleUploadedFile("a.h5p", scenario())},
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert response.status_code == 200
    html = response.content.decode()
    assert "could not be stored on the server" in html
    assert 'value="My scenario"' in html
    assert not H5PPackage.objects.exists()
    assert left_on_disk(storage_on_disk) == []


def test_admin_upload_with_a_name_too_long_is_a_form_error(client, editor, storage_on_disk, failing_save):
    client.force_login(editor)
    failing_save(4, OSError(errno.ENAMETOOLONG, "File name too long"))
    response = client.post(
        reverse(ADD_URL),
        {"title": "", "upload": SimpleUploadedFile("a.h5p", scenario())},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "too long to be stored" in response.content.decode()
    assert not H5PPackage.objects.exists()
    assert left_on_disk(storage_on_disk) == []
