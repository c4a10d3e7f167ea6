"""The demo's pages in the search index as soon as the demo is loaded.

Wagtail saves index entries in a background task (modelsearch's `insert_or_update_object_task`),
which in development waits in the database queue for a worker: until one has run, the admin's
page search finds nothing. The pages made by migrations (the home pages) were never queued at
all. So the loader writes the entries itself, in the request of nobody, once it is done.
"""

from wagtail.models import Page
from wagtail.search import index


def demo_pages_index() -> int:
    """Write the search index entries of every page but the tree's root; returns how many."""
    pages = Page.objects.filter(depth__gt=1).specific()
    count = 0
    for page in pages:
        index.insert_or_update_object(page)
        count += 1
    return count
