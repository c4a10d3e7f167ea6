"""What the development server hands out from MEDIA_ROOT without asking who wants it."""

import importlib

import pytest
from django.urls import clear_url_caches

import lms.urls


@pytest.fixture
def debug_urls(settings, tmp_path):
    """lms.urls as `make run` builds it (DEBUG on), over a media folder with an image and a document."""
    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path
    for folder, name, content in (("images", "photo.jpg", b"image"), ("documents", "list.pdf", b"%PDF-1.4 names")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_bytes(content)
    importlib.reload(lms.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(lms.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_development_server_serves_images_but_never_documents(debug_urls, client):
    assert client.get("/media/images/photo.jpg").status_code == 200
    response = client.get("/media/documents/list.pdf")
    assert response.status_code == 404
    assert b"names" not in b"".join(getattr(response, "streaming_content", [response.content]))
