"""Names the project stores in Wagtail's and Django's tables, read in the reader's language.

The review workflow and its task, the role groups and the root collection are rows whose `name` the
admin prints in dozens of templates, messages and e-mails. The row keeps the English name the
migrations created (code looks groups up by it: lms/roles.py); reading `name` on an instance gives
its translation in the active language, so a Kazakh reviewer reads «Сараптамалық тексеру» where a
Russian one reads «Экспертная проверка». A name the project did not create reads as stored.

Writing goes the other way: a translated name is stored as the English one, so a form that shows the
translated name and saves it unchanged, or data serialized in one language and loaded back, does not
rename the row for everyone; an exact lookup by a translated name finds it too.
"""

from functools import cache

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from lms import roles

# By model (app label and model name): a name is translated, and a translation mapped back, only on
# the model the project made it for.
NAMES: dict[str, dict[str, Promise]] = {
    # courses/migrations/0002: the workflow on the whole page tree and its one task; Wagtail's own
    # sample workflow and task, kept inactive.
    "wagtailcore.workflow": {"Expert review": _("Expert review"), "Moderators approval": _("Moderators approval")},
    "wagtailcore.task": {
        "Approval by a child-protection expert": _("Approval by a child-protection expert"),
        "Moderators approval": _("Moderators approval"),
    },
    # lms/migrations/0004: the roles.
    "auth.group": {
        roles.LEARNERS: _("Learners"),
        roles.TRAINERS: _("Trainers"),
        roles.REGIONAL_COORDINATORS: _("Regional coordinators"),
        roles.MINISTRY_ANALYSTS: _("Ministry analysts"),
        roles.CONTENT_EDITORS: _("Content editors"),
        roles.CONTENT_REVIEWERS: _("Content reviewers"),
    },
    # Wagtail's first collection, which every image and document sits in.
    "wagtailcore.collection": {"Root": _("Main collection")},
}


def stored_name(model_label: str, value):
    """The stored English name of a translated one, in any of the site's languages."""
    names = NAMES.get(model_label, {})
    if not isinstance(value, str) or value in names:
        return value
    return _stored_by_translation(model_label).get(value, value)


@cache
def _stored_by_translation(model_label: str) -> dict[str, str]:
    from django.conf import settings
    from django.utils import translation

    found = {}
    for code, _language in settings.LANGUAGES:
        with translation.override(code):
            found.update({str(lazy): stored for stored, lazy in NAMES[model_label].items()})
    return found


def stored(instance) -> str:
    """The name as stored, whatever the reader's language: for code that compares it."""
    return instance.__dict__.get("name") if "name" in instance.__dict__ else instance.name


class TranslatedName:
    """A data descriptor in place of a model's `name` field attribute: Django keeps the stored value
    in the instance's __dict__ as always; reading returns its translation (NAMES)."""

    def __init__(self, field, model_label):
        self.field = field
        self.model_label = model_label
        self.names = NAMES[model_label]

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        data = instance.__dict__
        if self.field.attname not in data:
            instance.refresh_from_db(fields=[self.field.attname])
        value = data[self.field.attname]
        lazy = self.names.get(value)
        return str(lazy) if lazy is not None else value

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = stored_name(self.model_label, value)


def _stored_on_the_way_in(field, model_label):
    """The field's get_prep_value, mapping a translation back to the stored name first: every write
    (a save, a fixture or serialized rollback loaded "raw", an update) and every exact lookup."""
    prepare = field.get_prep_value

    def get_prep_value(value):
        return prepare(stored_name(model_label, value))

    return get_prep_value


def install() -> None:
    """Put the descriptor on the name fields of the workflow, task, group and collection models
    (called once, from LmsConfig.ready)."""
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, Task, Workflow

    for model in (Workflow, Task, Group, Collection):
        field = model._meta.get_field("name")
        label = model._meta.label_lower
        setattr(model, field.attname, TranslatedName(field, label))
        # Writing and looking up use the stored value, not the translation the attribute reads.
        setattr(field, "get_prep_value", _stored_on_the_way_in(field, label))  # noqa: B010  (mypy: not a method assignment)
