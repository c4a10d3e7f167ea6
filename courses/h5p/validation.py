"""Checks an uploaded .h5p file before anything of it is stored.

Everything is read with the standard library's zipfile. The zip directory is checked first
(names, depth and length, types, sizes, compression ratios of each file and of the whole), then
the manifests: h5p.json and each library's library.json with H5P core's field rules
(courses/h5p/manifests.py); content.json, semantics.json and language files are checked as
JSON while they stream (courses/h5p/jsonscan.py). Last, every file is read through once with the
limits counted on the bytes that actually come out, so a directory that lies is caught too.
"""

import json
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.h5p import facts, manifests, zipdir
from courses.h5p.jsonscan import JsonInvalid, JsonTooDeep, scan
from courses.h5p.names import SHOWN_NAMES, path_problems
from courses.h5p.names import shown_names as _names
from courses.h5p.rules import CONTENT_EXTENSIONS, LIBRARY_EXTENSIONS, extension_of, package_limits
from lms.errors import RefusedLines

CHUNK = 64 * 1024
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError)
# The names the player asks for, exactly as written here.
H5P_JSON = "h5p.json"
CONTENT_JSON = "content/content.json"
DRIVE_LETTER = re.compile(r"^[A-Za-z]:")
READABLE_COMPRESSION = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA})


class PackageRejected(RefusedLines):
    """The file is not a package the platform can accept; `problems` says why, in plain words."""

    def __init__(self, problems: Iterable[str]) -> None:
        super().__init__(problems)
        self.problems = self.messages


class MemberTooLarge(Exception):
    pass


@dataclass
class PackageInfo:
    title: str
    language: str
    main_library: str
    members: list = field(default_factory=list)  # the zip names to extract, h5p.json last
    unpacked_bytes: int = 0
    reports_results: bool = True  # see courses/h5p/facts.py
    player_bytes: int = 0  # what the player downloads to play it


def is_skipped(name):
    """H5P core ignores files and folders whose name starts with a dot or an underscore."""
    return any(part.startswith((".", "_")) for part in name.split("/"))


def unsafe_path_reason(name):
    if "\x00" in name:
        return _("a NUL character")
    if "\\" in name:
        return _("a backslash")
    if name.startswith("/"):
        return _("an absolute path")
    if DRIVE_LETTER.match(name):
        return _("a drive letter")
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return _("a “..” that leads out of the package")
    if any(part in ("", ".") for part in parts):
        return _("an empty or “.” folder name")
    return None


def read_member(archive, info, *, limit):
    """Stream one file out of the archive, counting the bytes that come out.

    Yields chunks; raises MemberTooLarge past `limit` (zipfile itself stops at the size the directory
    declares and checks the CRC, raising BadZipFile when the data does not match), and
    zipfile's own errors on a bad checksum or broken data.
    """
    produced = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            produced += len(chunk)
            if produced > limit:
                raise MemberTooLarge
            yield chunk


def _json_problem(name, error, limit, limits):
    """The message for a JSON file that failed a check, naming the file and the limit it broke."""
    if isinstance(error, MemberTooLarge):
        return _("«%(name)s» is larger than %(size)s, the limit for this JSON file of a package.") % {
            "name": name,
            "size": filesizeformat(limit),
        }
    if isinstance(error, JsonTooDeep):
        return ngettext(
            "«%(name)s» nests objects and lists more than %(depth)d level deep.",
            "«%(name)s» nests objects and lists more than %(depth)d levels deep.",
            limits.json_depth,
        ) % {"name": name, "depth": limits.json_depth}
    if isinstance(error, JsonInvalid):
        return _("«%(name)s» is not valid JSON.") % {"name": name}
    return _("«%(name)s» is damaged in the zip file.") % {"name": name}


def _scan_json(archive, info, limits, problems, verified, *, object_only=False):
    """Check a JSON file as it streams (size, depth, syntax), never holding it whole."""
    try:
        top = scan(read_member(archive, info, limit=limits.json_bytes), max_depth=limits.json_depth)
    except (MemberTooLarge, JsonTooDeep, JsonInvalid, *ZIP_ERRORS) as error:
        problems.append(_json_problem(info.filename, error, limits.json_bytes, limits))
        return
    verified.add(info.filename)
    if object_only and top != "map":
        problems.append(_("«%(name)s» should hold a JSON object, in braces { }.") % {"name": info.filename})


