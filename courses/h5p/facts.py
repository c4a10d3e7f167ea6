"""What the platform needs to know of a checked package beyond its name: whether its content type
reports a result, and how much the player downloads to play it.

Both are read from the files, never run: a content type reports a result when its main library's
scripts implement H5P's question contract (a maximum score) or send a scored, completed or
answered xAPI statement. Types that only show something (H5P.GreetingCard, H5P.Accordion) do not,
and a lesson must not wait for a result they will never send.
"""

import json
import re

from courses.h5p import manifests

# Markers of H5P's question contract and of result statements, as content types write them.
RESULT_MARKERS = re.compile(
    rb"getMaxScore|triggerXAPIScored|triggerXAPICompleted|createXAPIEventTemplate\(\s*['\"](?:completed|answered)"
    rb"|['\"]http://adlnet\.gov/expapi/verbs/(?:completed|answered)['\"]"
)
EDITOR_PREFIX = "H5PEditor."


def library_folder(machine_name, major, minor):
    return f"{machine_name}-{major}.{minor}"


def _refs(items):
    refs = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            try:
                refs.append(library_folder(item["machineName"], int(item["majorVersion"]), int(item["minorVersion"])))
            except (KeyError, TypeError, ValueError):
                continue
    return refs


def played_libraries(h5p_json, libraries):
    """The library folders the player loads: h5p.json's preloaded dependencies and theirs, in turn.

    `libraries` maps a folder to its parsed library.json. Editor libraries are never loaded to play.
    """
    seen, queue = set(), _refs(h5p_json.get("preloadedDependencies"))
    while queue:
        folder = queue.pop()
        if folder in seen or folder not in libraries or folder.startswith(EDITOR_PREFIX):
            continue
        seen.add(folder)
        library = libraries[folder]
        queue += _refs(library.get("preloadedDependencies")) + _refs(library.get("dynamicDependencies"))
    return seen


def _preloaded_paths(folder, library, kind):
    """The files of `folder` its library.json preloads, named as the checker names them: a path
    written "/scripts/x.js" or "scripts\\x.js" is the file scripts/x.js, which the checker found."""
    return [f"{folder}/{path}" for path in manifests.preloaded_paths(library, kind)]


def player_bytes(*, h5p_json, libraries, sizes):
    """Bytes the player fetches for this package: h5p.json, the content folder and the scripts and
    styles of the libraries it loads (their images and fonts only when a style asks, so left out).

    `sizes` maps every file name in the package to its unpacked size.
    """
    total = sizes.get("h5p.json", 0)
    total += sum(size for name, size in sizes.items() if name.startswith("content/"))
    for folder in played_libraries(h5p_json, libraries):
        library = libraries[folder]
        for name in _preloaded_paths(folder, library, "preloadedJs") + _preloaded_paths(
            folder, library, "preloadedCss"
        ):
            total += sizes.get(name, 0)
    return total


def reports_results(*, main_folder, libraries, read):
    """Whether the main library's scripts report a result; `read(name)` gives a file's bytes.

    Fails closed: a script that cannot be read (missing, too large, damaged: `read` raises or gives
    something other than bytes) counts as one that reports a result, so a scored type is never
    taken for one a learner completes by only opening it.
    """
    library = libraries.get(main_folder) or {}
    for name in _preloaded_paths(main_folder, library, "preloadedJs"):
        try:
            data = read(name)
        except Exception:  # whatever the reason, the script is unknown
            return True
        if not isinstance(data, bytes) or RESULT_MARKERS.search(data):
            return True
    return False


def _walk(storage, folder):
    """Every file under a folder of a storage, as (name relative to the folder, size)."""
    pending = [""]
    while pending:
        prefix = pending.pop()
        folders, files = storage.listdir(f"{folder}/{prefix}".rstrip("/"))
        pending += [f"{prefix}{name}/" for name in folders]
        for name in files:
            yield f"{prefix}{name}", storage.size(f"{folder}/{prefix}{name}")


def stored_facts(storage, folder):
    """(reports_results, player_bytes) of a package already unpacked into `folder` of `storage`.

    Raises what reading h5p.json raises (the caller keeps its defaults then); a library.json that
    cannot be read or parsed is left out, and an unreadable script of the main library counts as
    reporting a result.
    """

    def read(name):
        with storage.open(f"{folder}/{name}") as handle:
            return handle.read()

    sizes = dict(_walk(storage, folder))
    h5p_json = json.loads(read("h5p.json"))
    if not isinstance(h5p_json, dict) or not isinstance(h5p_json.get("preloadedDependencies"), list):
        raise ValueError("h5p.json does not describe a package")
    libraries = {}
    for name in sizes:
        if name.count("/") == 1 and name.endswith("/library.json"):
            try:
                libraries[name.split("/", 1)[0]] = manifests.slim_library(json.loads(read(name)))
            except Exception:  # one broken file must not stop the others
                continue
    main = ""
    for item in h5p_json["preloadedDependencies"]:
        if isinstance(item, dict) and item.get("machineName") == h5p_json.get("mainLibrary"):
            main = next(iter(_refs([item])), "")
            break
    if main not in libraries:
        return True, player_bytes(h5p_json=h5p_json, libraries=libraries, sizes=sizes)
    return (
        reports_results(main_folder=main, libraries=libraries, read=read),
        player_bytes(h5p_json=h5p_json, libraries=libraries, sizes=sizes),
    )
