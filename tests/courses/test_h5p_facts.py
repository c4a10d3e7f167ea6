"""What the platform learns of a checked package's content type: whether it reports a result and
how much the player downloads. Scripts are found by the names the checker found them by, and a
script of the main library that cannot be read counts as one that reports a result (fail closed:
otherwise a learner could complete a scored activity by only opening it)."""

import io
import json

import pytest
from django.core.files.storage import FileSystemStorage

from courses.h5p import facts
from courses.h5p.validation import package_inspect
from tests.h5p_builders import MAIN, files_of, hub_like_package, placeholder_js, rezip

MAIN_FOLDER = f"{MAIN[0]}-{MAIN[1]}.{MAIN[2]}"
SCRIPT = "scripts/builder.quiz.js"
# Every way of writing the main script's path that the checker accepts (core's SCRIPT_PATH pattern).
PATH_STYLES = [
    SCRIPT,
    "/" + SCRIPT,
    SCRIPT.replace("/", "\\"),
    "\\" + SCRIPT.replace("/", "\\"),
    "/scripts\\builder.quiz.js",
]


def with_main_script(path=SCRIPT, script=None):
    """The hub-like package files with the main library's script listed as `path` (and its bytes changed)."""
    files = files_of(hub_like_package())
    manifest = json.loads(files[f"{MAIN_FOLDER}/library.json"])
    manifest["preloadedJs"] = [{"path": path}]
    files[f"{MAIN_FOLDER}/library.json"] = json.dumps(manifest).encode()
    if script is not None:
        files[f"{MAIN_FOLDER}/{SCRIPT}"] = script
    return files


@pytest.mark.parametrize("path", PATH_STYLES)
@pytest.mark.parametrize("scored", [True, False])
def test_main_script_is_read_however_the_checker_accepts_its_path(path, scored):
    files = with_main_script(path, placeholder_js(MAIN[0], scored=scored))
    plain = package_inspect(io.BytesIO(rezip(with_main_script(SCRIPT, files[f"{MAIN_FOLDER}/{SCRIPT}"]))))
    info = package_inspect(io.BytesIO(rezip(files)))
    assert info.reports_results is scored
    assert info.player_bytes == plain.player_bytes  # the script is counted as downloaded
    assert info.player_bytes > len(files[f"{MAIN_FOLDER}/{SCRIPT}"])


def test_main_script_larger_than_what_is_read_counts_as_reporting_a_result(settings):
    settings.H5P_LIMITS = {"json_bytes": 8 * 1024}
    script = b"/* " + b"x" * 9000 + b" */ this.getMaxScore = function () { return 1; };\n"
    info = package_inspect(io.BytesIO(rezip(with_main_script(script=script))))
    assert info.reports_results is True


def test_a_script_that_cannot_be_read_counts_as_reporting_a_result():
    libraries = {"A-1.0": {"preloadedJs": [{"path": "a.js"}, {"path": "b.js"}]}}

    def read(name):
        if name == "A-1.0/b.js":
            raise OSError("gone")
        return b"H5P.A = function () {};"

    assert facts.reports_results(main_folder="A-1.0", libraries=libraries, read=read) is True
    assert facts.reports_results(main_folder="A-1.0", libraries=libraries, read=lambda name: None) is True
    assert facts.reports_results(main_folder="A-1.0", libraries=libraries, read=lambda name: b"") is False
    assert facts.reports_results(main_folder="A-1.0", libraries=libraries, read=lambda name: b"x();") is False


def unpacked(tmp_path, files):
    for name, data in files.items():
        path = tmp_path / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return FileSystemStorage(location=tmp_path)


@pytest.mark.parametrize("path", PATH_STYLES)
def test_stored_facts_read_scripts_by_the_checkers_names(tmp_path, path):
    files = with_main_script(path, placeholder_js(MAIN[0], scored=False))
    reports, download = facts.stored_facts(unpacked(tmp_path, files), "pkg")
    assert reports is False
    assert download == package_inspect(io.BytesIO(rezip(files))).player_bytes


def test_stored_facts_fail_closed_and_survive_a_broken_library_json(tmp_path):
    files = with_main_script(script=placeholder_js(MAIN[0], scored=False))
    files["Drop-1.0/library.json"] = b"{not json"
    storage = unpacked(tmp_path, files)
    assert facts.stored_facts(storage, "pkg")[0] is False
    (tmp_path / "pkg" / MAIN_FOLDER / SCRIPT).unlink()
    assert facts.stored_facts(storage, "pkg")[0] is True
    (tmp_path / "pkg" / MAIN_FOLDER / "library.json").write_bytes(b"[")
    assert facts.stored_facts(storage, "pkg")[0] is True
    (tmp_path / "pkg" / "h5p.json").write_bytes(b"[]")
    with pytest.raises(ValueError):  # the migration keeps the defaults of such a package
        facts.stored_facts(storage, "pkg")
