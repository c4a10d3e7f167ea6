"""The fields of h5p.json and library.json, and the names of library folders, as H5P checks them.

The rules follow H5P core's H5PValidator (h5p-php-library: $h5pRequired, $h5pOptional,
$libraryRequired, $libraryOptional, isValidH5pData) and Lumi's PackageValidator with its JSON
schemas. Where the two differ, what either accepts is accepted unless the platform's player could
not play it:
- versions and 0/1 flags may be numbers or strings of digits (core takes both, Lumi numbers);
- lists of authors or changes may be empty, and metadataSettings may give one of its two flags
  (Lumi; core asks for both);
- h5p.json's embedTypes may be left out (both require it; the player never reads it);
- texts must be strings (Lumi; core also takes a number, which the platform cannot use as a title);
- a library folder must be named <machineName>-<major>.<minor> exactly. Core and Lumi also accept
  a folder named <machineName> alone, but h5p-standalone decides for the whole package, from its
  first dependency, whether folder names carry versions, and the platform's own records name
  folders with them; every export from h5p.org, Lumi and Moodle does. The case of the letters must
  match too (core and Lumi compare exactly, and the player asks for the exact name).
"""

import json
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.h5p.rules import PLAYER_CORE_API

# H5P core's patterns. "\w" in PHP without the u flag is ASCII, so the classes are spelled out.
MACHINE_NAME = re.compile(r"[A-Za-z0-9_.-]{1,255}")
MAIN_LIBRARY = re.compile(r"[$A-Za-z_][0-9A-Za-z_.$]{1,254}")
VERSION = re.compile(r"[0-9]{1,5}")
LINE_255 = re.compile(r"[^\n]{1,255}")
LINE = re.compile(r"[^\n]+")
TEXT_5000 = re.compile(r".{1,5000}", re.S)
TEXT_0_255 = re.compile(r".{0,255}", re.S)
LANGUAGE = re.compile(r"[-a-zA-Z]{1,10}")
ROLE = re.compile(r"\w+", re.A)
URL = re.compile(r"https?://.+")
YEAR = re.compile(r"[0-9]{1,4}")
SIZE = re.compile(r"[0-9]{1,4}")
FLAG = re.compile(r"[01]")
CHANGE_DATE = re.compile(r"[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{1,2}:[0-9]{2}:[0-9]{2}")
# Core writes ^((\\|\/)?[a-z_\-\s0-9\.]+)+\.js$/i; this is the same language without the nested
# quantifier, which backtracks exponentially on a long name that does not match.
SCRIPT_PATH = re.compile(r"[\\/]?[A-Za-z_\-\s0-9.]+(?:[\\/][A-Za-z_\-\s0-9.]+)*\.js")
STYLE_PATH = re.compile(r"[\\/]?[A-Za-z_\-\s0-9.]+(?:[\\/][A-Za-z_\-\s0-9.]+)*\.css")
LIBRARY_JSON = re.compile(r"[^/]+/library\.json")
LANGUAGE_FILE = re.compile(r"(?:-?[a-z]+){1,7}\.json", re.I)
CONTENT_LICENCES: tuple[str, ...]  # built in two lines, to keep them short
CONTENT_LICENCES = ("CC BY", "CC BY-SA", "CC BY-ND", "CC BY-NC", "CC BY-NC-SA", "CC BY-NC-ND", "CC0 1.0", "GNU GPL")
CONTENT_LICENCES += ("PD", "ODC PDDL", "CC PDM", "U", "C")
LIBRARY_LICENCES: tuple[str, ...]
LIBRARY_LICENCES = ("cc-by", "cc-by-sa", "cc-by-nd", "cc-by-nc", "cc-by-nc-sa", "cc-by-nc-nd", "pd", "cr", "MIT")
LIBRARY_LICENCES += ("GPL1", "GPL2", "GPL3", "MPL", "MPL2")
LICENCE_VERSIONS = ("1.0", "2.0", "2.5", "3.0", "4.0")
EMBED_TYPES = ("iframe", "div")
SHOWN_PER_FILE = 5
VALUE_CHARS = 40


def _as_text(value, numbers):
    if isinstance(value, bool):
        return None
    if numbers and isinstance(value, int):
        return str(value)
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Pattern:
    """A value matching a pattern; `numbers` lets a whole number stand for its digits (as core does)."""

    regex: re.Pattern
    says: object  # () -> what the value should be, in the user's language
    numbers: bool = False

    def check(self, value, file, field):
        text = _as_text(value, self.numbers)
        return [] if text is not None and self.regex.fullmatch(text) else [wrong(file, field, value, self.says())]


