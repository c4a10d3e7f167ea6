"""What an author reads in the page editor is in their language: page types, fields, and every
block of every content stream (a block left without a label gets an English one from its name)."""

import pytest
from django.apps import apps
from django.utils import translation
from wagtail.fields import StreamField
from wagtail.models import Page

PROJECT_APPS = ("lms", "courses", "quizzes", "certificates", "cascade", "coverage")


def page_models():
    return [model for model in apps.get_models() if issubclass(model, Page) and model._meta.app_label in PROJECT_APPS]


def blocks_of(block, path):
    yield path, block
    for name, child in getattr(block, "child_blocks", {}).items():
        yield from blocks_of(child, f"{path}.{name}")
    child = getattr(block, "child_block", None)
    if child is not None:
        yield from blocks_of(child, f"{path}[]")


def read(text, language):
    with translation.override(language):
        return str(text)


def untranslated(texts):
    return [(where, read(text, "en")) for where, text in texts if text and read(text, "kk") == read(text, "en")]


@pytest.mark.parametrize("model", page_models(), ids=lambda model: model.__name__)
def test_page_type_and_its_fields_are_named_in_kazakh(model):
    texts = [(model.__name__, model._meta.verbose_name)]
    texts += [
        (f"{model.__name__}.{field.name}", field.verbose_name)
        for field in model._meta.get_fields(include_parents=False)
        if getattr(field, "concrete", False) and field.editable and not field.auto_created
    ]
    assert untranslated(texts) == []


@pytest.mark.parametrize("model", page_models(), ids=lambda model: model.__name__)
def test_every_block_an_author_picks_is_labelled_in_kazakh(model):
    texts = []
    for field in model._meta.get_fields(include_parents=False):
        if isinstance(field, StreamField):
            for where, block in blocks_of(field.stream_block, f"{model.__name__}.{field.name}"):
                if where != f"{model.__name__}.{field.name}":
                    texts.append((where, block.label))
    assert untranslated(texts) == []


@pytest.mark.django_db
def test_the_block_chooser_previews_read_in_kazakh():
    """The block chooser shows an example of a block; the example is written in the author's language."""
    from courses.blocks import LessonBodyBlock

    with_examples = [
        block for block in LessonBodyBlock().child_blocks.values() if getattr(block.meta, "preview_value", None)
    ]
    assert len(with_examples) >= 4
    for block in with_examples:
        with translation.override("en"):
            english = block.render(block.get_preview_value())
        with translation.override("kk"):
            kazakh = block.render(block.get_preview_value())
        assert kazakh != english, block.name
        assert "Stay calm" not in kazakh and "Report the same day" not in kazakh
