"""What the Wagtail admin's reports show is refused on the server to those not allowed to see them.

Wagtail decides the reports by page rights: anyone who may add or change a page (trainers, who
write lessons) reaches the site history with every editor's name, the workflow reports with who
submitted what, aging pages and page-type usage; the site history checks no right at all. Hiding
the menu items (courses/wagtail_hooks.py) is not enough, so this middleware answers 403 to every
report URL for a user `lms.permissions.can_view_admin_reports` refuses, whatever the URL's menu.
"""

from django.core.exceptions import PermissionDenied

from lms import permissions

# URL namespaces whose every view is a report; views named one by one below.
REPORT_NAMESPACES = frozenset({"wagtailadmin_reports"})
REPORT_URL_NAMES = frozenset(
    {
        # wagtail-localize's translations report: who translated what, across the site.
        "wagtail_localize:translations_report",
        "wagtail_localize:translations_report_results",
        # Choosing tasks belongs to editing workflows, which trainers do not.
        "wagtailadmin_workflows:task_chooser",
        "wagtailadmin_workflows:task_chooser_results",
        "wagtailadmin_workflows:task_chooser_create",
        "wagtailadmin_workflows:task_chosen",
    }
)


def is_report(match):
    return match is not None and (
        bool(REPORT_NAMESPACES.intersection(match.namespaces)) or match.view_name in REPORT_URL_NAMES
    )


class AdminReportsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Someone signed out is sent to sign in by the admin itself.
        user = request.user
        if user.is_authenticated and is_report(request.resolver_match) and not permissions.can_view_admin_reports(user):
            raise PermissionDenied
        return None
