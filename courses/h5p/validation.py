"""Checks an uploaded .h5p file before anything of it is stored.

Everything is read with the standard library's zipfile. The zip directory is checked first
(names, types, sizes, compression ratio), then every file is read through once with the same
limits counted on the bytes that actually come out, so a directory that lies is caught too.
"""

import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.h5p import facts
from courses.h5p.rules import CONTENT_EXTENSIONS, LIBRARY_EXTENSIONS, extension_of, package_limits

CHUNK = 64 * 1024
SHOWN_NAMES = 5  # a message lists at most this many file names, then says how many more
# H5P core's rule: a machine name of letters, digits, "_", "-" and "." (FontAwesome, jQuery.ui, H5P.Column).
LIBRARY_FOLDER = re.compile(r"^(?P<name>[A-Za-z0-9_.-]{1,255})-(?P<major>\d{1,5})\.(?P<minor>\d{1,5})$")
DRIVE_LETTER = re.compile(r"^[A-Za-z]:")
READABLE_COMPRESSION = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA})


class PackageRejected(Exception):
    """The file is not a package the platform can accept; `problems` says why, in plain words."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


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


def _names(names):
    shown = ", ".join(f"«{name}»" for name in names[:SHOWN_NAMES])
    more = len(names) - SHOWN_NAMES
    if more > 0:
        shown += " " + ngettext("and %(count)d more", "and %(count)d more", more) % {"count": more}
    return shown


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


def _read_json(archive, info, limits, problems):
    try:
        data = b"".join(read_member(archive, info, limit=limits.json_bytes))
        return json.loads(data.decode("utf-8"))
    except MemberTooLarge:
        problems.append(_("«%(name)s» is too large to be a valid H5P file.") % {"name": info.filename})
    except (UnicodeDecodeError, ValueError, RecursionError):
        problems.append(_("«%(name)s» is not valid JSON.") % {"name": info.filename})
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        problems.append(_("«%(name)s» is damaged in the zip file.") % {"name": info.filename})
    return None


def _version_ref(value):
    """(machineName, major, minor) of a dependency or library description, or None if malformed."""
    if not isinstance(value, dict):
        return None
    name, major, minor = value.get("machineName"), value.get("majorVersion"), value.get("minorVersion")
    try:
        major, minor = int(major), int(minor)
    except (TypeError, ValueError):
        return None
    if not isinstance(name, str) or not name.strip() or major < 0 or minor < 0:
        return None
    return name.strip(), major, minor


def _folder(ref):
    return f"{ref[0]}-{ref[1]}.{ref[2]}"


def check_directory(infos, limits):
    """Names, types and sizes from the zip directory, before a byte is unpacked."""
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
        problems.append(
            _("Unpacked, the package would take more than %(size)d MB.") % {"size": limits.total_bytes // (1024 * 1024)}
        )
    return problems


def check_h5p_json(data):
    problems = []
    if not isinstance(data, dict):
        return None, [_("«h5p.json» does not describe a package.")]
    for key in ("title", "language", "mainLibrary"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            problems.append(_("«h5p.json» has no “%(key)s”.") % {"key": key})
    dependencies = data.get("preloadedDependencies")
    refs = [_version_ref(item) for item in dependencies] if isinstance(dependencies, list) else []
    if not isinstance(dependencies, list) or not dependencies:
        problems.append(_("«h5p.json» lists no “preloadedDependencies”."))
    elif None in refs:
        problems.append(_("«h5p.json» has a dependency without a machine name and version."))
    main = data.get("mainLibrary")
    main_ref = next((ref for ref in refs if ref and ref[0] == main), None)
    if isinstance(main, str) and main and refs and None not in refs and main_ref is None:
        problems.append(_("The main library %(name)s is not among the package's dependencies.") % {"name": main})
    return main_ref, problems


def check_libraries(archive, files, limits, problems):
    """Every library folder's library.json; returns the folders found (each with its parsed
    library.json) and the dependencies they need."""
    folders = sorted({name.split("/", 1)[0] for name in files if "/" in name} - {"content"})
    found, needed = {}, []
    for folder in folders:
        info = files.get(f"{folder}/library.json")
        if info is None:
            problems.append(_("The library folder «%(folder)s» has no library.json.") % {"folder": folder})
            continue
        library = _read_json(archive, info, limits, problems)
        ref = _version_ref(library)
        if ref is None:
            if library is not None:
                problems.append(_("«%(folder)s/library.json» has no machine name and version.") % {"folder": folder})
            continue
        if not LIBRARY_FOLDER.match(folder) or _folder(ref) != folder:
            problems.append(
                _("The folder «%(folder)s» should be named «%(expected)s», after its library.json.")
                % {"folder": folder, "expected": _folder(ref)}
            )
            continue
        found[folder] = library
        for kind in ("preloadedJs", "preloadedCss"):
            items = library.get(kind) or []
            if not isinstance(items, list):
                problems.append(
                    _("«%(folder)s/library.json» lists its “%(kind)s” wrongly.") % {"folder": folder, "kind": kind}
                )
                continue
            for item in items:
                path = item.get("path") if isinstance(item, dict) else None
                if not isinstance(path, str) or f"{folder}/{path}" not in files:
                    problems.append(
                        _("The library %(folder)s names a file it does not contain: %(path)s.")
                        % {"folder": folder, "path": path}
                    )
        for kind in ("preloadedDependencies", "dynamicDependencies"):
            items = library.get(kind) or []
            for item in items if isinstance(items, list) else []:
                needed.append((folder, _version_ref(item)))
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
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise PackageRejected([_("This file is not an H5P package: it is not a zip archive.")]) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.files:
            raise PackageRejected(
                [
                    _("The package holds %(count)d files; at most %(limit)d are allowed.")
                    % {"count": len(infos), "limit": limits.files}
                ]
            )
        problems = check_directory(infos, limits)
        if problems:
            raise PackageRejected(problems)

        files = {info.filename: info for info in infos if not info.is_dir() and not is_skipped(info.filename)}
        if "h5p.json" not in files:
            raise PackageRejected([_("This is not an H5P package: it has no h5p.json.")])
        h5p = _read_json(archive, files["h5p.json"], limits, problems)
        main_ref, h5p_problems = check_h5p_json(h5p) if h5p is not None else (None, [])
        problems += h5p_problems
        if "content/content.json" not in files:
            problems.append(_("The package has no content/content.json."))
        else:
            _read_json(archive, files["content/content.json"], limits, problems)

        found, needed = check_libraries(archive, files, limits, problems)
        if not found and not problems:
            raise PackageRejected(
                [
                    _(
                        "This package was exported without its libraries. Export it again with the "
                        "libraries included (in Lumi or on your H5P site, choose to download with libraries)."
                    )
                ]
            )
        if h5p is not None and not h5p_problems:
            needed = [("h5p.json", _version_ref(item)) for item in h5p["preloadedDependencies"]] + needed
        missing = sorted({_folder(ref) for _owner, ref in needed if ref and _folder(ref) not in found})
        if missing and found:
            problems.append(
                _("The package lacks libraries it needs: %(names)s. Export it again with all libraries.")
                % {"names": _names(missing)}
            )
        if problems:
            raise PackageRejected(problems)

        unpacked = _stream_through(archive, files, limits)
        main_folder = _folder(main_ref)

        def read(name):
            try:
                return b"".join(read_member(archive, files[name], limit=limits.json_bytes))
            except (KeyError, MemberTooLarge):
                return b""

        reports = facts.reports_results(main_folder=main_folder, libraries=found, read=read)
        sizes = {name: info.file_size for name, info in files.items()}
        download = facts.player_bytes(h5p_json=h5p, libraries=found, sizes=sizes)
    members = sorted(files, key=lambda name: (name == "h5p.json", name))
    return PackageInfo(
        title=h5p["title"].strip()[:200],
        language=h5p["language"].strip()[:10],
        main_library=f"{main_ref[0]} {main_ref[1]}.{main_ref[2]}",
        members=members,
        unpacked_bytes=unpacked,
        reports_results=reports,
        player_bytes=download,
    )


def _stream_through(archive, files, limits):
    """Read every file once: no file yields more than the limit, and every checksum matches, so a
    directory that lies about a size is caught here, before anything is stored."""
    total = 0
    for name, info in files.items():
        try:
            for chunk in read_member(archive, info, limit=limits.file_bytes):
                total += len(chunk)
        except (MemberTooLarge, zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
            raise PackageRejected([_("«%(name)s» is damaged in the zip file.") % {"name": name}]) from None
    return total
