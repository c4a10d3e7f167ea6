"""allauth's signup form, saved in one transaction (ACCOUNT_FORMS["signup"]).

allauth saves the new account, then calls the custom form's `signup` (privacy.forms
ConsentSignupForm, which records the consent), then the email address, each on its own. Here the
three happen together: an account never exists without the consent it was created with."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.db import transaction


class SignupForm(AllauthSignupForm):
    def save(self, request):
        with transaction.atomic():
            return super().save(request)
