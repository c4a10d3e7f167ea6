"""The completion rules of a course, which later apps extend without the courses app knowing them.

A rule is a function `rule(*, enrollment) -> bool`; a listener is `listener(*, enrollment)`,
called once, after the transaction that completed the course commits.
"""

_rules = []
_listeners = []


def register_completion_rule(rule):
    """Add a rule that must hold, besides the required lessons, for a course to be complete."""
    if rule not in _rules:
        _rules.append(rule)
    return rule


def register_completion_listener(listener):
    """Add a function to call when a learner completes a course (certificates, for example)."""
    if listener not in _listeners:
        _listeners.append(listener)
    return listener


def completion_rules_hold(*, enrollment, required_keys, done_keys, lesson_keys=()):
    """A course is complete when every required lesson is done (every lesson, when none is
    marked required) and every registered rule holds. A course without lessons is never complete."""
    needed = set(required_keys) or set(lesson_keys)
    return bool(needed) and needed <= set(done_keys) and all(rule(enrollment=enrollment) for rule in _rules)


def course_completed_notify(*, enrollment):
    for listener in list(_listeners):
        listener(enrollment=enrollment)
