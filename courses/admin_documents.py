"""Public document collections in the Wagtail admin: where an editor chooses, on purpose, that a
collection's documents may be downloaded without signing in.

Every other collection's documents go to signed-in users only (`documents_for_signed_in_users` in
courses/wagtail_hooks.py). Content editors and superusers add, change and remove the choice; the
list shows each public collection with why, who and when, and Wagtail logs every change.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from courses.models import PublicCollection


class PublicCollectionCreateView(CreateView):
    def save_instance(self):
        self.form.instance.made_public_by = self.request.user
        return super().save_instance()


class PublicCollectionIndexView(IndexView):
    def get_base_queryset(self):
        # The list shows each collection and who chose it: read with the choices, not one by one.
        return super().get_base_queryset().select_related("collection", "made_public_by")


class PublicCollectionViewSet(ModelViewSet):
    model = PublicCollection
    name = "public_collections"
    url_prefix = "public-collections"
    icon = "doc-full-inverse"
    menu_label = _("Public document collections")
    menu_order = 410
    add_to_settings_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = False
    add_view_class = PublicCollectionCreateView
    index_view_class = PublicCollectionIndexView
    form_fields = ["collection", "reason"]
    list_display = ["collection", "reason", "made_public_by", "made_public_at"]
    search_fields = None
