"""The page "My data": the signed-in person sees everything the platform holds about them, downloads it as
JSON or opens a readable copy to print. Only their own data, so nothing is written to the audit
trail (tests/lms/test_audit_urls.py); every answer is no-store (lms.headers)."""

import json

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from privacy.my_data_selectors import ACCESSES_SHOWN, my_data_of


def _erase_url():
    """The page where a person withdraws consent and asks for erasure, once the app has it."""
    try:
        return reverse("privacy:erase")
    except NoReverseMatch:
        return None


@require_safe
@login_required
def my_data(request):
    """Every kind of record about the person, what it is and why it is kept, with the actions."""
    data = my_data_of(user=request.user)
    return render(
        request,
        "privacy/my_data.html",
        {
            "data": data,
            "accesses_shown": data.accesses.table[:ACCESSES_SHOWN],
            "erase_url": _erase_url(),
        },
    )


@require_safe
@login_required
def my_data_json(request):
    """The same data as one JSON object, as a file named with the day it was made."""
    data = my_data_of(user=request.user)
    body = json.dumps(data.as_json(), ensure_ascii=False, indent=2, cls=DjangoJSONEncoder)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    day = timezone.localdate(data.generated_at).isoformat()
    response["Content-Disposition"] = f'attachment; filename="my-data-{day}.json"'
    return response


@require_safe
@login_required
def my_data_copy(request):
    """The same data as a page to read or print (every row of every kind, no controls)."""
    return render(request, "privacy/my_data_copy.html", {"data": my_data_of(user=request.user)})
