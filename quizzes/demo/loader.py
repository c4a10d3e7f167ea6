"""The demo quizzes: a pre-test and a final assessment for the teacher course, a final
assessment for the trainer course, in Kazakh (the source) with Russian and English translations.

Running it again changes nothing; a database from before quizzes existed gets them.
"""

from courses.demo.loader import SOURCE, TRANSLATIONS, ensure_page, ensure_translation
from courses.models import CoursePage
from quizzes.demo.bank import bank_raw
from quizzes.demo.content import teacher_quiz, trainer_quiz
from quizzes.models import QuizPage

TEACHER_COURSE = "recognising-and-responding"
TRAINER_COURSE = "leading-the-training"

# (course slug, texts, role, question bank, id prefix, settings)
DEMO_QUIZZES = [
    (
        TEACHER_COURSE,
        teacher_quiz.PRE_TEST,
        QuizPage.Role.PRE_TEST,
        teacher_quiz.QUESTIONS,
        "teacher",
        {"attempts_allowed": 1, "show_answers": QuizPage.ShowAnswers.NEVER, "pass_mark": 80},
    ),
    (
        TEACHER_COURSE,
        teacher_quiz.FINAL,
        QuizPage.Role.FINAL,
        teacher_quiz.QUESTIONS,
        "teacher",
        {"attempts_allowed": 3, "show_answers": QuizPage.ShowAnswers.AFTER_LAST_ATTEMPT, "pass_mark": 80},
    ),
    (
        TRAINER_COURSE,
        trainer_quiz.FINAL,
        QuizPage.Role.FINAL,
        trainer_quiz.QUESTIONS,
        "trainer",
        {"attempts_allowed": 3, "show_answers": QuizPage.ShowAnswers.AFTER_LAST_ATTEMPT, "pass_mark": 80},
    ),
]


def quiz_fields(texts, role, questions, prefix, settings, language):
    return {
        "title": texts["title"][language],
        "intro": f"<p>{texts['intro'][language]}</p>",
        "role": role,
        "questions": bank_raw(questions, language, prefix),
        **settings,
    }


def demo_quizzes_load():
    """Create the demo quizzes that are missing, in every language; returns how many were new."""
    created = 0
    for course_slug, texts, role, questions, prefix, settings in DEMO_QUIZZES:
        course = CoursePage.objects.filter(slug=course_slug, locale__language_code=SOURCE).first()
        if course is None:
            continue
        existed = QuizPage.objects.child_of(course).filter(slug=texts["slug"]).exists()

        def fields(language, texts=texts, role=role, questions=questions, prefix=prefix, settings=settings):
            return quiz_fields(texts, role, questions, prefix, settings, language)

        quiz = ensure_page(course, QuizPage, texts["slug"], fields, SOURCE)
        created += not existed
        for language in TRANSLATIONS:
            ensure_translation(quiz, language, fields(language))
    return created
