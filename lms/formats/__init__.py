"""Date and number formats Django does not ship: Kazakh (see kk/formats.py)."""
