"""Locales for kk, ru and en, and the home page in each language as the site's root.

Replaces Wagtail's placeholder welcome page. The translations share one
translation_key, as wagtail-localize's own copies would.
"""

import uuid

from django.db import migrations

HOMES = [
    # (language, slug, title); Kazakh first: it is the site's default language.
    ("kk", "home", "Басты бет"),
    ("ru", "home-ru", "Главная"),
    ("en", "home-en", "Home"),
]


def create_site_tree(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("lms", "HomePage")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _slug, _title in HOMES}
    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    content_type, _created = ContentType.objects.get_or_create(app_label="lms", model="homepage")
    root = Page.objects.get(depth=1)
    Page.objects.filter(pk=root.pk).update(locale=locales["kk"])
    translation_key = uuid.uuid4()
    taken = set(Page.objects.filter(depth=2).values_list("path", flat=True))
    number = 1
    homes = {}
    for code, slug, title in HOMES:
        while f"0001{number:04d}" in taken:
            number += 1
        path = f"0001{number:04d}"
        taken.add(path)
        homes[code] = HomePage.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=path,
            depth=2,
            numchild=0,
            url_path=f"/{slug}/",
            locale=locales[code],
            translation_key=translation_key,
            live=True,
        )
    Page.objects.filter(pk=root.pk).update(numchild=Page.objects.filter(depth=2).count())
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=homes["kk"], is_default_site=True, site_name="")
    else:
        site.root_page = homes["kk"]
        site.save()


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0004_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_site_tree, migrations.RunPython.noop)]
