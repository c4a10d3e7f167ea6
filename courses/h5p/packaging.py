"""Builds .h5p files from the project's own content-type library and a content.json.

The demo loader uses it for its activity, and the tests for the packages they need.
"""

import io
import json
import zipfile
from pathlib import Path

LIBRARY_DIR = Path(__file__).resolve().parent / "library"
SCENARIO_LIBRARY = {"machineName": "Qorgau.ScenarioChoice", "majorVersion": 1, "minorVersion": 0}


def library_files(folder_name):
    """(name in the package, bytes) of every file of one of the project's library folders."""
    folder = LIBRARY_DIR / folder_name
    return [(f"{folder_name}/{path.name}", path.read_bytes()) for path in sorted(folder.iterdir()) if path.is_file()]


def scenario_package(*, title, language, content):
    """The bytes of a .h5p package of the project's scenario-choice content type."""
    manifest = {
        "title": title,
        "language": language,
        "mainLibrary": SCENARIO_LIBRARY["machineName"],
        "embedTypes": ["iframe"],
        "license": "U",
        "preloadedDependencies": [SCENARIO_LIBRARY],
    }
    files = [
        ("h5p.json", json.dumps(manifest, ensure_ascii=False, indent=2).encode()),
        ("content/content.json", json.dumps(content, ensure_ascii=False, indent=2).encode()),
        *library_files("Qorgau.ScenarioChoice-1.0"),
    ]
    return zip_bytes(files)


def zip_bytes(files):
    """A zip of (name, bytes) pairs; a fixed date keeps the bytes, and so the content hash, the same."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
