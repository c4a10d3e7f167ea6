"""Template tags of the admin's review pages: what approving or publishing a course item changes."""

from django import template

from courses.review import approval_impact

register = template.Library()


@register.simple_tag
def course_item_impact(page, task_state=None):
    """The PublishingImpact of the revision approving would publish, the newest one
    (courses/publishing.py), or None."""
    if page is None or not getattr(page, "path", None):
        return None
    return approval_impact(page, page.get_latest_revision())
