"""Real H5P packages exported from other sites, kept outside the repository (they hold third-party
code): `../shared/h5p-samples/` from the project's root. Tests that use them skip, saying why,
where that folder is absent."""

from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "h5p-samples"


def sample_path(name):
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(f"the real H5P packages are not here: {path.name} is read from ../shared/h5p-samples/")
    return path


def sample_bytes(name):
    return sample_path(name).read_bytes()
