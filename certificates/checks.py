"""System checks of the certificates app."""

from django.core.checks import Error, register

from certificates.fonts import missing_font_files


@register()
def certificate_font_installed(app_configs, **kwargs):
    missing = missing_font_files()
    if not missing:
        return []
    return [
        Error(
            f"The certificate font is missing ({missing[0].name}): certificates cannot be rendered.",
            hint="Install the front-end packages: npm ci --ignore-scripts (make run and make test do it).",
            id="certificates.E001",
        )
    ]