@dataclass(frozen=True)
class Choices:
    allowed: tuple
    many: bool = False  # a list of them

    def says(self):
        choices = ", ".join(f"“{choice}”" for choice in self.allowed)
        if self.many:
            return _("a list of these words: %(choices)s") % {"choices": choices}
        return _("one of: %(choices)s") % {"choices": choices}

    def check(self, value, file, field):
        values = value if self.many and isinstance(value, list) else [value]
        ok = (isinstance(value, list) or not self.many) and all(
            isinstance(item, str) and item in self.allowed for item in values
        )
        return [] if ok else [wrong(file, field, value, self.says())]


@dataclass(frozen=True)
class Entries:
    """A list of objects with these fields (or, with `single`, one such object)."""

    fields: dict
    required: tuple
    says: object
    single: bool = False

    def check(self, value, file, field):
        if self.single:
            if not isinstance(value, dict):
                return [wrong(file, field, value, self.says())]
            return check_fields(value, self.fields, self.required, file, f"{field}.")
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            return [wrong(file, field, value, self.says())]
        problems = []
        for number, item in enumerate(value, 1):
            problems += check_fields(item, self.fields, self.required, file, f"{field}[{number}].")
        return problems


def wrong(file, field, value, says):
    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) > VALUE_CHARS:
        shown = shown[: VALUE_CHARS - 1] + "…"
    return _("«%(file)s» has a wrong “%(field)s” (%(value)s): it should be %(rule)s.") % {
        "file": file,
        "field": field,
        "value": shown,
        "rule": says,
    }


def missing(file, field):
    return _("«%(file)s» has no “%(field)s”.") % {"file": file, "field": field}


def check_fields(data, fields, required, file, prefix=""):
    """Problems of one object: each required field present (null or blank text counts as absent,
    as PHP's isset and a stripped title do), each field present matching its rule; other fields
    are left alone, as core and Lumi leave them."""
    problems = []
    for key in required:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(missing(file, f"{prefix}{key}"))
    for key, rule in fields.items():
        value = data.get(key)
        if value is None or (key in required and isinstance(value, str) and not value.strip()):
            continue
        problems += rule.check(value, file, f"{prefix}{key}")
    return problems


def _line_255():
    return _("text of 1 to 255 characters on one line")


def _version():
    return _("a whole number from 0 to 99999")


def _flag():
    return _("0 or 1")


def _long_text():
    return _("text of 1 to 5,000 characters")


def _dependencies():
    return _("a list of libraries, each with “machineName”, “majorVersion” and “minorVersion”")


def _machine_name():
    return _("a machine name of Latin letters, digits, “_”, “-” and “.”")


TEXT_255_RULE = Pattern(LINE_255, _line_255)
LINE_RULE = Pattern(LINE, lambda: _("text on one line"))
LONG_TEXT_RULE = Pattern(TEXT_5000, _long_text)
VERSION_RULE = Pattern(VERSION, _version, numbers=True)
FLAG_RULE = Pattern(FLAG, _flag, numbers=True)
SIZE_RULE = Pattern(SIZE, lambda: _("a whole number from 0 to 9999"), numbers=True)
MACHINE_NAME_RULE = Pattern(MACHINE_NAME, _machine_name)
DEPENDENCY_FIELDS = {"machineName": MACHINE_NAME_RULE, "majorVersion": VERSION_RULE, "minorVersion": VERSION_RULE}
DEPENDENCIES_RULE = Entries(DEPENDENCY_FIELDS, tuple(DEPENDENCY_FIELDS), _dependencies)

# Core and Lumi require embedTypes too; the player never reads it, and packages made by hand (and by
# the platform's own tests) leave it out, so it is checked only where given.
H5P_REQUIRED = ("title", "language", "mainLibrary")  # and preloadedDependencies, checked first
H5P_FIELDS = {
    "title": TEXT_255_RULE,
    "language": Pattern(LANGUAGE, lambda: _("a language code of up to 10 Latin letters and hyphens, such as “kk”")),
    "preloadedDependencies": DEPENDENCIES_RULE,
    "mainLibrary": Pattern(
        MAIN_LIBRARY, lambda: _("a machine name of Latin letters, digits, “_”, “.” and “$” that starts with a letter")
    ),
    "embedTypes": Choices(EMBED_TYPES, many=True),
    "contentType": TEXT_255_RULE,
    "dynamicDependencies": DEPENDENCIES_RULE,
    "author": TEXT_255_RULE,
    "authors": Entries(
        {"name": TEXT_255_RULE, "role": Pattern(ROLE, lambda: _("one word of Latin letters and digits"))},
        ("name", "role"),
        lambda: _("a list of authors, each with “name” and “role”"),
    ),
    "source": Pattern(URL, lambda: _("a web address that starts with http:// or https://")),
    "license": Choices(CONTENT_LICENCES),
    "licenseVersion": Choices(LICENCE_VERSIONS),
    "licenseExtras": LONG_TEXT_RULE,
    "yearsFrom": Pattern(YEAR, lambda: _("a year of up to 4 digits"), numbers=True),
    "yearsTo": Pattern(YEAR, lambda: _("a year of up to 4 digits"), numbers=True),
    "changes": Entries(
        {
            "date": Pattern(CHANGE_DATE, lambda: _("a date written as DD-MM-YY HH:MM:SS")),
            "author": TEXT_255_RULE,
            "log": LONG_TEXT_RULE,
        },
        ("date", "author", "log"),
        lambda: _("a list of changes, each with “date”, “author” and “log”"),
    ),
    "authorComments": LONG_TEXT_RULE,
    "w": SIZE_RULE,
    "h": SIZE_RULE,
    "metaKeywords": LINE_RULE,
    "metaDescription": LINE_RULE,
    "a11yTitle": Pattern(TEXT_0_255, lambda: _("text of up to 255 characters")),
}

