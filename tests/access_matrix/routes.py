"""Every route of the project, read from the URL resolver."""

from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver


@dataclass(frozen=True)
class Route:
    key: str  # "namespace:name", or the full pattern of an unnamed route
    pattern: str


def _walk(patterns, prefix, namespace):
    for entry in patterns:
        pattern = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _walk(entry.url_patterns, pattern, inner)
        elif isinstance(entry, URLPattern):
            if entry.name:
                yield Route(f"{namespace}:{entry.name}" if namespace else entry.name, pattern)
            else:
                yield Route(pattern, pattern)


def project_routes():
    """All routes, each once (a name registered twice, as Wagtail does for some, counts once)."""
    seen, routes = set(), []
    for route in _walk(get_resolver().url_patterns, "", None):
        if route.key not in seen:
            seen.add(route.key)
            routes.append(route)
    return routes
