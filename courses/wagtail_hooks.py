"""Admin wiring: reporting contacts under review, what trainers may author and reach, and who may
download documents."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import SnippetViewSet

from courses import navigation, personal_erase, personal_export
from courses.admin_documents import PublicCollectionViewSet
from courses.demo.registration import load_demo_courses
from courses.models import H5PPackage, LessonPage, PublicCollection, ReportingContact, approving_reporting_contact
from courses.selectors import collection_is_public, home_next_step
from lms import permissions, roles
from lms.admin_policies import RulePermissionPolicy
from lms.hooks import (
    DEMO_LOADER,
    HEADER_LINKS,
    HOME_CARDS,
    HOME_NEXT_STEP,
    PERSONAL_DATA,
    PERSONAL_DATA_ERASE,
)


class ReportingContactPermissionPolicy(ModelPermissionPolicy):
    """Django's rights as the roles' migrations grant them (courses/migrations/0006), except deleting
    and publishing (unpublishing too), which `lms.permissions` decides whatever a group is given:
    superusers only, or the reviewer approving another person's change (courses.models)."""

    def user_has_permission(self, user, action):
        if action == "delete":
            return permissions.can_delete_reporting_contacts(user)
        if action == "publish":
            approving = user.is_authenticated and approving_reporting_contact.get() == user.pk
            return permissions.can_publish_reporting_contacts(user, approving_review=approving)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(ReportingContact, ReportingContactPermissionPolicy(ReportingContact))


class ReportingContactEditView(SnippetEditView):
    """Approving from the edit page saves the form first: if that made the reviewer an author of the
    change, the task refuses the approval (courses.models.ExpertApprovalTask); say so, keep the draft."""

    def workflow_action_action(self):
        try:
            return super().workflow_action_action()
        except PermissionDenied as refusal:
            messages.error(self.request, str(refusal))
            return redirect(self.get_edit_url())


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
    edit_view_class = ReportingContactEditView


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
    list_display = [
        "title",
        "main_library",
        "language",
        BooleanColumn("reports_results", label=H5PPackage._meta.get_field("reports_results").verbose_name),
        "uploaded_by",
        "uploaded_at",
    ]
    list_filter = ["language"]
    search_fields = ["title", "main_library"]


register_snippet(H5PPackageViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def tell_about_activities_without_results(request, page):
    from courses.h5p.authoring import warn_about_required_without_results

    warn_about_required_without_results(request, page)


# Hooks between the apps (docs/architecture.md §4). `order` is the app's place in INSTALLED_APPS
# times ten, so header links, home cards and demo data follow the apps' order.
hooks.register(HEADER_LINKS, navigation.navigation, order=20)
hooks.register(HOME_CARDS, navigation.home_cards, order=20)
hooks.register(HOME_NEXT_STEP, home_next_step, order=20)
hooks.register(DEMO_LOADER, load_demo_courses, order=20)


@hooks.register("before_publish_page")
def course_items_reach_every_language(request, page):
    """Publishing a lesson or quiz directly (not by approving it in review, which asks the reviewer)
    is refused when a required item would reach learners of a translated course untranslated. The
    revision is saved already: nothing typed is lost (courses/publishing.py)."""
    from courses.publishing import publishing_impact

    impact = publishing_impact(page)
    if impact is not None and impact.needs_confirmation:
        how = gettext("To confirm, submit it for review and approve it there.")
        messages.error(request, f"{impact.refusal()} {how}")
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("construct_homepage_panels")
def review_status_for_authors(request, panels):
    """Authors read on their dashboard where their pages stand in review and what the reviewer said."""
    from courses.admin_review_status import ReviewStatusPanel

    panels.append(ReviewStatusPanel(request.user))


@hooks.register("before_bulk_action")
def course_items_reach_every_language_in_bulk(request, action_type, objects, action):
    """The same rule for the explorer's bulk "Publish", with the drafts under the chosen pages when
    the person asked for them too: nothing is published when one of them would be refused."""
    from wagtail.admin.utils import get_valid_next_url_from_request
    from wagtail.models import Page as WagtailPage

    from courses.publishing import publishing_impact

    if action_type != "publish" or not objects or not isinstance(objects[0], WagtailPage):
        return None
    pages = list(objects)
    form = getattr(action, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += list(page.get_descendants().not_live().specific())
    for page in pages:
        revision = page.get_latest_revision()
        impact = publishing_impact(page.specific, revision.as_object() if revision else None)
        if impact is not None and impact.needs_confirmation:
            how = gettext("To confirm, submit it for review and approve it there.")
            messages.error(request, f"«{page.get_admin_display_title()}»: {impact.refusal()} {how}")
            return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_explore_root")
    return None


# Personal data: "My data" and erasure (privacy; lms.hooks).
hooks.register(PERSONAL_DATA, personal_export.personal_data, order=20)
hooks.register(PERSONAL_DATA_ERASE, personal_erase.personal_data_erase, order=20)
