"""The author's dashboard panel "What the reviewers said": where each page the person submitted
stands in review, and the reviewer's comment, in the person's language. Wagtail's own panel lists
the submissions still open, without what the reviewer wrote."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

SHOWN = 10


def review_status_rows(user):
    """The person's last submissions of pages, newest first, with the last comment a reviewer left
    on each: three queries however many (the page content type is cached)."""
    page_type = ContentType.objects.get_for_model(Page)
    states = list(
        WorkflowState.objects.filter(requested_by=user, base_content_type=page_type)
        .select_related("current_task_state__task", "current_task_state__finished_by", "workflow")
        .prefetch_related(
            Prefetch(
                "task_states",
                queryset=TaskState.objects.exclude(comment="").select_related("finished_by").order_by("-finished_at"),
                to_attr="commented",
            )
        )
        .order_by("-created_at", "-pk")[:SHOWN]
    )
    pages = Page.objects.in_bulk({int(state.object_id) for state in states})
    rows = []
    for state in states:
        page = pages.get(int(state.object_id))
        if page is None:
            continue
        comment = state.commented[0] if state.commented else None
        rows.append({"state": state, "page": page, "comment": comment})
    return rows


class ReviewStatusPanel(Component):
    name = "review_status"
    template_name = "courses/admin/review_status_panel.html"
    order = 205  # just before Wagtail's "Your pages and snippets in a workflow"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context["rows"] = review_status_rows(self.user)
        return context