LIBRARY_REQUIRED = ("title", "machineName", "majorVersion", "minorVersion", "patchVersion", "runnable")
LIBRARY_FIELDS = {
    "title": TEXT_255_RULE,
    "machineName": MACHINE_NAME_RULE,
    "majorVersion": VERSION_RULE,
    "minorVersion": VERSION_RULE,
    "patchVersion": VERSION_RULE,
    "runnable": FLAG_RULE,
    "author": TEXT_255_RULE,
    "license": Choices(LIBRARY_LICENCES),
    "description": LINE_RULE,
    "metadataSettings": Entries(
        {"disable": FLAG_RULE, "disableExtraTitleField": FLAG_RULE},
        (),
        lambda: _("an object with “disable” and “disableExtraTitleField”, each 0 or 1"),
        single=True,
    ),
    "preloadedDependencies": DEPENDENCIES_RULE,
    "dynamicDependencies": DEPENDENCIES_RULE,
    "editorDependencies": DEPENDENCIES_RULE,
    "preloadedJs": Entries(
        {"path": Pattern(SCRIPT_PATH, lambda: _("the path of a .js file in Latin letters, digits, “_”, “-”, “.”"))},
        ("path",),
        lambda: _("a list of scripts, each with the “path” of a .js file"),
    ),
    "preloadedCss": Entries(
        {"path": Pattern(STYLE_PATH, lambda: _("the path of a .css file in Latin letters, digits, “_”, “-”, “.”"))},
        ("path",),
        lambda: _("a list of styles, each with the “path” of a .css file"),
    ),
    "dropLibraryCss": Entries(
        {"machineName": MACHINE_NAME_RULE}, ("machineName",), lambda: _("a list of libraries, each with “machineName”")
    ),
    "w": SIZE_RULE,
    "h": SIZE_RULE,
    "embedTypes": Choices(EMBED_TYPES, many=True),
    "fullscreen": FLAG_RULE,
    "coreApi": Entries(
        {"majorVersion": VERSION_RULE, "minorVersion": VERSION_RULE},
        ("majorVersion", "minorVersion"),
        lambda: _("an object with “majorVersion” and “minorVersion”"),
        single=True,
    ),
}


def at_most(problems, file):
    """The first problems of one file, then how many more there are."""
    more = len(problems) - SHOWN_PER_FILE
    if more <= 0:
        return problems
    return problems[:SHOWN_PER_FILE] + [
        ngettext("«%(file)s» has %(count)d more problem.", "«%(file)s» has %(count)d more problems.", more)
        % {"file": file, "count": more}
    ]


def version_ref(value):
    """(machineName, major, minor) of a dependency or library.json already checked, else None."""
    if not isinstance(value, dict):
        return None
    name, major, minor = value.get("machineName"), value.get("majorVersion"), value.get("minorVersion")
    if not isinstance(name, str) or not MACHINE_NAME.fullmatch(name):
        return None
    try:
        major, minor = int(_as_text(major, True)), int(_as_text(minor, True))
    except (TypeError, ValueError):
        return None
    return (name, major, minor) if major >= 0 and minor >= 0 else None


def folder_of(ref):
    return f"{ref[0]}-{ref[1]}.{ref[2]}"


def check_h5p_json(data):
    """(the main library's reference, problems) of a parsed h5p.json."""
    if not isinstance(data, dict):
        return None, [_("«h5p.json» does not describe a package.")]
    dependencies = data.get("preloadedDependencies")
    problems = []
    if not isinstance(dependencies, list) or not dependencies:
        problems.append(_("«h5p.json» lists no “preloadedDependencies”."))
        data = {key: value for key, value in data.items() if key != "preloadedDependencies"}
    problems += check_fields(data, H5P_FIELDS, H5P_REQUIRED, "h5p.json")
    if problems:
        return None, at_most(problems, "h5p.json")
    refs = [version_ref(item) for item in dependencies]
    main = data["mainLibrary"]
    main_ref = next((ref for ref in refs if ref[0] == main), None)
    if main_ref is None:
        problems.append(_("The main library %(name)s is not among the package's dependencies.") % {"name": main})
    return main_ref, problems


