"""Where packages live: one folder per package content, named by the SHA-256 of the .h5p file.

Everything goes through Django's storage API (the "h5p" storage), so S3-style storage can
replace the file system later. Nothing stored here is ever executed on the server.
"""

import hashlib
import re
import tempfile
import zipfile
import zlib

from django.core.files import File
from django.core.files.storage import storages

from courses.h5p.validation import MemberTooLarge, PackageRejected, read_member

HASH = re.compile(r"[0-9a-f]{64}")  # use with fullmatch
SPOOL_BYTES = 8 * 1024 * 1024


def h5p_storage():
    return storages["h5p"]


def package_hash(upload):
    digest = hashlib.sha256()
    upload.seek(0)
    while chunk := upload.read(1024 * 1024):
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def content_folder(content_hash):
    return f"content/{content_hash}"


def original_name(content_hash):
    return f"packages/{content_hash}.h5p"


def is_stored(content_hash):
    # h5p.json is written last, so its presence means the whole folder is there.
    return h5p_storage().exists(f"{content_folder(content_hash)}/h5p.json")


def _save_exactly(storage, name, content):
    """Save under exactly this name: a leftover of an interrupted extraction is replaced, not renamed."""
    if storage.exists(name):
        storage.delete(name)
    saved = storage.save(name, content)
    if saved != name:
        storage.delete(saved)
        raise OSError(f"storage renamed {name} to {saved}")
    return saved


def package_extract(*, upload, info, content_hash, limits):
    """Store the original file and its unpacked folder once; a second upload of the same bytes stores nothing.

    The limits are enforced again on the bytes written; if anything fails, what was written is removed.
    """
    storage = h5p_storage()
    if not storage.exists(original_name(content_hash)):
        upload.seek(0)
        _save_exactly(storage, original_name(content_hash), File(upload))
    if is_stored(content_hash):
        return
    folder = content_folder(content_hash)
    written = []
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            for name in info.members:
                member = archive.getinfo(name)
                with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as buffer:
                    for chunk in read_member(archive, member, limit=limits.file_bytes):
                        buffer.write(chunk)
                    buffer.seek(0)
                    written.append(_save_exactly(storage, f"{folder}/{name}", File(buffer)))
    except Exception as error:
        # Another upload of the same bytes may have finished meanwhile; its files are these files.
        if not is_stored(content_hash):
            for name in written:
                storage.delete(name)
        if isinstance(error, (MemberTooLarge, zipfile.BadZipFile, zlib.error, EOFError)):
            raise PackageRejected([str(error) or type(error).__name__]) from error
        raise
