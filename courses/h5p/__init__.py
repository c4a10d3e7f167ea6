"""H5P: validating uploaded packages, storing them once, playing them on a separate origin, and
recording the results the player reports. See ../shared/DESIGN.md, "H5P plays on a separate origin"."""
