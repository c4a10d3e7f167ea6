"""H5P packages as the hub, Lumi and Moodle export them are accepted, and what H5P core and Lumi's
validator refuse is refused, with the platform's own limits on names, depth, ratios and JSON.

Messages are read in English through the admin's upload form (helpers of test_h5p_validation).
"""

import io
import json
import random
import tracemalloc

import pytest
from django.core.files.base import ContentFile

from courses.h5p.rules import MiB
from courses.h5p.validation import package_inspect
from lms.models import User
from tests.courses.test_h5p_validation import only, refused
from tests.h5p_builders import DEEP_NAME, MAIN, files_of, hub_like_package, library_files, rezip
from tests.h5p_samples import sample_bytes

MAIN_FOLDER = f"{MAIN[0]}-{MAIN[1]}.{MAIN[2]}"


@pytest.fixture
def editor():
    return User(email="editor@example.org", full_name="An Editor", language="en")


def changed(name, change):
    """The hub-like package with one JSON file changed by `change(data)`."""
    files = files_of(hub_like_package())
    data = json.loads(files[name])
    change(data)
    files[name] = json.dumps(data).encode()
    return rezip(files)


def renamed(old, new):
    files = files_of(hub_like_package())
    return rezip({name.replace(old, new, 1) if name.startswith(old) else name: data for name, data in files.items()})


def test_drag_text_from_the_hub_is_accepted_with_its_dotless_and_editor_libraries():
    info = package_inspect(ContentFile(sample_bytes("H5P.DragText.h5p")))
    assert info.title == "Drag the Words"
    assert info.main_library == "H5P.DragText 1.8"
    assert info.reports_results is True
    assert {"FontAwesome-4.5/library.json", "H5PEditor.RangeList-1.0/library.json"} <= set(info.members)


def test_greeting_card_is_accepted_and_known_to_report_no_result():
    info = package_inspect(ContentFile(sample_bytes("H5P.GreetingCard.h5p")))
    assert info.title == "Greeting card"
    assert info.main_library == "H5P.GreetingCard 1.0"
    assert info.reports_results is False


def test_package_shaped_like_a_hub_export_is_accepted():
    info = package_inspect(ContentFile(hub_like_package()))
    assert info.title == "Recognising signs"
    assert info.language == "kk"
    assert info.main_library == "Builder.Quiz 1.4"
    assert info.reports_results is True
    deepest = max(info.members, key=lambda name: name.count("/"))
    assert deepest.count("/") == 13 and deepest.endswith(DEEP_NAME)
    assert f"{MAIN_FOLDER}/language/zh-hans.json" in info.members


def test_library_folder_without_its_version_is_refused_naming_the_version_it_needs(editor):
    assert only(refused(renamed("Drop-1.0/", "Drop/"), editor)) == (
        "The library folder «Drop» has no version in its name; the player needs «Drop-1.0». "
        "Export the package again from Lumi or your H5P site."
    )


def test_library_folder_differing_only_in_case_says_so(editor):
    assert only(refused(renamed("jQuery.ui-1.10/", "jquery.ui-1.10/"), editor)) == (
        "The library folder «jquery.ui-1.10» differs from «jQuery.ui-1.10», the name its library.json gives, "
        "only in capital and small letters; the player needs the exact name."
    )


def test_library_folder_with_characters_h5p_does_not_allow_is_refused(editor):
    message = only(refused(renamed("Tether-1.0/", "Tether 1.0/"), editor))
    assert message.startswith("The library folder «Tether 1.0» has characters H5P does not allow")


@pytest.mark.parametrize("field", ["title", "machineName", "majorVersion", "patchVersion", "runnable"])
def test_library_json_without_a_required_field_is_refused(editor, field):
    data = changed("Drop-1.0/library.json", lambda library: library.pop(field))
    assert f"«Drop-1.0/library.json» has no “{field}”." in refused(data, editor)


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("runnable", 2, "0 or 1"),
        ("runnable", True, "0 or 1"),
        ("patchVersion", "1.2", "a whole number from 0 to 99999"),
        ("license", "MIT License", "one of: “cc-by”"),
        ("fullscreen", "yes", "0 or 1"),
        ("embedTypes", ["iframe", "page"], "a list of these words: “iframe”, “div”"),
        ("metadataSettings", {"disable": 3}, "0 or 1"),
        ("preloadedCss", [{"path": "styles/drop.php"}], "the path of a .css file"),
        ("dynamicDependencies", [{"machineName": "Tether", "majorVersion": "one", "minorVersion": 0}], "a whole"),
    ],
)
def test_library_json_field_that_breaks_core_rules_is_refused_naming_file_and_field(editor, field, value, rule):
    data = changed("Drop-1.0/library.json", lambda library: library.update({field: value}))
    message = only(refused(data, editor))
    assert message.startswith("«Drop-1.0/library.json» has ")
    assert f"“{field}" in message
    if rule:
        assert rule in message


