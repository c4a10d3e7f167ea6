"""At sign-in, whether the person must agree to the privacy notice before going on.

allauth's `user_logged_in` (connected in privacy.apps) marks the session when the person has
not agreed to the version in force and must (privacy.notice_selectors `consent_method_needed`);
privacy.middleware then sends them to the consent page until they agree or sign out. Only a
sign-in through allauth asks: a session made otherwise (a test's force_login) is left alone.
"""

from privacy.notice_selectors import consent_method_needed, notice_current

SESSION_KEY = "privacy_consent_asked"


def consent_check_at_sign_in(sender, request, user, **kwargs):
    """Two queries: the notice in force and the person's latest consent."""
    notice = notice_current()
    if consent_method_needed(user=user, notice=notice) is not None:
        request.session[SESSION_KEY] = notice.version
    else:
        request.session.pop(SESSION_KEY, None)


def consent_asked(request) -> bool:
    session = getattr(request, "session", None)
    return session is not None and SESSION_KEY in session


def consent_answered(request) -> None:
    request.session.pop(SESSION_KEY, None)
