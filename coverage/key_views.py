"""API keys for ministry systems: a person who sees coverage figures makes keys that read the API
with their own scope, sees each key once, and stops one when a system no longer needs it."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from coverage.tokens import ACTIVE_LIMIT, TooManyKeys, api_token_issue, api_token_revoke, api_tokens_of
from lms import permissions


class KeyForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Which system will use it"),
        max_length=100,
        help_text=gettext_lazy("For example: the ministry's statistics system. You will see this name in the list."),
    )

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name or not all(character.isprintable() for character in name):
            raise forms.ValidationError(_("Give the system a name you will know it by in the list."))
        return name


def _page(request, form, key=None, status=200):
    return render(
        request,
        "coverage/api_keys.html",
        {
            "form": form,
            "key": key,
            "tokens": api_tokens_of(request.user),
            "limit": ACTIVE_LIMIT,
            "api_url": request.build_absolute_uri(reverse("coverage_api:index")),
        },
        status=status,
    )


@login_required
def api_keys_view(request):
    """The person's keys, and the form that makes one (shown once, on the page that made it)."""
    if not permissions.can_view_coverage(request.user):
        raise PermissionDenied
    if request.method != "POST":
        return _page(request, KeyForm())
    form = KeyForm(request.POST)
    if not form.is_valid():
        return _page(request, form, status=400)
    try:
        _token, key = api_token_issue(user=request.user, name=form.cleaned_data["name"])
    except TooManyKeys as refusal:
        form.add_error(None, str(refusal))
        return _page(request, form, status=400)
    response = _page(request, KeyForm(), key=key)
    response["Cache-Control"] = "no-store"  # the key is on this page only
    return response


@login_required
@require_POST
def api_key_revoke_view(request, token_id):
    if not permissions.can_view_coverage(request.user):
        raise PermissionDenied
    token = api_token_revoke(user=request.user, token_id=token_id)
    if token is None:
        raise Http404(_("You have no such key in use."))
    messages.success(request, _("The key “%(name)s” is stopped: it reads nothing from now on.") % {"name": token.name})
    return redirect("coverage:api_keys")
