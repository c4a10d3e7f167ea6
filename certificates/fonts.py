"""One font file per weight for certificates, merged from the pinned Noto Sans subsets.

@fontsource ships Noto Sans as Latin, Cyrillic and Cyrillic-ext subsets that share one internal
name; given separately, WeasyPrint mixes up their glyph-to-letter maps and the PDF's text
reads wrong. fontTools (a WeasyPrint dependency) merges them into one font that has every
Kazakh letter. The merge is built once per set of input files and kept in a cache folder; no
timestamps go into it, so every machine makes the same font and the same PDFs.
"""

import hashlib
import os
import tempfile
from pathlib import Path

from django.conf import settings
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

SUBSETS = ("latin", "latin-ext", "cyrillic", "cyrillic-ext")  # latin-ext: Kazakh in the Latin script
WEIGHTS = (400, 700)


def _sources(weight):
    return [Path(settings.CERTIFICATE_FONT_DIR) / f"noto-sans-{subset}-{weight}-normal.woff2" for subset in SUBSETS]


def _cache_dir():
    return Path(settings.CERTIFICATE_FONT_CACHE)


def merged_font(weight):
    """The path of the merged TrueType font of a weight, built if it is not cached yet."""
    sources = _sources(weight)
    digest = hashlib.sha256(b"".join(source.read_bytes() for source in sources)).hexdigest()[:16]
    target = _cache_dir() / f"certificate-sans-{weight}-{digest}.ttf"
    if target.exists():
        return target
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        plain = []
        for source in sources:
            font = TTFont(source, recalcTimestamp=False)
            font.flavor = None  # WOFF2 to plain TrueType: the merger reads only that
            path = Path(work) / f"{source.stem}.ttf"
            font.save(path)
            plain.append(str(path))
        merged = Merger().merge(plain)
    merged.recalcTimestamp = False
    handle, partial = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(handle)
    merged.save(partial)
    os.replace(partial, target)  # atomic: a concurrent render never reads half a font
    return target


def missing_font_files():
    """The font files the certificates need that are not installed (npm ci puts them there)."""
    return [source for weight in WEIGHTS for source in _sources(weight) if not source.exists()]


def font_faces_css():
    """@font-face rules for the certificate template."""
    return "\n".join(
        f'@font-face {{ font-family: "Certificate Sans"; font-weight: {weight}; '
        f'src: url("{merged_font(weight).as_uri()}"); }}'
        for weight in WEIGHTS
    )
