"""Who may see which coverage figures: the filters of a request, checked against the viewer."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from coverage.filters import filters_from
from lms import permissions
from lms.errors import AccessRefused


def filters_for(user, params, *, region_code=None):
    """The request's filters, once the user may see them: analysts see the country and every
    region, a regional coordinator only their region (another region, or the whole country, is
    403); anyone else sees no figures at all. An unknown course or region is 404 first."""
    if not permissions.can_view_coverage(user):
        raise PermissionDenied
    filters = filters_from(params, region_code=region_code)
    if filters.region is None:
        if not permissions.is_national_viewer(user):
            raise PermissionDenied
    elif not permissions.can_view_region(user, filters.region):
        own = permissions.coordinated_region(user)
        if own is not None:  # the refused page says so and offers their own region (lms.views)
            message = _("You coordinate %(region)s: the figures of other regions are for the ministry.")
            raise AccessRefused(message % {"region": own.name})
        raise PermissionDenied
    return filters
