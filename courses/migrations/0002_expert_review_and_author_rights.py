"""The "Expert review" workflow on the whole page tree, and the authoring rights of the roles.

Content editors and trainers write and submit; only Content reviewers approve, which publishes.
Trainers may add and edit lessons only (see courses/wagtail_hooks.py), never publish.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Expert review"
TASK_NAME = "Approval by a child-protection expert"

COLLECTION_PERMISSIONS = [
    ("Trainers", "wagtailimages", "add_image"),
    ("Trainers", "wagtailimages", "choose_image"),
    ("Trainers", "wagtaildocs", "add_document"),
    ("Trainers", "wagtaildocs", "choose_document"),
]
MODEL_PERMISSIONS = [
    ("Trainers", "wagtailadmin", "access_admin"),
    ("Trainers", "courses", "add_reportingcontact"),
    ("Trainers", "courses", "change_reportingcontact"),
    ("Content editors", "courses", "add_reportingcontact"),
    ("Content editors", "courses", "change_reportingcontact"),
    ("Content editors", "courses", "delete_reportingcontact"),
    ("Content reviewers", "courses", "change_reportingcontact"),
]
PAGE_PERMISSIONS = [
    ("Trainers", "add_page"),
    ("Trainers", "change_page"),
]


def create_review(apps, schema_editor):
    for label in ("courses", "wagtailadmin", "wagtailimages", "wagtaildocs", "wagtailcore"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    groups = {group.name: group for group in Group.objects.all()}
    root = Page.objects.get(depth=1)
    root_collection = Collection.objects.filter(depth=1).first()

    for group_name, app_label, codename in MODEL_PERMISSIONS:
        groups[group_name].permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    for group_name, app_label, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=groups[group_name],
            collection=root_collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
    for group_name, codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=groups[group_name],
            page=root,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )

    task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([groups["Content reviewers"]])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Wagtail's sample "Moderators approval" workflow lost its group with the sample groups.
    WorkflowPage.objects.filter(page=root).delete()
    Workflow.objects.exclude(pk=workflow.pk).filter(name__endswith="approval").update(active=False)
    WorkflowPage.objects.create(page=root, workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("lms", "0005_site_tree"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_review, migrations.RunPython.noop)]
