"""A Chromium page that collects Content-Security-Policy violations in every frame as they
happen (a `securitypolicyviolation` listener, and the console's "Refused to …" messages), for the
test_csp*.py files: the admin's walk is split over three files so that processes share it."""

import json
import re

from tests.factories import PASSWORD, totp_code

LISTEN = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__csp.push([event.violatedDirective, event.blockedURI, event.sourceFile + ":" + event.lineNumber,
                     event.sample].join(" "));
});
"""


class Watched:
    """A page whose CSP violations, in any of its frames, are collected as they happen."""

    def __init__(self, browser, base, width=360):
        self.base = base
        self.context = browser.new_context(viewport={"width": width, "height": 740})
        self.context.add_init_script(LISTEN)
        self.page = self.context.new_page()
        self.refused = []
        self.page.on("console", self._console)

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or text.startswith("Refused to"):
            self.refused.append(text)

    def open(self, path):
        response = self.page.goto(self.base + path)
        assert response.status < 400, (path, response.status)
        self.page.wait_for_load_state("networkidle")
        return response

    def violations(self):
        found = list(self.refused)
        for frame in self.page.frames:
            try:
                found += frame.evaluate("window.__csp || []")
            except Exception:  # noqa: BLE001 - a frame that went away while we looked
                pass
        return found

    def assert_clean(self, where):
        found = self.violations()
        assert not found, f"{where}: " + json.dumps(found, ensure_ascii=False, indent=1)

    def sign_in(self, user, language="kk"):
        self.page.goto(f"{self.base}/{language}/accounts/login/")
        self.page.locator("input[name=login]").fill(user.email)
        self.page.locator("input[name=password]").fill(PASSWORD)
        self.page.locator("main form button[type=submit]").click()
        self.page.wait_for_load_state("networkidle")
        if "/2fa/authenticate/" in self.page.url:
            self.assert_clean("the second-factor step")
            self.page.locator("input[name=code]").fill(totp_code(user))
            self.page.locator("main form button[type=submit]").first.click()
        self.page.wait_for_url(re.compile(rf".*/{language}/$"))
        self.assert_clean("signing in")


def admin_menu_paths(page):
    """Every admin address the sidebar's menu offers (read from its props), sign-out aside."""
    props = page.locator("#wagtail-sidebar-props").text_content()
    paths = sorted(set(re.findall(r'"(/admin/[^"]*)"', props)))
    return [path for path in paths if "logout" not in path]


def walk_admin_menu(browser, base, superuser, half):
    """Sign in to the admin as `superuser` and open one half of the addresses its menu offers
    (half 0: the first, third… of them in sorted order; half 1: the others), each checked for
    violations; returns the page, still signed in."""
    admin = Watched(browser, base, width=1280)
    admin.sign_in(superuser)
    admin.open("/admin/")
    admin.assert_clean("the admin dashboard")
    paths = admin_menu_paths(admin.page)
    assert any(path.startswith("/admin/pages/") for path in paths), paths
    for path in paths[half::2]:
        admin.open(path)
        admin.assert_clean(path)
    return admin
