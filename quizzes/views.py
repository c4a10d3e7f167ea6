"""Taking an attempt: the page and its form, saving answers as the learner goes, the result.

The HTML form works without JavaScript, and it is how every attempt is submitted; attempt.js
saves each answer as it is given through the one JSON endpoint, which answers 4xx with a message
in the learner's language.
"""

import json
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from quizzes.answers import MAX_BODY_BYTES, AnswerError, answers_from_form, clean_answers, form_values_from_post
from quizzes.models import QuizResult
from quizzes.pages import QuizPage
from quizzes.selectors import (
    attempt_for,
    attempt_form_context,
    attempt_result_context,
    attempts_before_round_of,
    certificate_after,
)
from quizzes.services import AttemptClosed, AttemptNotFound, attempt_answers_save, attempt_submit


def _learner_attempt(request, attempt_id):
    attempt = attempt_for(user=request.user, attempt_id=attempt_id)
    if attempt is None:
        raise Http404(_("No such attempt."))
    return attempt


def _result_url(attempt):
    return reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})


def _time_up(request, attempt):
    attempt_submit(user=request.user, attempt_id=attempt.pk, quiz_key=attempt.quiz_key)
    messages.info(request, _("Time is up. Your answers as they stood at the time limit have been graded."))
    return redirect(_result_url(attempt))


@login_required
def attempt_view(request, attempt_id):
    """The questions of an open attempt. POST saves the form's answers, or submits them."""
    attempt = _learner_attempt(request, attempt_id)
    if not attempt.is_open:
        if request.method == "POST":
            messages.info(request, _("This attempt was already submitted. Here is its result."))
        return redirect(_result_url(attempt))
    if attempt.expired(timezone.now()):
        return _time_up(request, attempt)
    if request.method == "POST":
        submitting = request.POST.get("action") == "submit"
        pre_test = attempt.role == QuizPage.Role.PRE_TEST
        try:
            answers = answers_from_form(
                attempt.snapshot, request.POST, pre_test=pre_test, order_unknown_allowed=submitting and pre_test
            )
        except AnswerError as error:
            # The message stands next to its question (and the summary at the top links there).
            context = attempt_form_context(
                snapshot=attempt.snapshot,
                answers=attempt.answers,
                values=form_values_from_post(attempt.snapshot, request.POST),
                errors={error.question: error.message},
            )
            if error.question is None:
                messages.error(request, error.message)
            return _render_attempt(request, attempt, context, status=400)
        if submitting:
            submitted = attempt_submit(
                user=request.user, attempt_id=attempt.pk, answers=answers, quiz_key=attempt.quiz_key
            )
            if submitted.already_submitted:
                messages.info(request, _("This attempt was already submitted. Here is its result."))
            elif submitted.course_completed_now:
                messages.success(request, _("You have completed the course. Well done!"))
            return redirect(_result_url(attempt))
        try:
            saved = attempt_answers_save(
                user=request.user, attempt_id=attempt.pk, answers=answers, quiz_key=attempt.quiz_key
            )
        except AttemptClosed:
            messages.info(request, _("This attempt was already submitted. Here is its result."))
            return redirect(_result_url(attempt))
        if not saved.is_open:
            messages.info(request, _("Time is up. Your answers as they stood at the time limit have been graded."))
            return redirect(_result_url(attempt))
        messages.success(request, _("Your answers are saved. You can come back and finish later."))
        return redirect(request.path)
    return _render_attempt(request, attempt, attempt_form_context(snapshot=attempt.snapshot, answers=attempt.answers))


def _render_attempt(request, attempt, context, status=200):
    context.update(
        attempt=attempt,
        title=attempt.snapshot["title"],
        pre_test=attempt.role == QuizPage.Role.PRE_TEST,
        seconds_left=max(0, int((attempt.deadline - timezone.now()).total_seconds())) if attempt.deadline else None,
        save_url=reverse("quizzes:save_answers", kwargs={"attempt_id": attempt.pk}),
        quiz_url=reverse("quizzes:quiz", kwargs={"page_id": attempt.quiz_page_id}) if attempt.quiz_page_id else None,
    )
    return render(request, "quizzes/attempt.html", context, status=status)


