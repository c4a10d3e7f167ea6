"""An uploaded .h5p file is checked against every rule of a safe package before anything of it is stored.

Every package here is built with zipfile from the files of a valid package of the project's own content
type; a rejected upload goes through the admin form, whose messages are read in English.
"""

import io
import json
import random
import stat
import time
import warnings
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from courses.demo.content.h5p_scenarios import content_json
from courses.h5p import validation, zipdir
from courses.h5p.packaging import scenario_package
from courses.h5p.rules import MiB
from courses.h5p.services import h5p_package_store
from courses.h5p.storage import h5p_storage, is_stored, package_hash
from courses.h5p.validation import PackageRejected, package_inspect
from courses.models import H5PPackage
from lms.models import User
from tests.h5p_samples import sample_bytes

LIBRARY = "Qorgau.ScenarioChoice-1.0"
DATE = (2026, 1, 1, 0, 0, 0)
NOT_ALLOWED = "These files are of a type H5P does not allow"


def valid_files(title="Responding well"):
    """{name: bytes} of a valid package, in the order it is zipped."""
    data = scenario_package(title=title, language="en", content=content_json("en"))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def manifest(**changes):
    """The valid package's h5p.json with keys changed; a key given as None is left out."""
    data = json.loads(valid_files()["h5p.json"])
    data.update(changes)
    return json.dumps({key: value for key, value in data.items() if value is not None}).encode()


def package(*, replace=None, remove=(), add=(), title="Responding well"):
    """A .h5p file: the valid package's files with some replaced or removed (a folder removes all it holds),
    then `add`'s (name or ZipInfo, bytes) pairs written after them, so a name may appear twice."""
    files = {**valid_files(title), **(replace or {})}
    files = {n: d for n, d in files.items() if not any(n == r or n.startswith(f"{r}/") for r in remove)}
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
        for name, data in [*files.items(), *add]:
            info = name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name, DATE)
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def noise(size, seed=0):
    """Bytes that do not compress, so only the size rules apply to them."""
    return random.Random(seed).randbytes(size)


def stored_names(folder=""):
    """Every file in the h5p storage (it lives as long as the test process, so tests compare listings)."""
    folders, files = h5p_storage().listdir(folder)
    names = {f"{folder}{name}" for name in files}
    for sub in folders:
        names |= stored_names(f"{folder}{sub}/")
    return names


def upload_form(data, user, title="x"):
    """The admin's upload form (the class Wagtail builds from H5PPackageForm), bound to a file."""
    form_class = H5PPackage.snippet_viewset.get_edit_handler().get_form_class()
    return form_class(
        data={"title": title}, files={"upload": SimpleUploadedFile("p.h5p", data)}, for_user=user, instance=H5PPackage()
    )


def refused(data, user):
    """The form's messages, in English, about a file it refuses; checks that nothing was stored."""
    before = stored_names()
    with translation.override("en"):
        form = upload_form(data, user)
        assert not form.is_valid()
        problems = list(form.errors["upload"])
    assert problems
    assert stored_names() == before
    return problems


def only(problems):
    assert len(problems) == 1, problems
    return problems[0]


@pytest.fixture
def editor():
    """The form only checks the file; an unsaved user keeps these tests off the database."""
    return User(email="editor@example.org", full_name="An Editor", language="en")


def test_valid_package_is_accepted_with_its_title_language_and_main_library():
    info = package_inspect(ContentFile(package(title="Responding well")))
    assert info.title == "Responding well"
    assert info.language == "en"
    assert info.main_library == "Qorgau.ScenarioChoice 1.0"
    assert set(info.members) == set(valid_files())
    assert info.members[-1] == "h5p.json"  # written last, so a stored h5p.json means a complete folder


def test_valid_package_passes_the_upload_form(editor):
    form = upload_form(package(title="Through the form"), editor, title="")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["title"] == "Through the form"


def test_storing_the_same_valid_package_twice_keeps_one_content_folder():
    data = package(title="Stored twice")
    content_hash = package_hash(ContentFile(data))
    before = stored_names()
    listings = []
    for title in ("First", "Second"):
        upload = ContentFile(data, name="p.h5p")
        info = package_inspect(upload)
        stored = h5p_package_store(package=H5PPackage(title=title), upload=upload, info=info, user=None)
        assert stored.content_hash == content_hash
        assert stored.main_library == "Qorgau.ScenarioChoice 1.0"
        listings.append(stored_names())
    assert listings[0] == listings[1]
    new = listings[1] - before
    assert new == {f"packages/{content_hash}.h5p"} | {f"content/{content_hash}/{name}" for name in valid_files()}
    assert is_stored(content_hash)


