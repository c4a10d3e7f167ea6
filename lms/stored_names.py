"""Names the project stores in Wagtail's and Django's tables, read in the reader's language.

The review workflow and its task, the role groups and the root collection are rows whose `name` the
admin prints in dozens of templates, messages and e-mails. The row keeps the English name the
migrations created (code looks groups up by it: lms/roles.py); reading `name` on an instance gives
its translation in the active language, so a Kazakh reviewer reads «Сараптамалық тексеру» where a
Russian one reads «Экспертная проверка». A name the project did not create reads as stored.

Writing goes the other way: a form that shows the translated name and saves it unchanged stores the
English name again, so an admin editing a group in Kazakh does not rename it for everyone.
"""

from functools import cache

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from lms import roles

NAMES: dict[str, Promise] = {
    # courses/migrations/0002: the workflow on the whole page tree and its one task.
    "Expert review": _("Expert review"),
    "Approval by a child-protection expert": _("Approval by a child-protection expert"),
    # Wagtail's own sample workflow and task, kept inactive.
    "Moderators approval": _("Moderators approval"),
    # lms/migrations/0004: the roles.
    roles.LEARNERS: _("Learners"),
    roles.TRAINERS: _("Trainers"),
    roles.REGIONAL_COORDINATORS: _("Regional coordinators"),
    roles.MINISTRY_ANALYSTS: _("Ministry analysts"),
    roles.CONTENT_EDITORS: _("Content editors"),
    roles.CONTENT_REVIEWERS: _("Content reviewers"),
    # Wagtail's first collection, which every image and document sits in.
    "Root": _("Main collection"),
}


def stored_name(value):
    """The stored English name of a translated one, in any of the site's languages."""
    if not isinstance(value, str) or value in NAMES:
        return value
    return _stored_by_translation().get(value, value)


@cache
def _stored_by_translation() -> dict[str, str]:
    from django.conf import settings
    from django.utils import translation

    found = {}
    for code, _language in settings.LANGUAGES:
        with translation.override(code):
            found.update({str(lazy): stored for stored, lazy in NAMES.items()})
    return found


class TranslatedName:
    """A data descriptor in place of a model's `name` field attribute: Django keeps the stored value
    in the instance's __dict__ as always; reading returns its translation (NAMES)."""

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        data = instance.__dict__
        if self.field.attname not in data:
            instance.refresh_from_db(fields=[self.field.attname])
        value = data[self.field.attname]
        lazy = NAMES.get(value)
        return str(lazy) if lazy is not None else value

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = stored_name(value)


def _pre_save_stored(field):
    def pre_save(model_instance, add):
        return model_instance.__dict__.get(field.attname)

    return pre_save


def install() -> None:
    """Put the descriptor on the name fields of the workflow, task, group and collection models
    (called once, from LmsConfig.ready)."""
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, Task, Workflow

    for model in (Workflow, Task, Group, Collection):
        field = model._meta.get_field("name")
        setattr(model, field.attname, TranslatedName(field))
        # Saving writes the stored value, not the translation the attribute reads.
        field.pre_save = _pre_save_stored(field)
