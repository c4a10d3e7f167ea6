"""Who must hear when a learner's standing in a course changes, or a certificate is issued.

The coverage app keeps summary rows that the apps above it do not know. Their services call
these functions inside the transaction that made the change, so the summaries change with it or
not at all; a listener is registered by the app that keeps the summaries (docs/architecture.md: a lower app
reacts through a function it registers, never through a signal).

- `listener(*, user_id, course_key)`: the learner's enrolment, progress, quiz results,
  certificates or cohort membership for the course may have changed.
- `certificate_listener(*, certificate)`: a certificate was just created.
- `revocation_listener(*, certificate)`: a certificate was just revoked.
- `district_listener(*, user_id, district_before)`: a person's district just changed; what was
  counted in the old one (district_before, None for none) belongs to the new one.
"""

_learner_listeners = []
_certificate_listeners = []
_revocation_listeners = []
_district_listeners = []


def register_learner_listener(listener):
    if listener not in _learner_listeners:
        _learner_listeners.append(listener)
    return listener


def register_certificate_listener(listener):
    if listener not in _certificate_listeners:
        _certificate_listeners.append(listener)
    return listener


def register_revocation_listener(listener):
    if listener not in _revocation_listeners:
        _revocation_listeners.append(listener)
    return listener


def register_district_listener(listener):
    if listener not in _district_listeners:
        _district_listeners.append(listener)
    return listener


def learner_changed(*, user_id, course_key):
    for listener in list(_learner_listeners):
        listener(user_id=user_id, course_key=course_key)


def certificate_created(*, certificate):
    for listener in list(_certificate_listeners):
        listener(certificate=certificate)


def certificate_revoked(*, certificate):
    for listener in list(_revocation_listeners):
        listener(certificate=certificate)


def district_changed(*, user_id, district_before):
    for listener in list(_district_listeners):
        listener(user_id=user_id, district_before=district_before)
