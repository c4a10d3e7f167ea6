"""An editor panel of lessons and quizzes: what publishing this version changes for the course's
learners, as the reviewer also sees it when approving (courses/publishing.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class PublishingImpactPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("What publishing changes for learners"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/publishing_impact_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            from courses.publishing import publishing_impact  # courses.models imports the pages that use this panel

            page = self.instance
            context["impact"] = publishing_impact(page) if page is not None and page.pk else None
            return context


def phone_first_preview_sizes():
    """Wagtail's preview sizes with the phone first and as wide as the phones teachers use (360 px),
    so an author sees a lesson as a learner on a phone does before anything else."""
    return [
        {"name": "mobile", "icon": "mobile-alt", "device_width": 360, "label": _("Preview as on a phone (360 px)")},
        {"name": "tablet", "icon": "tablet-alt", "device_width": 768, "label": _("Preview in tablet size")},
        {"name": "desktop", "icon": "desktop", "device_width": 1280, "label": _("Preview in desktop size")},
    ]
