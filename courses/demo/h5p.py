"""The demo H5P packages: the scenario activity in kk, ru and en, built from the project's own library."""

from django.core.files.base import ContentFile

from courses.demo.content import h5p_scenarios
from courses.h5p.packaging import scenario_package
from courses.h5p.services import h5p_package_store
from courses.h5p.storage import is_stored, package_hash
from courses.h5p.validation import package_inspect
from courses.models import H5PPackage

LANGUAGES = ("kk", "ru", "en")


def demo_packages_load():
    """Store each demo package once (the same bytes give the same package); returns them by (name, language)."""
    packages = {}
    for language in LANGUAGES:
        upload = ContentFile(
            scenario_package(
                title=h5p_scenarios.TITLE[language],
                language=language,
                content=h5p_scenarios.content_json(language),
            ),
            name="scenario-choice.h5p",
        )
        content_hash = package_hash(upload)
        package = H5PPackage.objects.filter(content_hash=content_hash).first()
        # A database kept from an earlier `make run` may point at files since removed: store them again.
        if package is None or not is_stored(content_hash):
            package = package or H5PPackage(title=h5p_scenarios.TITLE[language])
            h5p_package_store(package=package, upload=upload, info=package_inspect(upload), user=None)
            package.save()
        packages[("scenario-choice", language)] = package
    return packages
