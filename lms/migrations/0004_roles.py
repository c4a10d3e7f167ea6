"""The programme's roles as groups, with the Wagtail admin rights each needs to start with."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = [
    "Learners",
    "Trainers",
    "Regional coordinators",
    "Ministry analysts",
    "Content editors",
    "Content reviewers",
]

# (group, app_label, codename): model permissions; page rights are set below.
MODEL_PERMISSIONS = [
    ("Content editors", "wagtailadmin", "access_admin"),
    ("Content editors", "wagtailimages", "add_image"),
    ("Content editors", "wagtailimages", "change_image"),
    ("Content editors", "wagtailimages", "choose_image"),
    ("Content editors", "wagtaildocs", "add_document"),
    ("Content editors", "wagtaildocs", "change_document"),
    ("Content editors", "wagtaildocs", "choose_document"),
    ("Content reviewers", "wagtailadmin", "access_admin"),
    ("Content reviewers", "wagtailimages", "choose_image"),
    ("Content reviewers", "wagtaildocs", "choose_document"),
]

PAGE_PERMISSIONS = [
    ("Content editors", "add_page"),
    ("Content editors", "change_page"),
    ("Content reviewers", "change_page"),
    ("Content reviewers", "publish_page"),
]


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    for label in ("wagtailadmin", "wagtailimages", "wagtaildocs", "wagtailcore"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")

    # Wagtail's sample groups would sit confusingly beside ours; drop them while unused.
    Group.objects.filter(name__in=["Moderators", "Editors"], user__isnull=True).delete()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    root_collection = Collection.objects.filter(depth=1).first()
    for group_name, app_label, codename in MODEL_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        if app_label in ("wagtailimages", "wagtaildocs"):
            GroupCollectionPermission.objects.get_or_create(
                group=groups[group_name], collection=root_collection, permission=permission
            )
        else:
            groups[group_name].permissions.add(permission)
    root_page = Page.objects.get(depth=1)
    for group_name, codename in PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=groups[group_name], page=root_page, permission=permission)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0003_regions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
