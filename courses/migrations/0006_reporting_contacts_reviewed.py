"""Reporting contacts are reviewed before learners see them: draft, revisions, locking and the
"Expert review" workflow, as pages have.

Content editors and trainers write a change and submit it; Content reviewers approve, which
publishes. Nobody but superusers deletes a contact (it would leave every lesson at once), so the
editors' delete right goes. The contacts that exist stay live.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


WORKFLOW_NAME = "Expert review"

# (group, action): Wagtail names the snippet rights <action>_reportingcontact.
GRANTED = [
    ("Content editors", "lock"),
    ("Content editors", "unlock"),
    ("Content reviewers", "publish"),
    ("Content reviewers", "lock"),
    ("Content reviewers", "unlock"),
]
REVOKED = [("Content editors", "delete")]


def contact_permission(apps, action):
    """Wagtail adds publish/lock/unlock after migrating (wagtail.snippets.models.create_extra_permissions)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label="courses", model="reportingcontact")
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_reportingcontact",
        defaults={"name": f"Can {action} reporting contact"},
    )
    return permission


def review_contacts(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    groups = {group.name: group for group in Group.objects.all()}
    for group_name, action in GRANTED:
        groups[group_name].permissions.add(contact_permission(apps, action))
    for group_name, action in REVOKED:
        groups[group_name].permissions.remove(contact_permission(apps, action))
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    WorkflowContentType.objects.update_or_create(
        content_type=contact_permission(apps, "change").content_type, defaults={"workflow": workflow}
    )


def unreview_contacts(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    groups = {group.name: group for group in Group.objects.all()}
    for group_name, action in GRANTED:
        groups[group_name].permissions.remove(contact_permission(apps, action))
    for group_name, action in REVOKED:
        groups[group_name].permissions.add(contact_permission(apps, action))
    WorkflowContentType.objects.filter(
        content_type__app_label="courses", content_type__model="reportingcontact"
    ).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('courses', '0005_enrolment_rounds'),
        ('courses', '0002_expert_review_and_author_rights'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='reportingcontact',
            name='expire_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='expired',
            field=models.BooleanField(default=False, editable=False, verbose_name='expired'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='first_published_at',
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='go_live_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='go live date/time'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='has_unpublished_changes',
            field=models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='last_published_at',
            field=models.DateTimeField(editable=False, null=True, verbose_name='last published at'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='latest_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='live',
            field=models.BooleanField(default=True, editable=False, verbose_name='live'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='live_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='locked',
            field=models.BooleanField(default=False, editable=False, verbose_name='locked'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='locked_at',
            field=models.DateTimeField(editable=False, null=True, verbose_name='locked at'),
        ),
        migrations.AddField(
            model_name='reportingcontact',
            name='locked_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by'),
        ),
        migrations.RunPython(review_contacts, unreview_contacts),
    ]
