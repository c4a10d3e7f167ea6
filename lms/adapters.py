"""How django-allauth fits the platform: profiles at signup, language at login."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import translate_url
from django.utils import translation

from lms.language import language_cookie_set
from lms.services import PROFILE_FIELDS, user_profile_apply


class AccountAdapter(DefaultAccountAdapter):
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
