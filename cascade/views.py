"""Joining a group by its code or link, and a trainer's groups."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cascade.codes import normalise_join_code
from cascade.forms import CohortForm
from cascade.models import Cohort
from cascade.selectors import cohort_summary, cohorts_led_by, trainer_generation
from cascade.services import CascadeRefusal, cohort_join, cohort_open
from lms.ratelimit import limit_reached, over_the_limit

LOOKUPS_PER_MINUTE = 30


def page_language():
    """The two-letter language of the page being served."""
    return (get_language() or "kk")[:2]


def _blocked(request):
    """Codes that lead nowhere are counted per address: a whole school behind one address opening
    the right link at once is never stopped, someone guessing codes is."""
    return limit_reached(request, scope="cohort-join-misses", per_minute=LOOKUPS_PER_MINUTE)


def _count_miss(request):
    over_the_limit(request, scope="cohort-join-misses", per_minute=LOOKUPS_PER_MINUTE)


def _too_many_response(request, typed):
    notice = _("Too many tries from your connection. Wait a minute and try again.")
    return render(request, "cascade/join_code.html", {"typed": typed, "notice": notice}, status=429)


def join_code_view(request):
    """Type the code the trainer said out loud or wrote on the board."""
    typed = (request.GET.get("code") or "").strip()
    if not typed:
        return render(request, "cascade/join_code.html", {"typed": ""})
    if _blocked(request):
        return _too_many_response(request, typed)
    code = normalise_join_code(typed)
    if code is None or not Cohort.objects.filter(join_code=code).exists():
        _count_miss(request)
        error = _("No group has this code. Check it with your trainer: six letters and digits, like K7QM4T.")
        return render(request, "cascade/join_code.html", {"typed": typed, "error": error}, status=404)
    return redirect("cascade:join", code=code)


def join_view(request, code):
    """The group behind a code: trainer, course, dates and places; joining it for a signed-in teacher."""
    if _blocked(request):
        return _too_many_response(request, code)
    summary = cohort_summary(code=normalise_join_code(code) or "", language=page_language())
    if summary is None:
        _count_miss(request)
        raise Http404(_("No group has this code."))
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={request.path}")
        try:
            cohort_join(user=request.user, cohort=summary.cohort)
        except CascadeRefusal as refusal:
            return render(request, "cascade/join.html", {"summary": summary, "error": str(refusal)}, status=409)
        messages.success(request, _("You have joined the group. Your trainer will see your progress."))
        return redirect(summary.course_url or "courses:my_learning")
    return render(request, "cascade/join.html", {"summary": summary})


@login_required
def my_cohorts_view(request):
    """A trainer's groups, newest first, with places taken and the code."""
    generation = trainer_generation(request.user)
    return render(
        request,
        "cascade/my_cohorts.html",
        {
            "is_trainer": generation is not None,
            "generation": generation,
            "cohorts": cohorts_led_by(user=request.user, language=page_language()),
        },
    )


@login_required
def cohort_new_view(request):
    """Open a group: a trainer only; the form keeps what was typed when something is wrong."""
    if trainer_generation(request.user) is None:
        messages.error(request, _("Only trainers open cohorts: you need a valid trainer certificate."))
        return redirect("cascade:mine")
    form = CohortForm(request.POST or None, user=request.user, language=page_language())
    if request.method == "POST" and form.is_valid():
        try:
            cohort = cohort_open(trainer=request.user, **form.cohort_values())
        except CascadeRefusal as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, _("The group is open. Give your trainees its code or link."))
            return redirect("cascade:cohort", cohort_id=cohort.pk)
    return render(request, "cascade/cohort_new.html", {"form": form}, status=400 if form.errors else 200)
