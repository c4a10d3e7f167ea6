"""Per-question statistics of a quiz, for authors, reviewers and trainers."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from lms import permissions
from quizzes.pages import QuizPage
from quizzes.reports import question_statistics


@login_required
def statistics_view(request, page_id):
    """Which questions learners find hard: answered, share correct, most common wrong answer."""
    if not permissions.can_view_question_statistics(request.user):
        raise PermissionDenied
    quiz = QuizPage.objects.filter(pk=page_id).select_related("locale").first()
    if quiz is None:
        raise Http404(_("No such quiz."))
    return render(
        request,
        "quizzes/statistics.html",
        {"quiz": quiz, "figures": question_statistics(quiz=quiz), "title": quiz.title},
    )
