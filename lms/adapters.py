"""How django-allauth fits the platform: profiles at signup, language at login."""

import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core import context
from django.urls import translate_url
from django.utils import translation

from lms.language import language_cookie_set
from lms.services import PROFILE_FIELDS, user_profile_apply


class AccountAdapter(DefaultAccountAdapter):
    def is_reauthentication_required(self, *, app, **kwargs):
        """A sign-in a few minutes ago counts as confirming the password: a staff member sent to
        add a second factor right after signing in is not asked for the password again. Later,
        allauth asks before authenticators are added or removed."""
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        request = context.request
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return True
        moments = [record.get("at") for record in get_authentication_records(request, user)]
        latest = max((moment for moment in moments if isinstance(moment, int | float)), default=None)
        return latest is None or time.time() - latest >= account_settings.REAUTHENTICATION_TIMEOUT

    def save_user(self, request, user, form, commit=True):
        """Save the new person with the profile answered on the signup form, in one go."""
        user = super().save_user(request, user, form, commit=False)
        if not commit:
            return user
        profile = {name: form.cleaned_data.get(name) for name in PROFILE_FIELDS}
        return user_profile_apply(user=user, is_signup=True, **profile)

    def post_login(self, request, user, **kwargs):
        """Switch to the person's preferred language, in the redirect and the language cookie."""
        language = user.language
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = super().post_login(request, user, **kwargs)
        location = response.get("Location")
        if location:
            response["Location"] = translate_url(location, language)
        return language_cookie_set(response, language)
