"""The licence texts of the H5P player, shown to anyone who uses it.

h5p-standalone is MIT; the H5P core it bundles is GPL-3.0. Both texts come from npm packages
that `make run` installs (h5p-standalone's LICENSE and spdx-license-list's GPL-3.0 text).
"""

import json
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings


@dataclass(frozen=True)
class Licence:
    component: str
    name: str
    text: str


@lru_cache(maxsize=1)
def player_licences():
    modules = settings.BASE_DIR / "node_modules"
    gpl = json.loads((modules / "spdx-license-list" / "licenses" / "GPL-3.0-only.json").read_text(encoding="utf-8"))
    return [
        Licence("h5p-standalone", "MIT", (modules / "h5p-standalone" / "LICENSE").read_text(encoding="utf-8")),
        Licence("H5P core (bundled in h5p-standalone)", gpl["name"], gpl["licenseText"]),
    ]
