"""Four eyes on reporting contacts: the "Expert review" task becomes `ExpertApprovalTask`, Wagtail's
group approval with the same groups, unchanged for pages, which lets no one approve a contact's
change they submitted or wrote; reviewers lose the right to publish contacts (superusers publish
directly, anyone else's change is published by another reviewer's approval)."""

from django.db import migrations

WORKFLOW_NAME = "Expert review"


def task_type(apps, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label = "courses" if model == "expertapprovaltask" else "wagtailcore"
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def publish_permission(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label="courses", model="reportingcontact")
    return Permission.objects.get_or_create(
        content_type=content_type,
        codename="publish_reportingcontact",
        defaults={"name": "Can publish reporting contact"},
    )[0]


def retype_tasks(apps, old, new):
    Task = apps.get_model("wagtailcore", "Task")
    Task.objects.filter(workflow_tasks__workflow__name=WORKFLOW_NAME, content_type=task_type(apps, old)).update(
        content_type=task_type(apps, new)
    )


def four_eyes(apps, schema_editor):
    retype_tasks(apps, "groupapprovaltask", "expertapprovaltask")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Content reviewers"):
        group.permissions.remove(publish_permission(apps))


def two_eyes(apps, schema_editor):
    retype_tasks(apps, "expertapprovaltask", "groupapprovaltask")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Content reviewers"):
        group.permissions.add(publish_permission(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_public_document_collections"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ExpertApprovalTask",
            fields=[],
            options={
                "verbose_name": "Group approval task (by a second person for reporting contacts)",
                "verbose_name_plural": "Group approval tasks (by a second person for reporting contacts)",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("wagtailcore.groupapprovaltask",),
        ),
        migrations.RunPython(four_eyes, two_eyes),
    ]
