"""H5P: validating uploaded packages, storing them once, playing them on a separate origin, and
recording the results the player reports. The player runs on an origin of its own (H5P_ORIGIN),
which sets no cookies; see the README's "H5P interactive activities"."""