def test_file_that_is_not_a_zip_is_refused(editor):
    assert only(refused(b"PK but not really a zip file", editor)) == (
        "This file is not an H5P package: it is not a zip archive."
    )


def test_zip_without_h5p_json_is_refused(editor):
    assert only(refused(package(remove=["h5p.json"]), editor)) == "This is not an H5P package: it has no h5p.json."


@pytest.mark.parametrize("key", ["title", "language", "mainLibrary"])
def test_h5p_json_without_title_language_or_main_library_is_refused(editor, key):
    assert f"«h5p.json» has no “{key}”." in refused(package(replace={"h5p.json": manifest(**{key: None})}), editor)


@pytest.mark.parametrize("dependencies", [None, []], ids=["missing", "empty"])
def test_h5p_json_without_preloaded_dependencies_is_refused(editor, dependencies):
    data = package(replace={"h5p.json": manifest(preloadedDependencies=dependencies)})
    assert "«h5p.json» lists no “preloadedDependencies”." in refused(data, editor)


def test_package_exported_without_libraries_is_refused_with_advice_to_export_again(editor):
    message = only(refused(package(remove=[LIBRARY]), editor))
    assert message.startswith("This package was exported without its libraries.")
    assert "Export it again with the libraries included" in message


def test_package_missing_a_dependency_library_is_refused_and_names_it(editor):
    dependencies = [
        {"machineName": "Qorgau.ScenarioChoice", "majorVersion": 1, "minorVersion": 0},
        {"machineName": "H5P.JoubelUI", "majorVersion": 1, "minorVersion": 3},
    ]
    data = package(replace={"h5p.json": manifest(preloadedDependencies=dependencies)})
    assert only(refused(data, editor)) == (
        "The package lacks libraries it needs: «H5P.JoubelUI-1.3». Export it again with all libraries."
    )


def test_dependency_a_library_needs_must_be_in_the_package_too(editor):
    library = json.loads(valid_files()[f"{LIBRARY}/library.json"])
    library["preloadedDependencies"] = [{"machineName": "H5P.Question", "majorVersion": 1, "minorVersion": 5}]
    data = package(replace={f"{LIBRARY}/library.json": json.dumps(library).encode()})
    assert "«H5P.Question-1.5»" in only(refused(data, editor))


def test_library_folder_not_named_after_its_library_json_is_refused(editor):
    renamed = [(name.replace(LIBRARY, "Qorgau.ScenarioChoice-1.1"), data) for name, data in valid_files().items()]
    data = package(remove=[LIBRARY], add=[item for item in renamed if item[0].startswith("Qorgau.")])
    assert only(refused(data, editor)) == (
        "The folder «Qorgau.ScenarioChoice-1.1» should be named «Qorgau.ScenarioChoice-1.0», after its library.json."
    )


def test_library_json_that_is_not_valid_json_is_refused(editor):
    data = package(replace={f"{LIBRARY}/library.json": b'{"machineName": "Qorgau.ScenarioChoice",'})
    assert only(refused(data, editor)) == f"«{LIBRARY}/library.json» is not valid JSON."


def test_zip_slip_path_is_refused_and_nothing_is_stored(editor):
    assert only(refused(package(add=[("../evil.js", b"alert(1)")]), editor)) == (
        "«../evil.js» has a “..” that leads out of the package in its path; such a package is refused."
    )


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("content/../../evil.json", "a “..” that leads out of the package"),
        ("/etc/x.json", "an absolute path"),
        ("content\\x.json", "a backslash"),
        ("C:/x.json", "a drive letter"),
        ("content//x.json", "an empty or “.” folder name"),
    ],
    ids=["dot-dot-inside", "absolute", "backslash", "drive-letter", "empty-folder"],
)
def test_unsafe_path_is_refused_with_its_reason(editor, name, reason):
    message = only(refused(package(add=[(name, b"{}")]), editor))
    assert message == f"«{name}» has {reason} in its path; such a package is refused."


def test_name_with_a_nul_character_is_refused(editor):
    # zipfile cannot write a NUL into a name, so the bytes of a same-length name are swapped in both headers.
    data = package(add=[("content/x.json_.php", b"{}")])
    assert data.count(b"content/x.json_.php") == 2
    data = data.replace(b"content/x.json_.php", b"content/x.json\x00.php")
    assert only(refused(data, editor)) == (
        "«content/x.json\\0.php» has a NUL character in its path; such a package is refused."
    )


