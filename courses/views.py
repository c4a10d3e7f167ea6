"""Views of the courses app outside the page tree: completing a lesson and "My learning"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from courses.models import CoursePage, LessonPage
from courses.navigation import course_catalogue_url
from courses.selectors import localized_lessons, my_learning
from courses.services import ActivitiesPending, NotEnrolled, lesson_complete


@require_POST
@login_required
def lesson_complete_view(request, course_id, lesson_id):
    """Mark a lesson as complete (once, however often pressed) and continue to the next one."""
    pages = {
        page.pk: page for page in Page.objects.live().filter(pk__in=[course_id, lesson_id]).select_related("locale")
    }
    course, lesson = pages.get(course_id), pages.get(lesson_id)
    if (
        course is None
        or lesson is None
        or course.specific_class is not CoursePage
        or lesson.specific_class is not LessonPage
        or lesson.path[: -Page.steplen] != course.path
    ):
        raise Http404(_("No such lesson in this course."))
    try:
        result = lesson_complete(user=request.user, lesson=lesson, course=course)
    except NotEnrolled as refusal:
        messages.info(request, str(refusal))
        return redirect(course.url)
    except ActivitiesPending as refusal:
        messages.warning(request, str(refusal))
        return redirect(lesson.url)
    if result.course_completed_now:
        messages.success(request, _("You have completed the course. Well done!"))
        return redirect(course.url)
    keys = [item.key for item in result.lessons]
    position = keys.index(lesson.translation_key) if lesson.translation_key in keys else len(keys)
    if position + 1 < len(keys):
        following = result.lessons[position + 1]
        translations = localized_lessons([following], language=course.locale.language_code, courses=[course])
        return redirect(translations.get(following.key, following).url or course.url)
    return redirect(course.url)


def catalogue_redirect_view(request):
    """The course catalogue in the interface language (or the default one)."""
    url = course_catalogue_url()
    if url is None:
        raise Http404(_("No courses are published yet."))
    return redirect(url)


@login_required
def my_learning_view(request):
    """The learner's courses: progress bars, where to continue, and what is completed."""
    return render(
        request,
        "courses/my_learning.html",
        {"learning": my_learning(user=request.user), "course_catalogue_url": reverse("courses:catalogue")},
    )
