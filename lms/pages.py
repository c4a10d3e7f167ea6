"""The site's home page: one per language, the root of each language's page tree."""

from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """Welcomes visitors and points each role to its own places."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences under the heading; leave empty for the standard text."),
    )

    content_panels = Page.content_panels + ["intro"]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from lms.selectors import home_links_for

        context = super().get_context(request, *args, **kwargs)
        context["home_links"] = home_links_for(request.user)
        return context
