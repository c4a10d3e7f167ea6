import os
import shutil
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [ROOT / "locale" / language / "LC_MESSAGES" / "django.po" for language in ("kk", "ru")] + [
    ROOT / "locale_vendor" / "kk" / "LC_MESSAGES" / "django.po",
    ROOT / "locale_vendor" / "wagtail" / "kk" / "LC_MESSAGES" / "django.po",
    ROOT / "locale_vendor" / "wagtail" / "kk" / "LC_MESSAGES" / "djangojs.po",
]


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: str(path.relative_to(ROOT)))
def test_catalogue_is_complete(po_path):
    catalogue = polib.pofile(str(po_path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert catalogue.obsolete_entries() == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: str(path.relative_to(ROOT)))
def test_compiled_catalogue_matches_its_source(po_path):
    source = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in polib.pofile(str(po_path))}
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(str(po_path.with_suffix(".mo")))
        if entry.msgid
    }
    assert compiled == source, "Run `make messages` to recompile the catalogues."


def test_every_string_in_the_source_is_in_the_catalogues(tmp_path):
    """makemessages finds no msgid that the committed Kazakh catalogue lacks."""
    from django.core.management import call_command

    if shutil.which("xgettext") is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs GNU gettext (apt-get install gettext) to check the catalogues.")
        pytest.skip("GNU gettext is missing: install it with `sudo apt-get install gettext`.")

    committed = {entry.msgid for entry in polib.pofile(str(CATALOGUES[0]))}
    extracted = extract_msgids(tmp_path, call_command)
    assert extracted - committed == set(), "New strings: run `make messages` and translate them."


def extract_msgids(tmp_path, call_command):
    work = tmp_path / "project"
    shutil.copytree(
        ROOT,
        work,
        ignore=shutil.ignore_patterns(".venv", "node_modules", "staticfiles", ".git", "media", "*.sqlite3", "tests"),
    )
    (work / "locale" / "kk" / "LC_MESSAGES" / "django.po").unlink()
    cwd = os.getcwd()
    os.chdir(work)
    try:
        call_command("makemessages", locale=["kk"], ignore_patterns=["locale_vendor/*", "node_modules/*"], verbosity=0)
    finally:
        os.chdir(cwd)
    return {
        entry.msgid for entry in polib.pofile(str(work / "locale" / "kk" / "LC_MESSAGES" / "django.po")) if entry.msgid
    }
