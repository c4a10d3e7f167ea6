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


@dataclass(frozen=True)
class Limits:
    package_bytes: int = 200 * MiB  # the uploaded .h5p file
    files: int = 3000  # entries in the zip directory, folders included
    file_bytes: int = 150 * MiB  # one file, unpacked
    total_bytes: int = 400 * MiB  # every file, unpacked
    ratio: int = 100  # unpacked / packed size of one file, once it is larger than ratio_from_bytes
    ratio_from_bytes: int = 1 * MiB
    json_bytes: int = 10 * MiB  # h5p.json, content.json and library.json are read into memory


def package_limits():
    """The default limits with any the H5P_LIMITS setting overrides."""
    return replace(Limits(), **getattr(settings, "H5P_LIMITS", {}))


def extension_of(name):
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[1].lower() if "." in base else ""


def mime_type_for(name):
    return MIME_TYPES.get(extension_of(name), "application/octet-stream")
