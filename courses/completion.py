"""The completion rules of a course, which later apps extend without the courses app knowing them.

A rule is a function `rule(*, enrollment) -> bool`; an action is `action(*, enrollment)`, called
once inside the transaction that completes the course (so what it writes happens with the
completion, or not at all); a listener is `listener(*, enrollment)`, called once, after that
transaction commits.
"""

_rules = []
_actions = []
_listeners = []


def register_completion_rule(rule):
    """Add a rule that must hold, besides the required lessons, for a course to be complete."""
    if rule not in _rules:
        _rules.append(rule)
    return rule


def register_completion_action(action):
    """Add a write that must happen together with a course's completion (issuing a certificate)."""
    if action not in _actions:
        _actions.append(action)
    return action


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


def course_completed_act(*, enrollment):
    for action in list(_actions):
        action(enrollment=enrollment)


def course_completed_notify(*, enrollment):
    for listener in list(_listeners):
        listener(enrollment=enrollment)
