"""The site's home page: one per language, the root of each language's page tree."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.url_routing import RouteResult


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

    def route(self, request, path_components):
        """Find the page at the end of the path in two queries instead of two per level.

        Every page along the path is fetched at once by its url_path; if one is missing
        (a sub-route of a routable page, or no page at all) Wagtail's own walk decides.
        Stricter than that walk on purpose: a page under an unpublished page is not served,
        so unpublishing a course hides its lessons too.
        """
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:depth]) + "/" for depth in range(1, len(path_components) + 1)
        ]
        pages = {page.url_path: page for page in Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)}
        if len(pages) != len(prefixes):
            return super().route(request, path_components)
        if not all(page.live for page in pages.values()):
            raise Http404
        # Pages below can read their ancestors from here instead of querying them again.
        request.route_ancestors = [pages[prefix] for prefix in prefixes[:-1]]
        return RouteResult(pages[prefixes[-1]].specific)

    def get_context(self, request, *args, **kwargs):
        from lms.selectors import home_links_for, next_step_for

        context = super().get_context(request, *args, **kwargs)
        context["home_links"] = home_links_for(request.user)
        context["next_step"] = next_step_for(request.user)
        return context
