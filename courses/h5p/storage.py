"""Where packages live: one folder per package content, named by the SHA-256 of the .h5p file.

Everything goes through Django's storage API (the "h5p" storage), so S3-style storage can
replace the file system later. Nothing stored here is ever executed on the server.

Storing is all or nothing: if anything fails while a package is unpacked, every file this attempt
wrote is removed again (and, on a local file system, the empty folders it made), and the failure is
raised as PackageRejected or PackageNotStored, whose `problems` an editor can read. While one
content is written or removed, its hash is locked (see `content_lock`), so two uploads of the same
bytes, or an upload and a removal, never interleave.
"""

import errno
import hashlib
import logging
import os
import re
import secrets
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO

from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import Storage, storages
from django.utils.translation import gettext as _

from courses.h5p.rules import Limits
from courses.h5p.validation import MemberTooLarge, PackageInfo, PackageRejected, read_member
from lms.errors import RefusedLines

logger = logging.getLogger(__name__)

HASH = re.compile(r"[0-9a-f]{64}")  # use with fullmatch
SPOOL_BYTES = 8 * 1024 * 1024
LOCK_SECONDS = 30 * 60  # a lock left by a worker that died frees itself after this
LOCK_WAIT_SECONDS = 120
DAMAGED = (MemberTooLarge, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)


class PackageNotStored(RefusedLines):
    """The package passed every check but its files could not be written; nothing of them was kept."""

    def __init__(self, problems: Iterable[str]) -> None:
        super().__init__(problems)
        self.problems = self.messages


class ContentBusy(Exception):
    """Another process holds the lock of this content for longer than we wait."""


def h5p_storage() -> Storage:
    return storages["h5p"]


def package_hash(upload: IO[bytes]) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    while chunk := upload.read(1024 * 1024):
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def content_folder(content_hash: str) -> str:
    return f"content/{content_hash}"


def original_name(content_hash: str) -> str:
    return f"packages/{content_hash}.h5p"


def is_stored(content_hash: str) -> bool:
    # h5p.json is written last, so its presence means the whole folder is there.
    return h5p_storage().exists(f"{content_folder(content_hash)}/h5p.json")


def local_path(storage: Storage, name: str) -> str | None:
    """The file system path of `name`, or None for a storage without one (S3-style, in memory)."""
    try:
        return storage.path(name)
    except NotImplementedError:
        return None


