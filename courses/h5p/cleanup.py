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
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from courses.h5p.storage import HASH, ContentBusy, content_lock, content_remove
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
