"""The signup form with consent to the privacy notice (ACCOUNT_SIGNUP_FORM_CLASS), and the
admin's form to find a person by email.

Signup asks for one consent: a required box naming the version of the notice in force, with a
link to it and the four purposes listed. The form remembers which version it showed; if another
one comes into force before the person sends it, the box is asked again for the new one. With
no notice published at all, signup asks nothing and records nothing.
"""

from django import forms
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from lms.forms import SignupProfileForm
from lms.models import User
from privacy.consent import consent_record
from privacy.models import Consent, PrivacyNotice, Purpose
from privacy.notice_selectors import notice_current


def consent_label(notice: PrivacyNotice) -> str:
    """ "I have read the privacy notice (version N) ..." with the notice linked, opening in a new tab
    so that what the person typed stays on the form."""
    link_start = format_html(
        '<a href="{}" target="_blank" rel="noopener">',
        reverse("privacy:notice_version", kwargs={"version": notice.version}),
    )
    text = escape(
        gettext(
            "I have read the %(link_start)sprivacy notice%(link_end)s (version %(version)s, opens in a new tab) "
            "and agree that my personal data are processed for the purposes below."
        )
    )
    return mark_safe(text % {"link_start": link_start, "link_end": mark_safe("</a>"), "version": notice.version})


def purposes_help() -> str:
    """The four purposes, as a list under the box."""
    items = format_html_join("", "<li>{}</li>", ((purpose.label,) for purpose in Purpose))
    return format_html("{}<ul>{}</ul>", gettext("The purposes:"), items)


class ConsentSignupForm(SignupProfileForm):
    """allauth's signup with the profile questions (lms.forms) and consent to the current notice."""

    notice_version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notice = notice_current()
        if self.notice is None:
            del self.fields["notice_version"]
            return
        self.fields["notice_version"].initial = self.notice.version
        self.fields["privacy_consent"] = forms.BooleanField(
            label=consent_label(self.notice),
            help_text=purposes_help(),
            required=True,
            template_name="privacy/includes/consent_field.html",
            error_messages={
                "required": _(
                    "Tick the box to agree to the privacy notice: without your consent the account cannot be created."
                )
            },
        )

    def clean(self):
        cleaned = super().clean()
        if self.notice is not None and cleaned.get("privacy_consent"):
            shown = cleaned.get("notice_version")
            if shown is not None and shown != self.notice.version:
                # A new version came into force while the form was open: the box now names it.
                self.data = self.data.copy()
                self.data["notice_version"] = str(self.notice.version)
                self.data.pop("privacy_consent", None)
                self.add_error(
                    "privacy_consent",
                    _("The privacy notice has just changed. Read version %(version)s and tick the box again.")
                    % {"version": self.notice.version},
                )
        return cleaned

    def signup(self, request, user):
        """Record the consent with the new account, in its transaction (privacy.signup.SignupForm)."""
        super().signup(request, user)
        if self.notice is not None:
            consent_record(
                person=user,
                notice=self.notice,
                method=Consent.Method.SIGNUP,
                language=(get_language() or "kk")[:2],
            )


class PersonLookupForm(forms.Form):
    """The admin's consent history: find the person by their email address."""

    email = forms.EmailField(label=_("Email"))

    def clean(self):
        cleaned = super().clean()
        email = (cleaned.get("email") or "").strip().lower()
        if email:
            cleaned["found"] = User.objects.filter(email=email).first()
            if cleaned["found"] is None:
                self.add_error("email", _("No account has this email address."))
        return cleaned
