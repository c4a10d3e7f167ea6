"""Views of H5P: the player and package files on the H5P origin, results on the platform origin."""

import json

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotFound,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.h5p.licences import player_licences
from courses.h5p.origins import platform_origins
from courses.h5p.rules import LIBRARY_EXTENSIONS, extension_of, mime_type_for
from courses.h5p.selectors import ActivityNotFound, lesson_activity, recent_attempts
from courses.h5p.services import h5p_attempt_record
from courses.h5p.storage import HASH, content_folder, h5p_storage, is_stored
from courses.h5p.validation import is_skipped, unsafe_path_reason
from courses.h5p.xapi import (
    MAX_BODY_BYTES,
    VIEWED,
    StatementRejected,
    actor_account_name,
    is_result,
    statement_result,
)
from courses.models import H5PPackage
from courses.selectors import enrollment_for
from lms.converters import PAGE_ID_MAX, fits

# Package files are named by their content's hash, so they never change.
RESULTS_PER_TEN_MINUTES = 120  # a learner answering fast sends a few a minute
IMMUTABLE = "public, max-age=31536000, immutable"


@require_GET
def player_view(request, content_hash):
    """The page that plays one package; the lesson page frames it from the platform's origin."""
    if not HASH.fullmatch(content_hash) or not is_stored(content_hash):
        raise Http404
    language = request.GET.get("lang", "")
    if language in dict(settings.LANGUAGES):
        translation.activate(language)
    package = H5PPackage.objects.filter(content_hash=content_hash).only("title").first()
    # Rendered without the request: the platform's context processors have no business on this origin.
    return HttpResponse(
        render_to_string(
            "courses/h5p/player.html",
            {
                "title": package.title if package else "H5P",
                "content_hash": content_hash,
                "content_url": f"/content/{content_hash}",
                "parent_origins": platform_origins(),
            },
        )
    )


@require_GET
def package_file_view(request, content_hash, name):
    """One file of an unpacked package, with its MIME type; only names a valid package may hold."""
    if (
        not HASH.fullmatch(content_hash)
        or unsafe_path_reason(name)
        or is_skipped(name)
        or extension_of(name) not in LIBRARY_EXTENSIONS
    ):
        raise Http404
    try:
        handle = h5p_storage().open(f"{content_folder(content_hash)}/{name}")
    except (OSError, SuspiciousFileOperation):  # missing, a folder, a name too long for the file system
        raise Http404 from None
    response = FileResponse(handle, content_type=mime_type_for(name))
    response["Cache-Control"] = IMMUTABLE
    return response


def licences_view(request):
    """The licences of the H5P player, on the platform's origin."""
    return render(request, "courses/h5p/licences.html", {"licences": player_licences()})


def bad_request(request, exception=None):
    return HttpResponseBadRequest("Bad request", content_type="text/plain; charset=utf-8")


def forbidden(request, exception=None):
    return HttpResponseForbidden("Forbidden", content_type="text/plain; charset=utf-8")


def not_found(request, exception=None):
    """The H5P origin knows nothing of the platform's pages, not even their error pages."""
    return HttpResponseNotFound("Not found", content_type="text/plain; charset=utf-8")


def server_error(request):
    return HttpResponseServerError("Server error", content_type="text/plain; charset=utf-8")


MAX_STATEMENT_DEPTH = 32  # an xAPI statement of an H5P activity nests about ten levels


def _depth(value):
    """How deeply a parsed JSON value nests, walked without recursion (storing it recurses)."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            if depth > MAX_STATEMENT_DEPTH:
                break
            pending.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _refused(message, status=400):
    return JsonResponse({"recorded": False, "error": message}, status=status)


def _read_result(request):
    """The posted JSON, checked for size and shape; raises StatementRejected with the reason."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > MAX_BODY_BYTES or len(request.body) > MAX_BODY_BYTES:
        raise StatementRejected(_("The result is too large to be recorded."))
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise StatementRejected(_("The result is not valid JSON.")) from None
    if not isinstance(data, dict):
        raise StatementRejected(_("The result is not valid JSON."))
    lesson_id, package_id, block_id = data.get("lesson"), data.get("package"), data.get("block")
    if not all(isinstance(value, int) and not isinstance(value, bool) for value in (lesson_id, package_id)) or not (
        isinstance(block_id, str) and 0 < len(block_id) <= 64
    ):
        raise StatementRejected(_("The result does not say which activity it belongs to."))
    if not (fits(lesson_id, maximum=PAGE_ID_MAX) and fits(package_id)):
        raise StatementRejected(_("This activity is not part of that lesson."))
    if data.get("viewed") is True and "statement" not in data:
        return lesson_id, package_id, block_id, None
    statement = data.get("statement")
    if _depth(statement) > MAX_STATEMENT_DEPTH:
        raise StatementRejected(_("The result is not valid JSON."))
    if not is_result(statement):
        raise StatementRejected(
            _("Only the result of a whole activity (completed or answered) is recorded, not of a part of it.")
        )
    return lesson_id, package_id, block_id, statement


@require_POST
def attempt_record_view(request):
    """Record a result the H5P player reported through the lesson page; 400 with the reason when it cannot be."""
    if not request.user.is_authenticated:
        return _refused(_("Sign in to save your results."), status=401)
    if recent_attempts(user=request.user) >= RESULTS_PER_TEN_MINUTES:
        return _refused(_("Too many results in a short time. Wait a few minutes and try again."), status=429)
    try:
        lesson_id, package_id, block_id, statement = _read_result(request)
        if statement is not None and actor_account_name(statement) != str(request.user.pk):
            raise StatementRejected(
                _("This result belongs to someone else. Reload the page: you may have signed in as another person.")
            )
        try:
            activity = lesson_activity(lesson_id=lesson_id, block_id=block_id, package_id=package_id)
        except ActivityNotFound:
            raise StatementRejected(_("This activity is not part of that lesson.")) from None
        if enrollment_for(user=request.user, course_key=activity.course_key) is None:
            raise StatementRejected(_("Enrol in the course to save your results."))
        if statement is None:
            # Only a content type that sends no result of its own is done by being looked through.
            if activity.reports_results:
                raise StatementRejected(_("This activity reports its own result: finish it to complete it."))
            result = VIEWED
        else:
            result = statement_result(statement)
    except StatementRejected as rejected:
        return _refused(str(rejected))
    attempt = h5p_attempt_record(user=request.user, activity=activity, result=result, statement=statement or {})
    return JsonResponse(
        {
            "recorded": True,
            "completed": bool(attempt.completion),
            "score_raw": attempt.score_raw,
            "score_max": attempt.score_max,
        },
        status=201,
    )
