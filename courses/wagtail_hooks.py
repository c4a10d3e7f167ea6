"""Admin wiring: reporting contacts under review, what trainers may author and reach, and who may
download documents."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.admin_documents import PublicCollectionViewSet
from courses.models import H5PPackage, LessonPage, PublicCollection, ReportingContact
from courses.selectors import collection_is_public
from lms import permissions, roles
from lms.admin_policies import RulePermissionPolicy


class ReportingContactPermissionPolicy(ModelPermissionPolicy):
    """Django's rights as the roles' migrations grant them (courses/migrations/0006), except deleting,
    which `lms.permissions.can_delete_reporting_contacts` decides whatever a group is given."""

    def user_has_permission(self, user, action):
        if action == "delete":
            return permissions.can_delete_reporting_contacts(user)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(ReportingContact, ReportingContactPermissionPolicy(ReportingContact))


class ReportingContactViewSet(SnippetViewSet):
    """Drafts, revisions, locking and the "Expert review" workflow: editors and trainers propose a
    change and submit it, Content reviewers approve it, which publishes; lessons show the live row."""

    model = ReportingContact
    icon = "mobile-alt"
    menu_label = ReportingContact._meta.verbose_name_plural
    list_display = ["service", "phone", "hours", "region"]
    list_filter = ["region", "locale", "live"]
    search_fields = ["service", "phone"]
    copy_view_enabled = False


register_snippet(ReportingContactViewSet)


def _is_trainer_only(user):
    """Trainers write lessons; only editors and superusers make other pages."""
    return (
        permissions.is_trainer(user) and not user.is_superuser and not permissions.has_role(user, roles.CONTENT_EDITORS)
    )


@hooks.register("before_create_page")
def trainers_create_only_lessons(request, parent_page, page_class):
    if _is_trainer_only(request.user) and page_class is not LessonPage:
        raise PermissionDenied


@hooks.register("before_edit_page")
@hooks.register("before_delete_page")
@hooks.register("before_move_page")
@hooks.register("before_copy_page")
def trainers_touch_only_lessons(request, page, *args):
    if _is_trainer_only(request.user) and page.specific_class is not LessonPage:
        raise PermissionDenied


@hooks.register("construct_reports_menu")
def reports_for_editors_and_reviewers(request, menu_items):
    """The menu follows the rule that courses/admin_access.py enforces on the server."""
    if not permissions.can_view_admin_reports(request.user):
        menu_items[:] = []


@hooks.register("before_serve_document")
def documents_for_signed_in_users(document, request):
    """A document goes to signed-in users unless an editor made its collection public; Wagtail's own
    collection privacy (password, groups) applies on top of this."""
    public = collection_is_public(collection_id=document.collection_id)
    if not permissions.can_download_document(request.user, collection_is_public=public):
        return redirect_to_login(request.get_full_path())
    return None


register_permission_policy(
    PublicCollection,
    RulePermissionPolicy(
        PublicCollection, actions={"view", "add", "change", "delete"}, rule=permissions.can_make_collections_public
    ),
)


@hooks.register("register_admin_viewset")
def register_public_collections():
    return PublicCollectionViewSet()


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "pick"
    menu_label = H5PPackage._meta.verbose_name_plural
    list_display = ["title", "main_library", "language", "uploaded_by", "uploaded_at"]
    list_filter = ["language"]
    search_fields = ["title", "main_library"]


register_snippet(H5PPackageViewSet)