def test_library_needing_a_newer_h5p_core_than_the_player_is_refused_naming_both(editor):
    data = changed(
        f"{MAIN_FOLDER}/library.json", lambda library: library.update(coreApi={"majorVersion": 1, "minorVersion": 29})
    )
    assert only(refused(data, editor)) == (
        f"The library {MAIN_FOLDER} needs H5P core 1.29 or newer; the platform's player has H5P core 1.28. "
        "Export the activity from a site with an older version of this content type, or ask the platform's "
        "team to update the player."
    )


def test_library_needing_the_players_own_core_version_is_accepted():
    data = changed(
        f"{MAIN_FOLDER}/library.json", lambda library: library.update(coreApi={"majorVersion": 1, "minorVersion": 28})
    )
    assert package_inspect(ContentFile(data)).main_library == "Builder.Quiz 1.4"


def test_semantics_that_is_not_json_is_refused(editor):
    files = files_of(hub_like_package())
    files[f"{MAIN_FOLDER}/semantics.json"] = b'[{"name": "text",]'
    assert only(refused(rezip(files), editor)) == f"«{MAIN_FOLDER}/semantics.json» is not valid JSON."


def test_language_file_that_is_not_json_is_refused(editor):
    files = files_of(hub_like_package())
    files[f"{MAIN_FOLDER}/language/ru.json"] = b"\xef\xbb\xbf{}"  # a byte order mark, which JSON.parse refuses
    assert only(refused(rezip(files), editor)) == f"«{MAIN_FOLDER}/language/ru.json» is not valid JSON."


def test_language_file_not_named_after_a_language_is_refused(editor):
    files = files_of(hub_like_package())
    files[f"{MAIN_FOLDER}/language/pt_BR.json"] = b"{}"
    assert only(refused(rezip(files), editor)) == (
        f"The language file «{MAIN_FOLDER}/language/pt_BR.json» is not named after a language code, "
        "such as «kk.json» or «ru.json»."
    )


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("language", "kk_KZ", "a language code of up to 10 Latin letters and hyphens"),
        ("title", "x" * 256, "text of 1 to 255 characters on one line"),
        ("title", "two\nlines", "text of 1 to 255 characters on one line"),
        ("license", "CC-BY", "one of: “CC BY”"),
        ("mainLibrary", "Builder-Quiz", "a machine name of Latin letters, digits"),
        ("embedTypes", "iframe", "a list of these words"),
        ("source", "ftp://example.org", "a web address"),
        ("yearsFrom", "20266", "a year of up to 4 digits"),
    ],
)
def test_h5p_json_field_that_breaks_core_rules_is_refused(editor, field, value, rule):
    data = changed("h5p.json", lambda manifest: manifest.update({field: value}))
    message = refused(data, editor)[0]
    assert message.startswith(f"«h5p.json» has a wrong “{field}” (")
    assert rule in message


def test_h5p_json_author_without_a_role_is_refused(editor):
    data = changed("h5p.json", lambda manifest: manifest.update(authors=[{"name": "A"}]))
    assert only(refused(data, editor)) == "«h5p.json» has no “authors[1].role”."


@pytest.mark.parametrize(("old", "new"), [("h5p.json", "H5P.json"), ("content/content.json", "content/Content.json")])
def test_manifest_named_in_other_letters_is_refused_with_the_name_the_player_needs(editor, old, new):
    files = files_of(hub_like_package())
    files[new] = files.pop(old)
    assert f"«{new}» must be named «{old}», in exactly these letters: the player asks for that name." in refused(
        rezip(files), editor
    )


def test_path_longer_than_the_limit_is_refused(editor):
    name = "content/" + "/".join(["f" * 50] * 5) + ".png"
    message = only(refused(hub_like_package(extra_files=[(name, b"x")]), editor))
    assert message == f"These names are longer than 255 characters, counting their folders: «{name}»."


def test_file_deeper_than_the_limit_is_refused(editor):
    name = "content/" + "d/" * 17 + "x.png"
    assert only(refused(hub_like_package(extra_files=[(name, b"x")]), editor)) == (
        f"These files lie more than 16 folders deep: «{name}»."
    )


def test_name_longer_than_the_limit_in_bytes_is_refused_though_short_in_letters(editor):
    name = "content/" + "сурет" * 13 + ".png"  # 69 letters, 134 bytes
    assert only(refused(hub_like_package(extra_files=[(name, b"x")]), editor)) == (
        "These paths hold a file or folder name longer than 128 bytes "
        f"(a letter outside the Latin alphabet takes two): «{name}»."
    )


def test_many_files_of_one_megabyte_of_zeros_are_refused_by_the_whole_archives_ratio(editor):
    extra = [(f"content/zeros{number}.txt", bytes(MiB)) for number in range(40)]
    data = hub_like_package(extra_files=extra)
    assert len(data) < 200 * 1024
    problems = refused(data, editor)
    assert any(
        problem.startswith("These files are compressed suspiciously well (more than 100 to 1)") for problem in problems
    )
    assert any(
        problem.startswith("Unpacked, the package would be more than 50 times the size of the file (")
        for problem in problems
    )