def check_library_json(data, folder):
    """(reference, problems) of a parsed library.json in `folder`: its fields, the folder's name,
    the core API it needs."""
    file = f"{folder}/library.json"
    if not isinstance(data, dict):
        return None, [_("«%(folder)s/library.json» has no machine name and version.") % {"folder": folder}]
    problems = at_most(check_fields(data, LIBRARY_FIELDS, LIBRARY_REQUIRED, file), file)
    ref = version_ref(data)
    if problems or ref is None:
        return None, problems
    expected = folder_of(ref)
    if folder != expected:
        return None, [folder_problem(folder, ref)]
    api = data.get("coreApi")
    if api is not None:
        needed = (int(_as_text(api["majorVersion"], True)), int(_as_text(api["minorVersion"], True)))
        if needed > PLAYER_CORE_API:
            problems.append(
                _(
                    "The library %(library)s needs H5P core %(needed)s or newer; the platform's player has "
                    "H5P core %(current)s. Export the activity from a site with an older version of this "
                    "content type, or ask the platform's team to update the player."
                )
                % {
                    "library": expected,
                    "needed": "{}.{}".format(*needed),
                    "current": "{}.{}".format(*PLAYER_CORE_API),
                }
            )
    return ref, problems


def folder_problem(folder, ref):
    """Why a library folder's name does not fit its library.json, naming what differs."""
    expected = folder_of(ref)
    if folder == ref[0]:
        return _(
            "The library folder «%(folder)s» has no version in its name; the player needs «%(expected)s». "
            "Export the package again from Lumi or your H5P site."
        ) % {"folder": folder, "expected": expected}
    if folder.casefold() == expected.casefold():
        return _(
            "The library folder «%(folder)s» differs from «%(expected)s», the name its library.json gives, "
            "only in capital and small letters; the player needs the exact name."
        ) % {"folder": folder, "expected": expected}
    return _("The folder «%(folder)s» should be named «%(expected)s», after its library.json.") % {
        "folder": folder,
        "expected": expected,
    }


def preloaded_name(path):
    """The name inside its library's folder of a file library.json preloads: "\\" read as "/",
    as core reads it, and a leading "/" dropped. The checker requires a file of this name in the
    package, and courses/h5p/facts.py reads that file."""
    return path.replace("\\", "/").lstrip("/")


def preloaded_paths(library, kind):
    """The files a library.json preloads, as names inside its folder (see preloaded_name); entries
    without a text path are left out (a checked library.json has none)."""
    items = library.get(kind) if isinstance(library, dict) else None
    if not isinstance(items, list):
        return []
    return [
        preloaded_name(item["path"]) for item in items if isinstance(item, dict) and isinstance(item.get("path"), str)
    ]


# What the rest of the check, the facts and the player use of a library.json; the rest of a parsed
# library.json is dropped as soon as it is checked, so a package cannot keep megabytes of parsed
# JSON alive per library (a 1 MB library.json of small objects takes 25 MB parsed).
KEPT_FIELDS = ("machineName", "majorVersion", "minorVersion", "patchVersion", "runnable", "coreApi", "embedTypes")
KEPT_DEPENDENCIES = ("preloadedDependencies", "dynamicDependencies", "editorDependencies")
KEPT_FILES = ("preloadedJs", "preloadedCss")


def slim_library(data):
    """The fields of a checked library.json that are used later, each rebuilt from its parts, so no
    extra field of an entry (a list of scripts with padding beside each path) is kept either."""
    slim = {key: data[key] for key in KEPT_FIELDS if key in data and not isinstance(data[key], (dict, list))}
    api = data.get("coreApi")
    if isinstance(api, dict):
        slim["coreApi"] = {key: api.get(key) for key in ("majorVersion", "minorVersion")}
    if isinstance(data.get("embedTypes"), list):
        slim["embedTypes"] = [item for item in data["embedTypes"] if isinstance(item, str)]
    for kind in KEPT_DEPENDENCIES:
        items = data.get(kind)
        if isinstance(items, list):
            slim[kind] = [{key: item.get(key) for key in DEPENDENCY_FIELDS} for item in items if isinstance(item, dict)]
    for kind in KEPT_FILES:
        items = data.get(kind)
        if isinstance(items, list):
            slim[kind] = [{"path": item["path"]} for item in items if isinstance(item, dict) and "path" in item]
    return slim


def is_language_file_name(name):
    return LANGUAGE_FILE.fullmatch(name) is not None