def _read_manifest(archive, info, limits, problems, verified):
    """Parse a small JSON file whose fields are needed (h5p.json, library.json) after the same checks."""
    try:
        data = b"".join(read_member(archive, info, limit=limits.manifest_bytes))
        scan([data], max_depth=limits.json_depth)
        parsed = json.loads(data)
    except (MemberTooLarge, JsonTooDeep, JsonInvalid, *ZIP_ERRORS) as error:
        problems.append(_json_problem(info.filename, error, limits.manifest_bytes, limits))
        return None
    except ValueError:  # what yajl took and Python's json did not (a lone surrogate escape)
        problems.append(_("«%(name)s» is not valid JSON.") % {"name": info.filename})
        return None
    verified.add(info.filename)
    return parsed


def _archive_ratio_problem(unpacked, packed, limits):
    if unpacked > limits.archive_ratio_from_bytes and unpacked > limits.archive_ratio * max(packed, 1):
        return _(
            "Unpacked, the package would be more than %(ratio)d times the size of the file "
            "(%(unpacked)s from %(packed)s), as in a zip bomb."
        ) % {"ratio": limits.archive_ratio, "unpacked": filesizeformat(unpacked), "packed": filesizeformat(packed)}
    return None


def _total_problem(limits):
    return _("Unpacked, the package would take more than %(size)d MB.") % {"size": limits.total_bytes // (1024 * 1024)}


def check_directory(infos, limits, packed=None):
    """Names, types and sizes from the zip directory, before a byte is unpacked; `packed` is the
    size of the uploaded file, for the whole archive's compression ratio."""
    problems = []
    unsafe, symlinks, duplicates, encrypted, unreadable, bad_type, too_big, too_packed = ([] for _ in range(8))
    seen, folders = set(), set()
    total = 0
    for info in infos:
        name = info.filename
        # zipfile cuts `filename` at a NUL (and turns os.sep into "/"); the name as stored is `orig_filename`.
        reason = unsafe_path_reason(info.orig_filename)
        if reason:
            unsafe.append((info.orig_filename.replace("\x00", "\\0"), reason))
            continue
        key = name.rstrip("/").casefold()
        if key in seen:
            duplicates.append(name)
        seen.add(key)
        if stat.S_ISLNK(info.external_attr >> 16):
            symlinks.append(name)
            continue
        parts = name.rstrip("/").casefold().split("/")
        folders.update("/".join(parts[:depth]) for depth in range(1, len(parts)))
        if info.flag_bits & 0x1:
            encrypted.append(name)
        elif info.compress_type not in READABLE_COMPRESSION:
            unreadable.append(name)
        if info.is_dir() or is_skipped(name):
            continue
        allowed = CONTENT_EXTENSIONS if name.startswith("content/") or "/" not in name else LIBRARY_EXTENSIONS
        if extension_of(name) not in allowed:
            bad_type.append(name)
        total += info.file_size
        if info.file_size > limits.file_bytes:
            too_big.append(name)
        elif info.file_size > limits.ratio_from_bytes and info.file_size > limits.ratio * max(info.compress_size, 1):
            too_packed.append(name)

    for name, reason in unsafe[:SHOWN_NAMES]:
        problems.append(
            _("«%(name)s» has %(reason)s in its path; such a package is refused.") % {"name": name, "reason": reason}
        )
    if symlinks:
        problems.append(_("Symbolic links are not allowed: %(names)s.") % {"names": _names(symlinks)})
    if duplicates:
        problems.append(_("These names appear twice: %(names)s.") % {"names": _names(duplicates)})
    # A name that is a file and also a folder of another entry cannot be unpacked.
    clashes = [info.filename for info in infos if not info.is_dir() and info.filename.casefold() in folders]
    if clashes:
        problems.append(
            _("These names are used both for a file and for a folder: %(names)s.") % {"names": _names(clashes)}
        )
    if encrypted:
        problems.append(_("Encrypted files cannot be read: %(names)s.") % {"names": _names(encrypted)})
    if unreadable:
        problems.append(
            _("These files are compressed in a way that cannot be read (use ordinary zip compression): %(names)s.")
            % {"names": _names(unreadable)}
        )
    if bad_type:
        problems.append(
            _(
                "These files are of a type H5P does not allow (content may not contain scripts, styles, "
                "SVG, XML or web pages): %(names)s."
            )
            % {"names": _names(bad_type)}
        )
    if too_big:
        problems.append(
            _("These files are larger than %(size)d MB: %(names)s.")
            % {"size": limits.file_bytes // (1024 * 1024), "names": _names(too_big)}
        )
    if too_packed:
        problems.append(
            _("These files are compressed suspiciously well (more than %(ratio)d to 1), as in a zip bomb: %(names)s.")
            % {"ratio": limits.ratio, "names": _names(too_packed)}
        )
    if total > limits.total_bytes:
        problems.append(_total_problem(limits))
    ratio = _archive_ratio_problem(total, packed, limits) if packed is not None else None
    if ratio:
        problems.append(ratio)
    if not unsafe:
        problems += path_problems(infos, limits)
    return problems


def _case_problem(files, expected):
    """A name that is `expected` but for capital letters: the player asks for the exact name."""
    if expected in files:
        return None
    near = next((name for name in files if name.casefold() == expected.casefold()), None)
    if near is None:
        return None
    return _("«%(name)s» must be named «%(expected)s», in exactly these letters: the player asks for that name.") % {
        "name": near,
        "expected": expected,
    }


def check_libraries(archive, files, limits, problems, verified):
    """Every library folder: its name, library.json, the files it preloads, semantics.json and
    language files. Returns the folders found (each with its parsed library.json) and the
    dependencies they need."""
    folders = sorted({name.split("/", 1)[0] for name in files if "/" in name} - {"content"})
    found, needed = {}, []
    for folder in folders:
        if folder.casefold() == "content":
            problems.append(_case_problem({folder: None}, "content"))
            continue
        if not manifests.MACHINE_NAME.fullmatch(folder):
            problems.append(
                _(
                    "The library folder «%(folder)s» has characters H5P does not allow in a library's name "
                    "(only Latin letters, digits, “_”, “-” and “.”)."
                )
                % {"folder": folder}
            )
            continue
        info = files.get(f"{folder}/library.json")
        if info is None:
            problems.append(
                _case_problem(files, f"{folder}/library.json")
                or _("The library folder «%(folder)s» has no library.json.") % {"folder": folder}
            )
            continue
        library = _read_manifest(archive, info, limits, problems, verified)
        if library is None:
            continue
        ref, library_problems = manifests.check_library_json(library, folder)
        problems += library_problems
        if ref is None:
            continue
        library = found[folder] = manifests.slim_library(library)  # the rest is dropped now
        for kind in ("preloadedJs", "preloadedCss"):
            for path in manifests.preloaded_paths(library, kind):
                if f"{folder}/{path}" not in files:
                    problems.append(
                        _("The library %(folder)s names a file it does not contain: %(path)s.")
                        % {"folder": folder, "path": path}
                    )
        semantics = files.get(f"{folder}/semantics.json")
        if semantics is not None:
            _scan_json(archive, semantics, limits, problems, verified)
        for name in sorted(files):
            if name.startswith(f"{folder}/language/"):
                if not manifests.is_language_file_name(name.rsplit("/", 1)[1]):
                    problems.append(
                        _(
                            "The language file «%(name)s» is not named after a language code, "
                            "such as «kk.json» or «ru.json»."
                        )
                        % {"name": name}
                    )
                else:
                    _scan_json(archive, files[name], limits, problems, verified, object_only=True)
        for kind in ("preloadedDependencies", "dynamicDependencies"):
            needed += [(folder, manifests.version_ref(item)) for item in library.get(kind) or []]
    return found, needed


def package_inspect(upload):
    """Check an uploaded .h5p file (any seekable binary file) against every rule of a safe package.

    Returns what the platform keeps of it; raises PackageRejected listing every problem found.
    Nothing is written anywhere.
    """
    limits = package_limits()
    upload.seek(0, 2)
    size = upload.tell()
    upload.seek(0)
    if size > limits.package_bytes:
        raise PackageRejected(
            [_("The file is larger than %(size)d MB.") % {"size": limits.package_bytes // (1024 * 1024)}]
        )
    _check_entry_count(upload, limits)
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise PackageRejected([_("This file is not an H5P package: it is not a zip archive.")]) from None
    with archive:
        infos = archive.infolist()
        # Again on the directory zipfile built: a zip64 record another zipfile version reads
        # differently must not carry more entries past the end-record check.
        _refuse_too_many(len(infos), limits)
        problems = check_directory(infos, limits, packed=size)
        if problems:
            raise PackageRejected(problems)

        files = {info.filename: info for info in infos if not info.is_dir() and not is_skipped(info.filename)}
        verified = set()  # files already read to their end, checksum and all
        if H5P_JSON not in files:
            raise PackageRejected(
                [_case_problem(files, H5P_JSON) or _("This is not an H5P package: it has no h5p.json.")]
            )
        _check_manifests_size(files, limits)
        h5p = _read_manifest(archive, files[H5P_JSON], limits, problems, verified)
        main_ref, h5p_problems = manifests.check_h5p_json(h5p) if h5p is not None else (None, [])
        problems += h5p_problems
        if CONTENT_JSON not in files:
            problems.append(_case_problem(files, CONTENT_JSON) or _("The package has no content/content.json."))
        else:
            _scan_json(archive, files[CONTENT_JSON], limits, problems, verified, object_only=True)

        before = len(problems)
        found, needed = check_libraries(archive, files, limits, problems, verified)
        libraries_checked = len(problems) == before  # a broken library is not also reported as missing
        if not found and not problems:
            raise PackageRejected(
                [
                    _(
                        "This package was exported without its libraries. Export it again with the "
                        "libraries included (in Lumi or on your H5P site, choose to download with libraries)."
                    )
                ]
            )
        if main_ref is not None:
            needed = [(H5P_JSON, manifests.version_ref(item)) for item in h5p["preloadedDependencies"]] + needed
        missing = sorted(
            {manifests.folder_of(ref) for _owner, ref in needed if ref and manifests.folder_of(ref) not in found}
        )
        if missing and found and libraries_checked:
            problems.append(
                _("The package lacks libraries it needs: %(names)s. Export it again with all libraries.")
                % {"names": _names(missing)}
            )
        if problems:
            raise PackageRejected(problems)

        unpacked = _stream_through(archive, files, limits, verified, packed=size)
        main_folder = manifests.folder_of(main_ref)

        def read(name):  # raises for a file that is missing or too large; facts counts it as scored
            return b"".join(read_member(archive, files[name], limit=limits.json_bytes))

        reports = facts.reports_results(main_folder=main_folder, libraries=found, read=read)
        sizes = {name: info.file_size for name, info in files.items()}
        download = facts.player_bytes(h5p_json=h5p, libraries=found, sizes=sizes)
    members = sorted(files, key=lambda name: (name == H5P_JSON, name))
    return PackageInfo(
        title=h5p["title"].strip()[:200],
        language=h5p["language"].strip()[:10],
        main_library=f"{main_ref[0]} {main_ref[1]}.{main_ref[2]}",
        members=members,
        unpacked_bytes=unpacked,
        reports_results=reports,
        player_bytes=download,
    )


def _check_entry_count(upload, limits):
    """Refuse a zip directory of more than `limits.files` entries before zipfile builds it."""
    try:
        count = zipdir.entry_count(upload, at_most=limits.files)
    except zipdir.DirectoryDamaged:
        raise PackageRejected([_("This file is not an H5P package: it is not a zip archive.")]) from None
    _refuse_too_many(count, limits)


def _refuse_too_many(count, limits):
    if count > limits.files:
        raise PackageRejected(
            [
                _("The package holds %(count)d files; at most %(limit)d are allowed.")
                % {"count": count, "limit": limits.files}
            ]
        )


def _check_manifests_size(files, limits):
    """h5p.json and the library.json files are parsed whole, so together they have a limit too
    (zipfile never gives more of a file than the directory declares)."""
    manifests_named = (name for name in files if name == H5P_JSON or manifests.LIBRARY_JSON.fullmatch(name))
    total = sum(files[name].file_size for name in manifests_named)
    if total > limits.manifests_bytes:
        raise PackageRejected(
            [
                _(
                    "The package's h5p.json and library.json files together are larger than %(size)s; "
                    "real ones take a few kilobytes each."
                )
                % {"size": filesizeformat(limits.manifests_bytes)}
            ]
        )


def _stream_through(archive, files, limits, verified, *, packed):
    """Read every file once: no file yields more than the limit, the total stays within its
    limits, and every checksum matches, so a directory that lies about a size is caught here,
    before anything is stored. Files already read to their end while checking are counted by
    their size, which that reading confirmed."""
    total = 0
    for name, info in files.items():
        if name in verified:
            total += info.file_size
            continue
        try:
            for chunk in read_member(archive, info, limit=limits.file_bytes):
                total += len(chunk)
                if total > limits.total_bytes:
                    raise PackageRejected([_total_problem(limits)])
        except (MemberTooLarge, *ZIP_ERRORS):
            raise PackageRejected([_("«%(name)s» is damaged in the zip file.") % {"name": name}]) from None
    ratio = _archive_ratio_problem(total, packed, limits)
    if ratio:
        raise PackageRejected([ratio])
    return total
