"""Documents are for signed-in users unless an editor made their collection public on purpose."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection

from courses.models import PublicCollection
from lms import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BYTES = b"%PDF-1.4 the school's reporting form"


def document_in(collection, title="Reporting form"):
    return Document.objects.create(
        title=title, collection=collection, file=ContentFile(BYTES, name="reporting-form.pdf")
    )


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def root():
    return Collection.get_first_root_node()


def test_document_links_go_through_the_serve_view_not_media(root):
    document = document_in(root)
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    assert "/media/" not in document.url


def test_anonymous_download_from_a_default_collection_is_sent_to_sign_in(client, root):
    document = document_in(root)
    response = client.get(document.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert BYTES not in body(response)


def test_a_new_collection_is_for_signed_in_users_too(client, root):
    leaflets = root.add_child(name="Leaflets")
    response = client.get(document_in(leaflets).url)
    assert response.status_code == 302 and BYTES not in body(response)


def test_signed_in_learner_downloads_a_document(client, learner, root):
    document = document_in(root)
    client.force_login(learner)
    response = client.get(document.url)
    assert response.status_code == 200 and body(response) == BYTES


def test_editor_makes_a_collection_public_and_anyone_downloads_its_documents(client, root):
    posters = root.add_child(name="Posters for parents")
    document = document_in(posters)
    editor = UserFactory(roles=[roles.CONTENT_EDITORS])
    client.force_login(editor)
    assert reverse("public_collections:index") in client.get(reverse("wagtailadmin_home")).content.decode()
    response = client.post(
        reverse("public_collections:add"), {"collection": posters.pk, "reason": "Leaflets shared with parents."}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    choice = PublicCollection.objects.get(collection=posters)
    assert choice.made_public_by == editor and choice.made_public_at
    listing = client.get(reverse("public_collections:index")).content.decode()
    assert "Posters for parents" in listing and "Leaflets shared with parents." in listing

    client.logout()
    response = client.get(document.url)
    assert response.status_code == 200 and body(response) == BYTES
    # ...and only that collection: the root stays for signed-in users.
    assert client.get(document_in(root, title="Internal").url).status_code == 302


@pytest.mark.parametrize("role", [roles.TRAINERS, roles.CONTENT_REVIEWERS, roles.LEARNERS])
def test_only_editors_make_a_collection_public(client, root, role):
    posters = root.add_child(name="Posters")
    client.force_login(UserFactory(roles=[role]))
    response = client.post(reverse("public_collections:add"), {"collection": posters.pk, "reason": "Why not."})
    assert response.status_code in (302, 403) and response.get("Location", "/admin/") != reverse(
        "public_collections:index"
    )
    assert not PublicCollection.objects.exists()


def test_the_public_collections_list_reads_as_many_queries_for_five_collections_as_for_one(
    client, root, django_assert_max_num_queries
):
    editor = UserFactory(roles=[roles.CONTENT_EDITORS])
    client.force_login(editor)

    def make_public(name):
        PublicCollection.objects.create(collection=root.add_child(name=name), reason="Leaflets", made_public_by=editor)

    make_public("Posters 0")
    client.get(reverse("public_collections:index"))  # the session and the menus settle
    with django_assert_max_num_queries(30) as one:
        assert "Posters 0" in client.get(reverse("public_collections:index")).content.decode()
    for number in range(1, 5):
        make_public(f"Posters {number}")
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert "Posters 4" in client.get(reverse("public_collections:index")).content.decode()
