"""Removing the files of H5P content no package row points at any more.

A package's files are kept once per content (folder content/<hash>/ and packages/<hash>.h5p, see
courses/h5p/storage.py) and shared by every package row with that hash. When a package is deleted,
or its file is replaced by another, the old content's files are removed after the transaction
commits, once no H5PPackage row has that hash. Lessons point at a package by its id (in their
StreamField, and in every revision), never at a hash: once the row is gone, or points at the new
hash, no lesson revision can play the old files, so nothing is lost by removing them. An attempt
keeps the hash it was played with only as a record.

The removal re-checks the rows while holding the content's lock; an upload of the same bytes
checks its files again under that lock after its own row commits, and stores them again if they
were removed in between (see `h5p_package_files_keep` in services.py).
"""

import logging
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from courses.h5p.storage import (
    HASH,
    ContentBusy,
    content_folder,
    content_lock,
    content_remove,
    folder_files,
    folder_remove,
    h5p_storage,
    local_path,
    remove_empty_folders,
)
from courses.models import H5PPackage

logger = logging.getLogger(__name__)


def content_release(content_hash):
    """Remove a content's files if no package row has its hash; returns whether they were removed."""
    if not HASH.fullmatch(content_hash or ""):
        return False
    try:
        with content_lock(content_hash):
            if H5PPackage.objects.filter(content_hash=content_hash).exists():
                return False
            content_remove(content_hash)
    except ContentBusy:
        logger.warning("H5P content %s is locked; its files are left for `manage.py h5p_orphans`", content_hash)
        return False
    return True


def content_release_after_commit(content_hash):
    """Remove a content's files once the current transaction commits (at once outside one)."""
    if content_hash:
        transaction.on_commit(partial(content_release, content_hash), robust=True)


@receiver(post_delete, sender=H5PPackage, dispatch_uid="h5p_package_files_release")
def package_deleted(sender, instance, **kwargs):
    """Any deletion (the admin's delete, a bulk delete, a queryset delete) releases the files."""
    content_release_after_commit(instance.content_hash)


# Orphans: files in the storage that no package row points at (see `manage.py h5p_orphans`).

UNUSED = "unused content folder"
HALF_WRITTEN = "half-written content folder (no h5p.json)"
UNUSED_ORIGINAL = "unused original .h5p file"
STRAY = "stray file or folder"


@dataclass
class Orphan:
    name: str  # in the storage; a folder ends with "/"
    kind: str
    size: int
    modified: datetime | None
    content_hash: str = ""
    has_row: bool = False  # a half-written folder whose hash a package row has: that package cannot play


def _modified(storage, name):
    try:
        return storage.get_modified_time(name)
    except (OSError, NotImplementedError, AttributeError, KeyError):
        return None


def _listdir(storage, name):
    try:
        return storage.listdir(name)
    except (FileNotFoundError, NotADirectoryError):
        return [], []


def _folder_entry(storage, folder):
    """(size, newest modification) of everything in a folder; None if a non-local storage holds nothing."""
    size, times = 0, []
    files = list(folder_files(storage, folder))
    for name in files:
        size += storage.size(name)
        times.append(_modified(storage, name))
    if local_path(storage, folder) is not None:
        times.append(_modified(storage, folder))
    elif not files:
        return None  # an object storage has no empty folders
    times = [moment for moment in times if moment is not None]
    return size, max(times, default=None)


def orphans_find():
    """Every orphan in the h5p storage, oldest rules first: unused and half-written content folders,
    unused original files, and anything else under content/ or packages/."""
    storage = h5p_storage()
    rows = set(H5PPackage.objects.values_list("content_hash", flat=True))
    files_of_rows = set(H5PPackage.objects.values_list("package_file", flat=True))
    found = []
    folders, files = _listdir(storage, "content")
    for name in sorted(folders):
        folder = f"content/{name}"
        entry = _folder_entry(storage, folder)
        if entry is None:
            continue
        size, modified = entry
        if not HASH.fullmatch(name):
            found.append(Orphan(f"{folder}/", STRAY, size, modified))
        elif not storage.exists(f"{folder}/h5p.json"):
            found.append(Orphan(f"{folder}/", HALF_WRITTEN, size, modified, name, has_row=name in rows))
        elif name not in rows:
            found.append(Orphan(f"{folder}/", UNUSED, size, modified, name))
    for path in sorted(f"content/{name}" for name in files):
        found.append(Orphan(path, STRAY, storage.size(path), _modified(storage, path)))
    folders, files = _listdir(storage, "packages")
    for name in sorted(folders):
        entry = _folder_entry(storage, f"packages/{name}")
        if entry is not None:
            found.append(Orphan(f"packages/{name}/", STRAY, *entry))
    for name in sorted(files):
        path = f"packages/{name}"
        if path in files_of_rows:
            continue
        content_hash = name.removesuffix(".h5p")
        if HASH.fullmatch(content_hash) and content_hash in rows:
            continue
        if not HASH.fullmatch(content_hash):
            kind, content_hash = STRAY, ""
        else:
            kind = UNUSED_ORIGINAL
        found.append(Orphan(path, kind, storage.size(path), _modified(storage, path), content_hash))
    return found


def orphan_remove(orphan):
    """Remove one orphan, checking again under its content's lock that it still is one.

    Returns "" when removed, or why it was left.
    """
    storage = h5p_storage()
    if not orphan.content_hash:
        if orphan.name.endswith("/"):
            folder_remove(storage, orphan.name.rstrip("/"))
            remove_empty_folders(storage, orphan.name.rstrip("/"))
        else:
            storage.delete(orphan.name)
        return ""
    try:
        with content_lock(orphan.content_hash, wait=5):
            if orphan.kind == HALF_WRITTEN:
                if storage.exists(f"{content_folder(orphan.content_hash)}/h5p.json"):
                    return "it was completed meanwhile"
            elif H5PPackage.objects.filter(content_hash=orphan.content_hash).exists():
                return "a package row points at it now"
            if orphan.name.endswith("/"):
                folder_remove(storage, content_folder(orphan.content_hash))
            else:
                storage.delete(orphan.name)
    except ContentBusy:
        return "an upload or a removal of the same content is under way"
    return ""
