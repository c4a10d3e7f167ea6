"""What every browser test shares: its marks, Kazakh strings as the page shows them, signing in."""

import pytest
from django.utils import translation

from tests.factories import PASSWORD

# A live server in another thread needs committed data; serialized rollback restores the
# migrations' rows (regions, roles) for the tests that follow.
BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("django_db_serialized_rollback", "live_server_settled"),
]


def kk(message, **values):
    with translation.override("kk"):
        text = translation.gettext(message)
    return text % values if values else text


def sign_in(page, base, email, language="kk", password=PASSWORD):
    page.goto(f"{base}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{base}/{language}/")