def test_symbolic_link_is_refused(editor):
    link = zipfile.ZipInfo("content/link.json", DATE)
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    assert only(refused(package(add=[(link, b"/etc/passwd")]), editor)) == (
        "Symbolic links are not allowed: «content/link.json»."
    )


def test_name_that_appears_twice_is_refused(editor):
    data = package(add=[("content/content.json", b"{}")])
    assert only(refused(data, editor)) == "These names appear twice: «content/content.json»."


def test_script_in_content_is_refused(editor):
    message = only(refused(package(add=[("content/run.js", b"alert(1)")]), editor))
    assert message.startswith(NOT_ALLOWED)
    assert message.endswith(": «content/run.js».")


@pytest.mark.parametrize(
    "name", ["index.html", "content/page.html", "content/images/x.php", f"{LIBRARY}/x.php", f"{LIBRARY}/a/b.html"]
)
def test_web_page_or_php_is_refused_wherever_it_is(editor, name):
    message = only(refused(package(add=[(name, b"<?php echo 1; ?>")]), editor))
    assert message.startswith(NOT_ALLOWED)
    assert f"«{name}»" in message


def test_svg_is_refused_in_content(editor):
    message = only(refused(package(add=[("content/images/x.svg", b"<svg/>")]), editor))
    assert message.startswith(NOT_ALLOWED)
    assert "«content/images/x.svg»" in message


def test_svg_is_allowed_in_a_library_folder():
    info = package_inspect(ContentFile(package(add=[(f"{LIBRARY}/icon.svg", b"<svg/>")])))
    assert f"{LIBRARY}/icon.svg" in info.members


def test_ten_thousand_entries_are_refused_quickly_by_the_default_limit(editor):
    data = package(add=[(f"content/f{number}.txt", b"") for number in range(10_000)])
    started = time.monotonic()
    message = only(refused(data, editor))
    assert time.monotonic() - started < 3
    assert message == f"The package holds {len(valid_files()) + 10_000} files; at most 3000 are allowed."


def test_file_larger_than_the_per_file_limit_is_refused(editor, settings):
    settings.H5P_LIMITS = {"file_bytes": MiB}
    data = package(add=[("content/big.txt", noise(MiB + 1))])
    assert only(refused(data, editor)) == "These files are larger than 1 MB: «content/big.txt»."


def test_files_larger_together_than_the_total_limit_are_refused(editor, settings):
    settings.H5P_LIMITS = {"total_bytes": MiB}
    data = package(add=[("content/a.txt", noise(600 * 1024, seed=1)), ("content/b.txt", noise(600 * 1024, seed=2))])
    assert only(refused(data, editor)) == "Unpacked, the package would take more than 1 MB."


def test_zip_bomb_is_refused_by_its_compression_ratio(editor):
    data = package(add=[("content/zeros.txt", bytes(20 * MiB))])
    assert len(data) < 100 * 1024  # 20 MB of zeros deflate to a few kilobytes
    problems = refused(data, editor)
    assert (
        "These files are compressed suspiciously well (more than 100 to 1), as in a zip bomb: «content/zeros.txt»."
    ) in problems
    assert any(problem.startswith("Unpacked, the package would be more than 50 times") for problem in problems)


def lying_directory(data_of_member, declared):
    """A package whose zip directory says content/big.txt unpacks to `declared` bytes; its data is much larger."""
    buffer = io.BytesIO(package())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr(zipfile.ZipInfo("content/big.txt", DATE), data_of_member, compress_type=zipfile.ZIP_DEFLATED)
        archive.getinfo("content/big.txt").file_size = declared  # the directory is written from this on closing
    return buffer.getvalue()


