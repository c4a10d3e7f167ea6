"""Approving a lesson or a quiz in the "Expert review" workflow: the dialog's form, and the check the
server makes whatever the dialog showed (courses/publishing.py has the rules)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision

from courses.publishing import PublishingImpact, publishing_impact
from lms.errors import AccessRefused
from lms.headers import current_request


class ApprovalForm(forms.Form):
    """Wagtail's comment, and the reviewer's confirmation when a required item would reach learners
    of a language it has no translation in. `needs_confirmation` is set by the dialog from the
    server's reading; the approval itself checks again (course_item_approval_check)."""

    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea({"rows": 2}))
    needs_confirmation = forms.BooleanField(required=False, widget=forms.HiddenInput)
    publish_without_translations = forms.BooleanField(
        label=_("Publish it without the translations"),
        required=False,
        help_text=_("Learners of those languages will see this item in the language it was written in."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("needs_confirmation") and not cleaned.get("publish_without_translations"):
            raise ValidationError(
                _("Tick «Publish it without the translations» to publish now, or request the translations first."),
                code="translations_missing",
            )
        return cleaned


def approval_impact(page: Page, revision: Revision | None) -> PublishingImpact | None:
    """The impact of publishing the revision under review (the page as it is when none)."""
    version = revision.as_object() if revision is not None else None
    return publishing_impact(page.specific, version)


def course_item_approval_check(*, page: Page, revision: Revision | None, confirmed: bool) -> None:
    """Refuse to approve a required course item into a course whose learners of another language
    would meet it untranslated, unless the reviewer confirmed it."""
    impact = approval_impact(page, revision)
    if impact is not None and impact.needs_confirmation and not confirmed:
        request = current_request()
        if request is not None and request.headers.get("x-requested-with") != "XMLHttpRequest":
            # Wagtail's admin answers the refusal with its generic "no permission" message: say why.
            messages.error(request, impact.refusal())
        raise AccessRefused(impact.refusal())
