"""Reads of the coverage app: what the dashboards, exports and API show, from the summaries."""
