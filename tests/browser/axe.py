"""The accessibility audit of the browser tests: axe-core (npm, pinned in package-lock.json) run in
the page as a person sees it, and a walk that follows the links a role is offered.

axe-core is added to the page by Playwright. The context is made with `bypass_csp`, so the
audit's own script is not refused by the Content-Security-Policy; that the pages keep their policy
is what test_csp*.py checks. Frames (the H5P player, on its own origin) are not audited here:
their content comes from H5P packages, not from this platform's templates.
"""

import re
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from django.conf import settings

AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"

# What a person would notice: content they cannot perceive or operate. "moderate" and "minor"
# findings are printed with the failure but do not fail the test.
FAILING_IMPACTS = ("serious", "critical")

# Links the walk does not follow: leaving the site or the session, downloads, the admin (Wagtail's
# own pages), the language switch (the walk chooses the language), and the H5P player's origin.
SKIPPED = re.compile(
    r"/accounts/logout/|/admin/|/documents/|/language/|/_util/|/pdf/|\.(pdf|csv|zip|xlsx|h5p)(\?|$)|/api/|/h5p/"
)


def new_audited_page(browser, width, height=740):
    context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
    return context.new_page()


def violations(page):
    """The serious and critical axe-core violations of the page as it is now, each as a line
    naming the rule, its help text and the first elements it found."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"], iframes: false});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + " :: " + n.failureSummary),
            }));
        }"""
    )
    return [
        f"{found['id']} ({found['impact']}): {found['help']}\n    " + "\n    ".join(found["nodes"])
        for found in result
        if found["impact"] in FAILING_IMPACTS
    ]


def _same_site_path(href, base, language):
    if not href:
        return None
    url, _fragment = urldefrag(href)
    parts = urlsplit(url)
    if parts.scheme and f"{parts.scheme}://{parts.netloc}" != base:
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    if not path.startswith(f"/{language}/") or SKIPPED.search(path):
        return None
    return path


def _kind(path):
    """Pages of one kind (the same route with other ids or slugs) are audited up to twice: the walk
    meets many lessons and groups, and the template is what is audited."""
    path = path.split("?")[0]
    path = re.sub(r"/\d+/", "/N/", path)
    return path.rsplit("/", 2)[0]


def walk(page, base, language, start_paths, limit):
    """Open the start pages, then the pages their links lead to (same site, same language), breadth
    first, at most `limit` in all; audit each, and check that it does not scroll sideways.
    Returns {path: [problems]} for the pages with any, and the list of paths opened. A link the
    role is offered that answers 4xx or 5xx is a problem of its own, reported for that page."""
    queue = list(start_paths)
    seen, opened, found, kinds = set(queue), [], {}, {}
    while queue and len(opened) < limit:
        path = queue.pop(0)
        kind = _kind(path)
        if kinds.get(kind, 0) >= 2 and path not in start_paths:
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
        response = page.goto(base + path)
        opened.append(path)
        if response is None or response.status >= 400:
            found[path] = [f"answered {response.status if response else 'nothing'}"]
            continue
        if "text/html" not in (response.headers.get("content-type") or ""):
            continue
        problems = violations(page)
        width = page.viewport_size["width"]
        if (scroll_width := page.evaluate("document.documentElement.scrollWidth")) > width:
            problems.append(f"the page scrolls sideways: {scroll_width} px wide on a {width} px screen")
        if problems:
            found[path] = problems
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(link => link.getAttribute('href'))")
        for href in hrefs:
            next_path = _same_site_path(href, base, language)
            if next_path and next_path not in seen:
                seen.add(next_path)
                queue.append(next_path)
    return found, opened


def report(found):
    return "\n".join(f"{path}:\n  " + "\n  ".join(problems) for path, problems in found.items())
