"""Admin wiring: reporting contacts as snippets, and what trainers may author."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import H5PPackage, LessonPage, ReportingContact
from lms import permissions, roles


class ReportingContactViewSet(SnippetViewSet):
    model = ReportingContact
    icon = "mobile-alt"
    menu_label = ReportingContact._meta.verbose_name_plural
    list_display = ["service", "phone", "hours", "region"]
    list_filter = ["region", "locale"]
    search_fields = ["service", "phone"]


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


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "pick"
    menu_label = H5PPackage._meta.verbose_name_plural
    list_display = ["title", "main_library", "language", "uploaded_by", "uploaded_at"]
    list_filter = ["language"]
    search_fields = ["title", "main_library"]


register_snippet(H5PPackageViewSet)