@contextmanager
def content_lock(content_hash: str, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock of one content while its files are written or removed.

    The lock lives in the default cache (the database cache in production, shared by every
    worker); `cache.add` sets it only if nobody holds it. Raises ContentBusy after `wait` seconds.
    """
    key = f"h5p-content-lock:{content_hash}"
    token = secrets.token_hex(16)
    deadline = time.monotonic() + wait
    while not cache.add(key, token, LOCK_SECONDS):
        if time.monotonic() >= deadline:
            raise ContentBusy(content_hash)
        time.sleep(0.2)
    try:
        yield
    finally:
        if cache.get(key) == token:
            cache.delete(key)


def _save_exactly(storage: Storage, name: str, content: File) -> str:
    """Save under exactly this name: a leftover of an interrupted extraction is replaced, not renamed."""
    if storage.exists(name):
        storage.delete(name)
    saved = storage.save(name, content)
    if saved != name:
        storage.delete(saved)
        raise OSError(f"storage renamed {name} to {saved}")
    return saved


def _delete_quietly(storage: Storage, name: str) -> None:
    try:
        storage.delete(name)
    except Exception:  # a name the file system refuses (too long) was never written either
        if storage.exists(name):
            logger.exception("Could not remove %s from the H5P storage", name)


def remove_empty_folders(storage: Storage, folder: str) -> None:
    """On a local file system, remove the empty folders under `folder` and `folder` itself if empty."""
    root = local_path(storage, folder)
    if root is None or not os.path.isdir(root):
        return
    for path, _folders, _files in os.walk(root, topdown=False):
        try:
            os.rmdir(path)
        except OSError:
            pass  # not empty: something else lives there


def folder_files(storage: Storage, folder: str) -> Iterator[str]:
    """Every file under a folder of a storage, as names relative to the storage."""
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            folders, files = storage.listdir(current)
        except (FileNotFoundError, NotADirectoryError):
            continue
        pending += [f"{current}/{name}" for name in folders]
        yield from (f"{current}/{name}" for name in files)


def _remove_path(path: str, remove: Callable[[str], None]) -> None:
    try:
        remove(path)
    except FileNotFoundError:
        pass
    except OSError:
        logger.exception("Could not remove %s from the H5P storage", path)


def folder_remove(storage: Storage, folder: str) -> None:
    """Remove a folder of the storage with everything in it."""
    root = local_path(storage, folder)
    if root is not None:
        for path, _folders, files in os.walk(root, topdown=False):
            for name in files:
                _remove_path(os.path.join(path, name), os.remove)
            _remove_path(path, os.rmdir)
        return
    for name in list(folder_files(storage, folder)):
        _delete_quietly(storage, name)


def content_remove(content_hash: str) -> None:
    """Remove a content's unpacked folder and its original .h5p file; the caller holds its lock."""
    storage = h5p_storage()
    folder_remove(storage, content_folder(content_hash))
    _delete_quietly(storage, original_name(content_hash))


def _shown(name: str, limit: int = 80) -> str:
    return name if len(name) <= limit else f"{name[:40]}…{name[-30:]}"


def _explained(error: BaseException, name: str) -> PackageRejected | PackageNotStored:
    """The failure as something an editor can read; the technical details go to the log."""
    if isinstance(error, (PackageRejected, PackageNotStored)):
        return error
    if isinstance(error, DAMAGED):
        return PackageRejected([_("«%(name)s» is damaged in the zip file.") % {"name": _shown(name)}])
    if isinstance(error, ContentBusy):
        return PackageNotStored(
            [_("The same file is being stored by another upload right now. Try again in a minute.")]
        )
    # A path thousands of folders deep makes os.makedirs recurse past Python's limit before the
    # file system says ENAMETOOLONG.
    if isinstance(error, RecursionError) or (isinstance(error, OSError) and error.errno == errno.ENAMETOOLONG):
        return PackageNotStored(
            [
                _(
                    "«%(name)s»: the name of this file or of its folders is too long to be stored. "
                    "Shorten it and export the package again."
                )
                % {"name": _shown(name)}
            ]
        )
    logger.error("Storing an H5P package failed at %s", _shown(name), exc_info=error)
    return PackageNotStored(
        [
            _(
                "The package could not be stored on the server (at «%(name)s»), so nothing of it was kept. "
                "Try again; if it fails again, tell the platform's administrators."
            )
            % {"name": _shown(name)}
        ]
    )


def package_extract(*, upload: IO[bytes], info: PackageInfo, content_hash: str, limits: Limits) -> bool:
    """Store the original file and its unpacked folder once; a second upload of the same bytes stores nothing.

    Returns whether anything was written.

    The limits are enforced again on the bytes written. All or nothing: on any failure every file
    this call wrote is removed (files that were there before, of the same content, are left), and
    PackageRejected (a damaged file) or PackageNotStored (the storage failed) is raised.
    """
    progress = {"name": original_name(content_hash)}  # where it failed, for the editor
    try:
        with content_lock(content_hash):
            return _extract(upload=upload, info=info, content_hash=content_hash, limits=limits, progress=progress)
    except Exception as error:
        raise _explained(error, progress["name"]) from error


def _extract(
    *, upload: IO[bytes], info: PackageInfo, content_hash: str, limits: Limits, progress: dict[str, str]
) -> bool:
    storage = h5p_storage()
    folder = content_folder(content_hash)
    written = []  # the names this call wrote, or may have begun to write
    try:
        name = original_name(content_hash)
        progress["name"] = name
        if not storage.exists(name):
            written.append(name)
            upload.seek(0)
            _save_exactly(storage, name, File(upload))
        if is_stored(content_hash):
            return bool(written)
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            for member_name in info.members:
                progress["name"] = member_name
                member = archive.getinfo(member_name)
                with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as buffer:
                    for chunk in read_member(archive, member, limit=limits.file_bytes):
                        buffer.write(chunk)
                    buffer.seek(0)
                    written.append(f"{folder}/{member_name}")
                    _save_exactly(storage, written[-1], File(buffer))
        return True
    except BaseException:
        # Under the lock nobody else writes this content, so what this call wrote is no one else's.
        for name in reversed(written):
            _delete_quietly(storage, name)
        remove_empty_folders(storage, folder)
        raise
