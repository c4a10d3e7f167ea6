"""System checks of the lms app: hook wiring that would go wrong only when it is first used."""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from wagtail.utils.apps import get_app_submodules

from lms.hooks import single_provider_hooks, the_one_hook


@checks.register()
def single_provider_hooks_check(app_configs=None, **kwargs):
    """A hook declared with `lms.hooks.single_provider` has at most one provider. Every app's
    `hooks.py` is imported first, so each declaration is known without lms naming the apps."""
    list(get_app_submodules("hooks"))
    errors = []
    for name in single_provider_hooks():
        try:
            the_one_hook(name)
        except ImproperlyConfigured as error:
            errors.append(
                checks.Error(
                    str(error),
                    hint="Keep one registration of this hook in one app's wagtail_hooks.py.",
                    id="lms.E001",
                )
            )
    return errors
