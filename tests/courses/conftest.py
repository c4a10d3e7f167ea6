import pytest


@pytest.fixture
def storage_on_disk(settings, tmp_path):
    """The "h5p" storage on a temporary folder of the disk, to see what is left there."""
    settings.STORAGES = {
        **settings.STORAGES,
        "h5p": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": tmp_path}},
    }
    return tmp_path
