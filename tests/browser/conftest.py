import pytest


@pytest.fixture
def two_origins(live_server, settings):
    """The platform on localhost, the H5P origin on 127.0.0.1: one server, two origins to the browser."""
    port = live_server.url.rsplit(":", 1)[1]
    settings.H5P_ORIGIN = f"http://127.0.0.1:{port}"
    settings.PLATFORM_ORIGINS = [f"http://localhost:{port}"]
    return f"http://localhost:{port}"
