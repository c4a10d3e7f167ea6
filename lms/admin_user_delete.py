"""Deleting a person in the user admin: refused, with the reason, while records must stay.

A certificate must stay verifiable, a group keeps the trainer who led it, attendance keeps who
marked it: those models protect the person's row. Which ones do is found by asking Django's
deletion collector, so this app names no model of the apps built on it. The path offered instead
is deactivating the account on the edit form (the personal-data work adds anonymisation).
"""

from django.db import router
from django.db.models import ProtectedError, RestrictedError
from django.db.models.deletion import Collector
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.users.views.bulk_actions.delete import DeleteBulkAction
from wagtail.users.views.users import DeleteView as WagtailDeleteView


def records_keeping(person):
    """The kinds of records (plural names, in the active language) that forbid deleting `person`;
    empty when nothing does. Asks the deletion collector, which follows every relation."""
    collector = Collector(using=router.db_for_write(type(person)))
    try:
        collector.collect([person])
    except (ProtectedError, RestrictedError) as error:
        blocking = getattr(error, "protected_objects", None) or getattr(error, "restricted_objects", None) or []
        return sorted({capfirst(str(type(obj)._meta.verbose_name_plural)) for obj in blocking})
    return []


class UserDeleteView(WagtailDeleteView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.blocking = None

    def get_usage_url(self):
        # Wagtail's reference index does not follow foreign keys to a user: its "referenced 0
        # times" misled. The records that keep a person are listed by records_keeping instead.
        return None

    def blocking_records(self):
        if self.blocking is None:
            self.blocking = records_keeping(self.object)
        return self.blocking

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        blocking = self.blocking_records()
        context["blocking_records"] = blocking
        context["is_protected"] = bool(blocking)
        context["edit_url"] = reverse("wagtailusers_users:edit", args=[self.object.pk])
        return context

    def form_valid(self, form):
        if self.blocking_records():
            return self.refused()
        try:
            return super().form_valid(form)
        except (ProtectedError, RestrictedError):
            # A record made between the check and the delete: the transaction is rolled back.
            self.blocking = None
            return self.refused()

    def refused(self):
        messages.error(
            self.request, _("%(name)s was not deleted: they hold records that must stay.") % {"name": self.object}
        )
        response = self.render_to_response(self.get_context_data())
        response.status_code = 409
        return response


class UserDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete of users, which leaves out anyone holding records that must stay
    (they are listed as not deletable) instead of failing on the whole selection."""

    def check_perm(self, obj):
        return super().check_perm(obj) and not records_keeping(obj)
