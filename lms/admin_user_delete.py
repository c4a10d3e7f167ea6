"""Deleting a person in the user admin: a real delete only for a person who holds no records;
for anyone else the page offers to erase their personal data instead. It never answers 500.

A certificate must stay verifiable, a group keeps the trainer who led it, attendance keeps who
marked it, consent records prove what was agreed: those models protect the person's row. Which
ones do is found by asking Django's deletion collector, so this app names no model of the apps
built on it. Erasure (lms.hooks.PERSON_ERASE, provided by the privacy app) blanks every personal
field and keeps the records as anonymous rows; it is offered with a confirmation box.
"""

from django.db import router, transaction
from django.db.models import ProtectedError, RestrictedError
from django.db.models.deletion import Collector
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.users.views.bulk_actions.delete import DeleteBulkAction
from wagtail.users.views.users import DeleteView as WagtailDeleteView

from lms.erased import is_erased
from lms.hooks import person_erase


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
        self.erase_error = ""

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
        context["is_erased"] = is_erased(self.object)
        context["erase_error"] = self.erase_error
        context["edit_url"] = reverse("wagtailusers_users:edit", args=[self.object.pk])
        return context

    def post(self, request, *args, **kwargs):
        if "erase" in request.POST:
            return self.erase()
        return super().post(request, *args, **kwargs)

    def erase(self):
        """Erase the person's personal data at once, once the box is ticked."""
        if is_erased(self.object):
            return self.render_with_status(409)
        if not self.request.POST.get("confirm"):
            self.erase_error = _("Tick the box to confirm the erasure.")
            return self.render_with_status(400)
        name = str(self.object)
        if person_erase(person=self.object, by=self.request.user) is None:
            messages.error(self.request, _("Erasure is not available on this platform."))
            return self.render_with_status(409)
        messages.success(self.request, _("The personal data of %(name)s were erased.") % {"name": name})
        return HttpResponseRedirect(reverse("wagtailusers_users:index"))

    def form_valid(self, form):
        if self.blocking_records():
            return self.refused()
        try:
            # A savepoint of its own, so that a refused delete leaves the request's transaction usable.
            with transaction.atomic():
                return super().form_valid(form)
        except (ProtectedError, RestrictedError):
            # A record made between the check and the delete: the transaction is rolled back.
            self.blocking = None
            return self.refused()

    def refused(self):
        messages.error(
            self.request,
            _("%(name)s was not deleted: they hold records that must stay. Erase their personal data instead.")
            % {"name": self.object},
        )
        return self.render_with_status(409)

    def render_with_status(self, status):
        response = self.render_to_response(self.get_context_data())
        response.status_code = status
        return response


class UserDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete of users, which leaves out anyone holding records that must stay
    (they are listed as not deletable; their own delete page offers erasure) instead of failing on
    the whole selection, also when a record appears between the check and the delete."""

    def check_perm(self, obj):
        return super().check_perm(obj) and not records_keeping(obj)

    @classmethod
    def execute_action(cls, objects, model=None, **kwargs):
        model = model or cls.get_default_model()
        deleted = 0
        for obj in objects:
            try:
                with transaction.atomic():
                    model.objects.filter(pk=obj.pk).delete()
            except (ProtectedError, RestrictedError):
                continue
            deleted += 1
        return deleted, 0
