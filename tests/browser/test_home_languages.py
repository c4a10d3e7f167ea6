import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("django_db_serialized_rollback", "live_server_settled"),
]


@pytest.mark.parametrize(
    ("language", "heading", "sign_in"),
    [
        ("kk", "Балаларды қорғау не істеу керегін білетін мұғалімнен басталады", "Кіру"),
        ("ru", "Защита детей начинается с учителя, который знает, что делать", "Войти"),
        ("en", "Protecting children starts with a teacher who knows what to do", "Sign in"),
    ],
)
def test_home_page_in_each_language(live_server, page, language, heading, sign_in):
    page.goto(f"{live_server.url}/{language}/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.get_by_role("heading", level=1).inner_text() == heading
    page.locator(".menu-toggle summary").click()  # a 360 px phone folds the menu behind its button
    assert page.get_by_role("navigation").get_by_role("link", name=sign_in, exact=True).is_visible()


def test_language_switcher_changes_the_language_with_the_keyboard(live_server, page):
    page.goto(f"{live_server.url}/kk/")
    page.get_by_role("button", name="Русский").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/ru/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Защита детей")


def test_home_page_fits_a_360_px_phone_without_sideways_scrolling(live_server, page):
    page.goto(f"{live_server.url}/kk/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
