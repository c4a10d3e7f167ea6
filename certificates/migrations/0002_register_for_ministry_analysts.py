"""Ministry analysts open the Wagtail admin, where the certificate register is.

What they may do there is decided by the register's permission policy (view and revoke, see
certificates/admin_views.py); this only lets them in.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def admit_analysts(apps, schema_editor):
    app_config = apps.get_app_config("wagtailadmin")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for group in Group.objects.filter(name="Ministry analysts"):
        group.permissions.add(access)


def turn_analysts_away(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access is not None:
        for group in Group.objects.filter(name="Ministry analysts"):
            group.permissions.remove(access)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("lms", "0004_roles"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
    ]

    operations = [migrations.RunPython(admit_analysts, turn_analysts_away)]
