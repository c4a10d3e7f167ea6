"""What an H5P package may contain: H5P core's file whitelist and the size limits."""

from dataclasses import dataclass, replace

from django.conf import settings

# H5P core's whitelist for content files (h5p-php-library's default content whitelist).
CONTENT_EXTENSIONS = frozenset(
    "json png jpg jpeg gif bmp tif tiff eot ttf woff woff2 otf webm mp4 ogg mp3 m4a wav txt pdf rtf doc docx "
    "xls xlsx ppt pptx odt ods odp csv diff patch md textile vtt webvtt gltf glb".split()
)
# Library folders hold the content type's code as well.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "svg", "xml"}

# How package files are served; anything not listed goes out as bytes to download.
MIME_TYPES = {
    "json": "application/json",
    "js": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "svg": "image/svg+xml",
    "xml": "application/xml",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "eot": "application/vnd.ms-fontobject",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "webm": "video/webm",
    "mp4": "video/mp4",
    "ogg": "audio/ogg",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "wav": "audio/wav",
    "txt": "text/plain; charset=utf-8",
    "md": "text/plain; charset=utf-8",
    "textile": "text/plain; charset=utf-8",
    "diff": "text/plain; charset=utf-8",
    "patch": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "vtt": "text/vtt; charset=utf-8",
    "webvtt": "text/vtt; charset=utf-8",
    "pdf": "application/pdf",
    "rtf": "application/rtf",
    "gltf": "model/gltf+json",
    "glb": "model/gltf-binary",
}

MiB = 1024 * 1024


# The H5P core API the bundled player implements: h5p-standalone 3.8.2 bundles the JavaScript of
# h5p-php-library as of commit 1b96ce3 (Feb 2026; js/h5p.js is byte for byte that file, whose
# H5PCore::$coreApi is 1.28). A library whose library.json asks for a newer coreApi is refused,
# as core refuses it.
PLAYER_CORE_API = (1, 28)


@dataclass(frozen=True)
class Limits:
    package_bytes: int = 200 * MiB  # the uploaded .h5p file
    files: int = 3000  # entries in the zip directory, folders included
    file_bytes: int = 150 * MiB  # one file, unpacked
    total_bytes: int = 400 * MiB  # every file, unpacked
    ratio: int = 100  # unpacked / packed size of one file, once it is larger than ratio_from_bytes
    # Was 1 MB, which let 390 files of exactly 1 MB of zeros through; a real file of a quarter of a
    # megabyte or more that deflates 100 to 1 is a block of one repeated byte.
    ratio_from_bytes: int = 256 * 1024
    # Unpacked total / size of the uploaded file, once the unpacked total is past archive_ratio_from_bytes:
    # real packages unpack to 1 to 5 times their size (the samples: 1.1 and 2.4), text-heavy ones to 10.
    archive_ratio: int = 50
    archive_ratio_from_bytes: int = 16 * MiB
    # content.json, semantics.json and language files are checked as they stream, never held whole.
    json_bytes: int = 10 * MiB
    # h5p.json and library.json are read into memory to use their fields; real ones are a few KB
    # (the samples' largest: 2 KB). Parsed, JSON of small objects takes 25 times its size; at 1 MB,
    # 40 libraries of padding held 1.1 GB. Only the fields used later are kept of a library.json.
    manifest_bytes: int = 64 * 1024
    # h5p.json and every library.json together (the samples: 8 KB for 27 files).
    manifests_bytes: int = 4 * MiB
    json_depth: int = 100  # objects and arrays inside one another in any JSON file
    path_chars: int = 255  # a whole name inside the package (the samples' longest: 62)
    path_depth: int = 16  # folders a file lies in (the samples: 2)
    # One file or folder name, in UTF-8 bytes (a Cyrillic letter takes two): file systems stop at
    # 255 bytes and storage adds the package's folder; the samples' longest name is 40.
    name_bytes: int = 128


def package_limits():
    """The default limits with any the H5P_LIMITS setting overrides."""
    return replace(Limits(), **getattr(settings, "H5P_LIMITS", {}))


def extension_of(name):
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[1].lower() if "." in base else ""


def mime_type_for(name):
    return MIME_TYPES.get(extension_of(name), "application/octet-stream")