def test_whole_archive_ratio_applies_on_its_own(editor, settings):
    settings.H5P_LIMITS = {"ratio": 10_000, "archive_ratio_from_bytes": MiB}
    data = hub_like_package(extra_files=[("content/zeros.txt", bytes(2 * MiB))])
    message = only(refused(data, editor))
    assert message.startswith("Unpacked, the package would be more than 50 times the size of the file (")
    assert message.endswith("), as in a zip bomb.")


def big_content(megabytes):
    """content.json of about this many megabytes of ordinary questions, which deflate about 30 to 1."""
    words = random.Random(megabytes).choices(["бала", "мектеп", "мұғалім", "көмек", "қауіп", "жауап", "сұрақ"], k=40)
    questions, size, number = [], 0, 0
    while size < megabytes * MiB:
        number += 1
        item = {"question": f"{number}. " + " ".join(words[number % 7 :][:12]), "answers": [str(number)], "score": 1}
        questions.append(item)
        size += len(json.dumps(item, ensure_ascii=False).encode())
    return json.dumps({"questions": questions}, ensure_ascii=False).encode()


def test_content_json_over_the_json_limit_is_refused_naming_the_limit(editor, settings):
    settings.H5P_LIMITS = {"json_bytes": MiB, "ratio": 10_000}
    files = files_of(hub_like_package())
    files["content/content.json"] = big_content(2)
    assert only(refused(rezip(files), editor)) == (
        "«content/content.json» is larger than 1.0\xa0MB, the limit for this JSON file of a package."
    )


def test_h5p_json_over_the_manifest_limit_is_refused(editor):
    data = changed("h5p.json", lambda manifest: manifest.update(authorComments="x" * 5000, padding=["x" * 100] * 700))
    assert only(refused(data, editor)) == (
        "«h5p.json» is larger than 64.0\xa0KB, the limit for this JSON file of a package."
    )


def padding(size):
    """JSON of small objects, about `size` bytes: parsed, it takes some 25 times that."""
    return [{"a": 3}] * (size // len('{"a":3},'))


def padded_libraries(count, size):
    """(name, bytes) of `count` libraries nothing depends on, each library.json padded to about `size`."""
    files = []
    for number in range(count):
        for name, data in library_files(f"Pad.Lib{number}", 1, 0):
            if name.endswith("/library.json"):
                manifest = json.loads(data)
                manifest["extra"] = padding(size)
                data = json.dumps(manifest, separators=(",", ":")).encode()
            files.append((name, data))
    return files


def test_library_json_over_the_manifest_limit_is_refused(editor):
    files = files_of(hub_like_package(extra_files=padded_libraries(1, 70 * 1024)))
    assert len(files["Pad.Lib0-1.0/library.json"]) > 64 * 1024
    assert only(refused(rezip(files), editor)) == (
        "«Pad.Lib0-1.0/library.json» is larger than 64.0\xa0KB, the limit for this JSON file of a package."
    )


def test_forty_libraries_of_padded_library_json_are_checked_without_holding_them_parsed():
    """40 library.json files of 60 KB of small objects: each is parsed and checked in turn, and only
    the fields used later are kept of it (kept whole, they took 60 MB here; at the old 1 MB limit
    of one file, 40 took 1.1 GB)."""
    data = hub_like_package(extra_files=padded_libraries(40, 60 * 1024))
    tracemalloc.start()
    try:
        info = package_inspect(io.BytesIO(data))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "Pad.Lib39-1.0/library.json" in info.members
    assert peak < 16 * MiB, peak


def test_manifests_larger_together_than_their_limit_are_refused(editor, settings):
    settings.H5P_LIMITS = {"manifests_bytes": 512 * 1024}
    data = hub_like_package(extra_files=padded_libraries(10, 60 * 1024))
    assert only(refused(data, editor)) == (
        "The package's h5p.json and library.json files together are larger than 512.0\xa0KB; "
        "real ones take a few kilobytes each."
    )


@pytest.mark.parametrize("name", ["content/content.json", f"{MAIN_FOLDER}/semantics.json", "h5p.json"])
def test_json_nested_deeper_than_the_limit_is_refused(editor, name):
    files = files_of(hub_like_package())
    files[name] = b'{"a":' * 101 + b"1" + b"}" * 101
    assert f"«{name}» nests objects and lists more than 100 levels deep." in refused(rezip(files), editor)


def test_content_json_that_is_not_an_object_is_refused(editor):
    files = files_of(hub_like_package())
    files["content/content.json"] = b"[]"
    assert only(refused(rezip(files), editor)) == "«content/content.json» should hold a JSON object, in braces { }."


def test_ten_megabyte_content_json_is_checked_without_loading_it():
    files = files_of(hub_like_package())
    files["content/content.json"] = big_content(9)
    data = rezip(files)
    assert len(data) < 3 * MiB
    tracemalloc.start()
    try:
        package_inspect(io.BytesIO(data))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The file is never held whole (parsing it whole took 8.8 s; bench/h5p.py times the check).
    assert peak < 16 * MiB, peak