def test_directory_that_lies_about_a_members_size_is_caught_while_streaming(editor, settings):
    settings.H5P_LIMITS = {"file_bytes": MiB}
    data = lying_directory(bytes(5 * MiB), declared=1000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # so the directory's checks all pass
        assert archive.getinfo("content/big.txt").file_size == 1000
    assert only(refused(data, editor)) == "«content/big.txt» is damaged in the zip file."


@pytest.mark.parametrize("value", [5, True, "scenario-choice.js", {"path": "scenario-choice.js"}])
def test_library_json_listing_its_scripts_wrongly_is_refused(editor, value):
    library = json.loads(valid_files()[f"{LIBRARY}/library.json"])
    library["preloadedJs"] = value
    data = package(replace={f"{LIBRARY}/library.json": json.dumps(library).encode()})
    message = only(refused(data, editor))
    assert message.startswith(f"«{LIBRARY}/library.json» has a wrong “preloadedJs” (")
    assert message.endswith("): it should be a list of scripts, each with the “path” of a .js file.")


def with_compression_method(data, name, method):
    """The zip with one entry's compression method in the central directory changed (e.g. to 6, implode)."""
    data = bytearray(data)
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = int.from_bytes(data[position + 28 : position + 30], "little")
        if data[position + 46 : position + 46 + name_length] == name.encode():
            data[position + 10 : position + 12] = method.to_bytes(2, "little")
        position = data.find(b"PK\x01\x02", position + 4)
    return bytes(data)


def test_file_compressed_with_a_method_zipfile_cannot_read_is_refused(editor):
    data = with_compression_method(package(), "h5p.json", 6)
    assert only(refused(data, editor)) == (
        "These files are compressed in a way that cannot be read (use ordinary zip compression): «h5p.json»."
    )


def test_entries_over_the_limit_are_refused_before_zipfile_reads_the_directory(editor, settings, monkeypatch):
    settings.H5P_LIMITS = {"files": 50}
    entries = 51 - len(valid_files())
    data = package(add=[(f"content/f{number}.txt", b"") for number in range(entries)])

    def no_zipfile(*args, **kwargs):
        raise AssertionError("the directory was read before its entries were counted")

    monkeypatch.setattr(validation.zipfile, "ZipFile", no_zipfile)
    with pytest.raises(PackageRejected) as caught, translation.override("en"):
        package_inspect(ContentFile(data))
    assert caught.value.problems == ["The package holds 51 files; at most 50 are allowed."]


def test_entries_up_to_the_limit_are_accepted(settings):
    settings.H5P_LIMITS = {"files": 50}
    entries = 50 - len(valid_files())
    info = package_inspect(ContentFile(package(add=[(f"content/f{number}.txt", b"") for number in range(entries)])))
    assert len(info.members) == 50


def zip_of(count, **options):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(count):
            archive.writestr(zipfile.ZipInfo(f"f{number}.txt", DATE), b"x")
        for key, value in options.items():
            setattr(archive, key, value)
    return buffer.getvalue()


def test_entry_count_is_read_from_the_end_record_past_a_comment():
    data = zip_of(7, comment=b"an archive comment, " * 150)
    assert zipdir.entry_count(io.BytesIO(data), at_most=50) == 7
    assert zipdir.entry_count(io.BytesIO(data), at_most=3) == 7  # over the limit: not walked


def test_entry_count_is_read_from_the_zip64_end_record(monkeypatch):
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 2)  # zipfile writes ZIP64 records past this
    data = bytearray(zip_of(5))
    assert b"PK\x06\x06" in data
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = b"\xff\xff\xff\xff"  # the classic record defers to the ZIP64 one
    assert zipdir.entry_count(io.BytesIO(bytes(data)), at_most=50) == 5
    assert len(zipfile.ZipFile(io.BytesIO(bytes(data))).infolist()) == 5


def test_end_record_that_understates_the_entries_is_refused(editor):
    data = bytearray(package(add=[(f"content/f{number}.txt", b"") for number in range(60)]))
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (10).to_bytes(2, "little") * 2
    with pytest.raises(zipdir.DirectoryDamaged):
        zipdir.entry_count(io.BytesIO(bytes(data)), at_most=50)
    assert only(refused(bytes(data), editor)) == "This file is not an H5P package: it is not a zip archive."


@pytest.mark.parametrize("name", ["H5P.DragText.h5p", "H5P.GreetingCard.h5p"])
def test_entry_count_of_the_real_samples_matches_zipfiles(name):
    data = sample_bytes(name)
    assert zipdir.entry_count(io.BytesIO(data), at_most=3000) == len(zipfile.ZipFile(io.BytesIO(data)).infolist())


def test_entries_are_counted_again_on_the_directory_zipfile_builds(monkeypatch, settings):
    """Should another zipfile version read a zip64 record differently from the end-record check,
    the directory it builds is still held to the limit."""
    from courses.h5p import zipdir

    settings.H5P_LIMITS = {"files": 3}
    monkeypatch.setattr(zipdir, "entry_count", lambda upload, at_most: 1)
    with pytest.raises(PackageRejected) as rejected, translation.override("en"):
        package_inspect(io.BytesIO(package()))
    assert any("at most 3 are allowed" in problem for problem in rejected.value.problems)
