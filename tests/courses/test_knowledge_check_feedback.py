"""A knowledge check says its verdict once: the block's own "Right." / "Not quite.", never again
from feedback whose author opened it with a verdict of their own (issue 20, point 7a)."""

import json
import re

import pytest
from django.utils import translation

from courses.blocks import feedback_without_verdict
from courses.services import enrollment_create
from tests.factories import build_course, lessons_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("feedback", "shown"),
    [
        ("Correct. Gifts and secrecy are typical steps.", "Gifts and secrecy are typical steps."),
        ("Right: you listen first.", "You listen first."),
        ("Not quite — report the same day.", "Report the same day."),
        ("Дұрыс. Сыйлықтар — грумингке тән қадамдар.", "Сыйлықтар — грумингке тән қадамдар."),
        ("Дұрыс емес: кешіктірмеңіз.", "Кешіктірмеңіз."),
        ("Верно. Подарки — типичные шаги груминга.", "Подарки — типичные шаги груминга."),
        ("Неверно, сообщите сегодня.", "Сообщите сегодня."),
        ("Correct.", ""),
        # No verdict: left as written, even where a verdict word starts a sentence.
        ("Rightly, the school acts.", "Rightly, the school acts."),
        ("Доказательства собирает полиция.", "Доказательства собирает полиция."),
        ("Correctly recognising signs matters.", "Correctly recognising signs matters."),
        ("Дұрысы — бүгін хабарлау.", "Дұрысы — бүгін хабарлау."),
        # A verdict the sentence goes on to qualify is part of the feedback, not a second verdict:
        # "Not quite. But only in part" would lose what the author meant.
        ("Correct, but only in part: also write it down.", "Correct, but only in part: also write it down."),
        ("Дұрыс, бірақ толық емес: жазып алыңыз.", "Дұрыс, бірақ толық емес: жазып алыңыз."),
        ("Верно, но не полностью: запишите.", "Верно, но не полностью: запишите."),
        ("Not quite right. Report the same day.", "Report the same day."),
    ],
)
def test_feedback_loses_the_verdict_its_author_wrote(feedback, shown):
    assert feedback_without_verdict(feedback) == shown


def test_lesson_shows_each_verdict_once_in_kazakh(client, learner):
    course = build_course(lessons=1)
    lesson = lessons_of(course)[0]
    lesson.body = json.dumps(
        [
            {
                "type": "knowledge_check",
                "value": {
                    "question": "Не істейсіз?",
                    "options": [
                        {"text": "Құпия сақтаймын", "correct": False, "feedback": "Дұрыс емес. Құпияға уәде бермеңіз."},
                        {"text": "Бүгін хабарлаймын", "correct": True, "feedback": "Дұрыс. Кешіктірмеу маңызды."},
                    ],
                },
            }
        ]
    )
    lesson.save_revision().publish()
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    with translation.override("kk"):
        page = client.get(lesson.url, HTTP_ACCEPT_LANGUAGE="kk").content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    # Before: "Дұрыс. Дұрыс. Кешіктірмеу маңызды." and "Толық емес. Дұрыс емес. Құпияға ..."
    assert "Дұрыс. Кешіктірмеу маңызды." in text
    assert "Толық емес. Құпияға уәде бермеңіз." in text
    assert "Дұрыс. Дұрыс." not in text
    assert "Дұрыс емес" not in text
