"""The privacy app's Wagtail admin pieces and its providers of other apps' hooks.

Each part of the app registers in its own section below."""

from wagtail import hooks

from lms.hooks import NIGHTLY_UPKEEP
from privacy import upkeep

# --- The nightly upkeep: erasures that are due, retention ---
hooks.register(NIGHTLY_UPKEEP, upkeep.nightly)

# --- Privacy notice and consent ---

# --- My data ---

# --- Erasure ---