@login_required
def attempt_result_view(request, attempt_id):
    """A submitted attempt's score, pass or fail, and the feedback the quiz's settings allow."""
    attempt = _learner_attempt(request, attempt_id)
    if attempt.is_open:
        if attempt.expired(timezone.now()):
            return _time_up(request, attempt)
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    result = QuizResult.objects.filter(user=request.user, quiz_key=attempt.quiz_key).first()
    before = attempts_before_round_of(attempt)
    context = attempt_result_context(attempt=attempt, result=result, attempts_before=before)
    context.update(
        title=attempt.snapshot["title"],
        quiz_url=reverse("quizzes:quiz", kwargs={"page_id": attempt.quiz_page_id}) if attempt.quiz_page_id else None,
        certificate=certificate_after(attempt),
    )
    return render(request, "quizzes/result.html", context)


def json_error(message, status, **extra):
    return JsonResponse({"error": message, **extra}, status=status, json_dumps_params={"ensure_ascii": False})


def json_login_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return json_error(_("Your session has ended. Sign in again; your saved answers are kept."), 401)
        return view(request, *args, **kwargs)

    return wrapper


def _json_body(request):
    """The request's JSON object, or a JsonResponse saying what is wrong with it."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY_BYTES:
        return None, json_error(_("Too much data in one request."), 413)
    try:
        body = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: deeply nested arrays
        return None, json_error(_("The answers could not be read. Reload the page and try again."), 400)
    if not isinstance(body, dict):
        return None, json_error(_("The answers could not be read. Reload the page and try again."), 400)
    return body, None


def _json_attempt(request, attempt_id):
    attempt = attempt_for(user=request.user, attempt_id=attempt_id)
    if attempt is None:
        return None, json_error(_("No such attempt."), 404)
    return attempt, None


def _closed(attempt, message=None):
    return json_error(
        message or _("This attempt was already submitted."),
        409,
        result_url=_result_url(attempt),
        percent=attempt.percent,
        passed=attempt.passed,
    )


def _checked_answers(request, attempt_id):
    """The open attempt and the checked answers of a JSON request, or a response saying what is
    wrong."""
    body, problem = _json_body(request)
    if problem:
        return None, None, problem
    attempt, problem = _json_attempt(request, attempt_id)
    if problem:
        return None, None, problem
    if not attempt.is_open:
        return attempt, None, _closed(attempt)
    try:
        answers = clean_answers(attempt.snapshot, body.get("answers"))
    except AnswerError as error:
        return attempt, None, json_error(error.message, 400, question=error.question)
    return attempt, answers, None


@require_POST
@json_login_required
def save_answers_view(request, attempt_id):
    """Save some answers of an open attempt: {"answers": {question key: answer}}."""
    attempt, answers, problem = _checked_answers(request, attempt_id)
    if problem:
        return problem
    try:
        attempt = attempt_answers_save(
            user=request.user, attempt_id=attempt.pk, answers=answers, quiz_key=attempt.quiz_key
        )
    except AttemptClosed as closed:  # submitted from another tab meanwhile
        return _closed(closed.attempt)
    except AttemptNotFound:
        return json_error(_("No such attempt."), 404)
    if not attempt.is_open:
        return _closed(attempt, _("Time is up. Your answers as they stood at the time limit have been graded."))
    return JsonResponse(
        {"saved": True, "answered": len(attempt.answers), "saved_at": attempt.answers_saved_at.isoformat()}
    )


def quiz_view(request, page_id):
    """The quiz page an attempt belongs to, by id (links from attempts outlive slug changes)."""
    from wagtail.models import Page

    page = Page.objects.live().filter(pk=page_id).first()
    if page is None:
        raise Http404(_("No such quiz."))
    return redirect(page.url)
