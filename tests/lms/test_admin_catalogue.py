"""Every message of the Wagtail admin, and of the Django parts it shows, has a Kazakh translation
where the site looks for one: an upgrade that brings new messages fails here, naming them."""

from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

# The apps whose messages reach authors and reviewers in the admin, besides every installed Wagtail app.
DJANGO_PARTS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.humanize",
    "django_filters",
    "taggit",
]


def admin_apps():
    return [
        config for config in apps.get_app_configs() if config.name.startswith("wagtail") or config.name in DJANGO_PARTS
    ]


def source_entries(config, domain):
    """The app's messages: its English catalogue, or its Russian one when it has no English."""
    for language in ("en", "ru"):
        path = Path(config.path) / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            return [entry for entry in polib.pofile(str(path)) if entry.msgid and not entry.obsolete]
    return []


def django_core_entries():
    import django

    path = Path(django.__file__).parent / "conf" / "locale" / "en" / "LC_MESSAGES" / "django.po"
    return [entry for entry in polib.pofile(str(path)) if entry.msgid and not entry.obsolete]


def missing_from(catalog, entries):
    missing = []
    for entry in entries:
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        found = catalog.get((key, 0)) if entry.msgid_plural else catalog.get(key)
        if not found:
            missing.append(entry.msgid)
    return missing


def test_kazakh_is_an_admin_language():
    assert "kk" in dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)


@pytest.mark.parametrize("app_name", [config.name for config in admin_apps()])
def test_every_admin_message_of_the_app_has_kazakh(app_name):
    config = next(config for config in admin_apps() if config.name == app_name)
    catalog = trans_real.translation("kk")._catalog
    missing = missing_from(catalog, source_entries(config, "django"))
    assert missing == [], f"{len(missing)} messages of {app_name} have no Kazakh: add them to locale_vendor/"


def test_every_django_message_an_author_meets_has_kazakh():
    catalog = trans_real.translation("kk")._catalog
    missing = missing_from(catalog, django_core_entries())
    assert missing == [], f"{len(missing)} Django messages have no Kazakh: add them to locale_vendor/kk/"


@pytest.mark.parametrize("package", ["wagtail.admin", "wagtail_localize"])
def test_every_message_of_the_admin_scripts_has_kazakh(package):
    """The scripts' catalogue (JavaScriptCatalog of the package), as the browser receives it."""
    from django.views.i18n import JavaScriptCatalog

    view = JavaScriptCatalog(domain="djangojs", packages=[package])
    paths = view.get_paths([package])
    catalog = trans_real.DjangoTranslation("kk", domain="djangojs", localedirs=paths)._catalog
    config = next(config for config in apps.get_app_configs() if config.name == package)
    missing = missing_from(catalog, source_entries(config, "djangojs"))
    assert missing == [], f"{len(missing)} script messages of {package} have no Kazakh"


def test_the_admin_dashboard_strings_read_in_kazakh():
    """What the issue found in English: the menu and the moderation messages."""
    with translation.override("kk"):
        assert translation.gettext("Snippets") == "Үзінділер"
        assert translation.gettext("Images") == "Суреттер"
        assert translation.gettext("Search") == "Іздеу"
        assert "%(workflow_name)s" in translation.gettext("Submit to %(workflow_name)s")
        assert translation.gettext("Submit to %(workflow_name)s") != "Submit to %(workflow_name)s"
