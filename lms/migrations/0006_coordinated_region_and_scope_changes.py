"""A coordinator's scope gets its own field, assigned by the ministry; names are validated as names.

Until now a regional coordinator saw the region on their own profile, which they could change.
Existing coordinators keep the region they had as their assigned region, logged as a scope
change made by nobody (the migration), so the history starts from it.
"""

import django.db.models.deletion
import django.utils.timezone
import lms.validators
from django.conf import settings
from django.db import migrations, models


def assign_current_regions(apps, schema_editor):
    User = apps.get_model("lms", "User")
    ScopeChange = apps.get_model("lms", "ScopeChange")
    coordinators = User.objects.filter(groups__name="Regional coordinators", region__isnull=False).distinct()
    for person in coordinators:
        person.coordinated_region_id = person.region_id
        person.save(update_fields=["coordinated_region"])
        ScopeChange.objects.create(person=person, region_before=None, region_after_id=person.region_id)


class Migration(migrations.Migration):

    dependencies = [
        ('lms', '0005_site_tree'),
    ]

    operations = [
        migrations.AddField(
            model_name='user',
            name='coordinated_region',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='coordinators', to='lms.region', verbose_name='coordinated region'),
        ),
        migrations.AlterField(
            model_name='user',
            name='full_name',
            field=models.CharField(help_text='Your name exactly as it must appear on a certificate.', max_length=150, validators=[lms.validators.validate_person_name], verbose_name='full name'),
        ),
        migrations.CreateModel(
            name='ScopeChange',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('roles_before', models.JSONField(blank=True, null=True, verbose_name='roles before')),
                ('roles_after', models.JSONField(blank=True, null=True, verbose_name='roles after')),
                ('changed_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='changed at')),
                ('changed_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='changed by')),
                ('person', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='scope_changes', to=settings.AUTH_USER_MODEL, verbose_name='person')),
                ('region_after', models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='lms.region', verbose_name='region after')),
                ('region_before', models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='lms.region', verbose_name='region before')),
            ],
            options={
                'verbose_name': 'scope change',
                'verbose_name_plural': 'scope changes',
                'ordering': ['-changed_at', '-pk'],
            },
        ),
        migrations.RunPython(assign_current_regions, migrations.RunPython.noop),
    ]
