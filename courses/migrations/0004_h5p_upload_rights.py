"""Who may upload H5P packages: Content editors only. Reviewers and trainers may see and choose them.

H5P libraries are JavaScript that runs in learners' browsers, so uploading is a trusted role's right.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODEL_PERMISSIONS = [
    ("Content editors", "add_h5ppackage"),
    ("Content editors", "change_h5ppackage"),
    ("Content editors", "delete_h5ppackage"),
    ("Content editors", "view_h5ppackage"),
    ("Content reviewers", "view_h5ppackage"),
    ("Trainers", "view_h5ppackage"),
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("courses")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codename in MODEL_PERMISSIONS:
        Group.objects.get(name=group_name).permissions.add(
            Permission.objects.get(content_type__app_label="courses", codename=codename)
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="courses", codename__endswith="_h5ppackage").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_h5p_packages_and_attempts"),
        ("lms", "0004_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
