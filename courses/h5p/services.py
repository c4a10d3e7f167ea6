"""Writes of H5P: storing an uploaded package, and recording a result the player reported."""

from __future__ import annotations

import logging
from functools import partial
from typing import IO, TYPE_CHECKING, Any

from django.db import transaction

from courses.h5p.rules import package_limits
from courses.h5p.storage import original_name, package_extract, package_hash

if TYPE_CHECKING:  # courses.models imports this module through the package form
    from django.contrib.auth.models import AnonymousUser

    from courses.h5p.selectors import LessonActivity
    from courses.h5p.validation import PackageInfo
    from courses.h5p.xapi import StatementResult
    from courses.models import H5PAttempt, H5PPackage
    from lms.models import User

logger = logging.getLogger(__name__)


def h5p_package_store(
    *, package: H5PPackage, upload: IO[bytes], info: PackageInfo, user: User | AnonymousUser | None
) -> H5PPackage:
    """Unpack an inspected package into storage once per content and fill the package's fields.

    All or nothing: if the files cannot be written, nothing of them is left and PackageRejected or
    PackageNotStored (courses/h5p/storage.py) says why in the editor's language. The package is not
    saved here: the admin form saves it, so a failed save stores no row.
    """
    content_hash = package_hash(upload)
    package_extract(upload=upload, info=info, content_hash=content_hash, limits=package_limits())
    package.content_hash = content_hash
    package.package_file.name = original_name(content_hash)
    package.main_library = info.main_library
    package.language = info.language
    package.unpacked_bytes = info.unpacked_bytes
    package.reports_results = info.reports_results
    package.player_bytes = info.player_bytes
    if user is not None and user.is_authenticated:
        package.uploaded_by = user
    return package


def h5p_package_files_keep(
    *, package: H5PPackage, upload: IO[bytes], info: PackageInfo, previous_hash: str = ""
) -> None:
    """After the transaction that saved `package` commits: make sure its files are there, and release
    the files of the content it pointed at before (a replaced file).

    A deletion of another package with the same hash may have removed the files between this
    upload's check and its row's commit (the deletion saw no row yet); they are stored again then.
    """
    from courses.h5p.cleanup import content_release_after_commit

    content_hash = package.content_hash
    transaction.on_commit(partial(_files_restore, upload=upload, info=info, content_hash=content_hash), robust=True)
    if previous_hash and previous_hash != content_hash:
        content_release_after_commit(previous_hash)


def _files_restore(*, upload: IO[bytes], info: PackageInfo, content_hash: str) -> None:
    # package_extract checks under the content's lock, which a removal holds while it re-checks the rows.
    if package_extract(upload=upload, info=info, content_hash=content_hash, limits=package_limits()):
        logger.warning("Files of H5P content %s were missing after its package was saved; stored again", content_hash)


def h5p_attempt_record(
    *, user: User, activity: LessonActivity, result: StatementResult, statement: dict[str, Any]
) -> H5PAttempt:
    """Keep one attempt of a learner at an activity of a lesson; every attempt is kept.

    `activity` is what `lesson_activity` found; `result` the checked score of the statement.
    """
    from courses.models import H5PAttempt

    if activity.course_key is None:
        raise ValueError("An attempt is kept for an activity lesson_activity found, which knows its course.")
    return H5PAttempt.objects.create(
        user=user,
        package_id=activity.package_id,
        content_hash=activity.content_hash,
        course_key=activity.course_key,
        lesson_key=activity.lesson_key,
        activity_key=activity.block_id,
        verb=result.verb,
        score_raw=result.score_raw,
        score_max=result.score_max,
        score_scaled=result.score_scaled,
        completion=result.completed,
        success=result.success,
        duration_seconds=result.duration_seconds,
        statement=statement,
    )
