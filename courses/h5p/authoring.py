"""What the page editor is told about the H5P activities of a lesson it has just saved."""

from django.contrib import messages
from django.utils.translation import gettext as _

from courses.h5p.requirement import is_chosen_required
from courses.h5p.selectors import BLOCK_TYPE


def required_without_results(page):
    """Titles of the activities the editor made required whose content type sends no result (one query).

    Left on "automatic", such an activity is optional and nothing needs saying."""
    from courses.models import H5PPackage

    body = getattr(page, "body", None)
    if body is None:
        return []
    required = [
        item["value"]
        for item in body.raw_data
        if item.get("type") == BLOCK_TYPE and is_chosen_required((item.get("value") or {}).get("required"))
    ]
    packages = {value.get("package") for value in required} - {None}
    if not packages:
        return []
    silent = set(H5PPackage.objects.filter(pk__in=packages, reports_results=False).values_list("pk", flat=True))
    return [value.get("title") or "" for value in required if value.get("package") in silent]


def warn_about_required_without_results(request, page):
    titles = required_without_results(page)
    if titles:
        messages.warning(
            request,
            _(
                "These activities are required but their type sends no score or completion: %(titles)s. "
                "Learners complete them by opening them and looking through them."
            )
            % {"titles": ", ".join(f"«{title}»" for title in titles)},
        )
