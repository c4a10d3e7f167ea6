"""The hooks that the courses app calls: what else a course needs to be complete, what is written
with a completion, and what later apps show on a course page. The rule for hooks is in
lms/hooks.py; the map of all of them in docs/architecture.md §4."""

from wagtail import hooks

COURSE_COMPLETION_RULE = "lms_course_completion_rule"
"""`rule(*, enrollment) -> bool`: a condition that must hold, besides the required lessons, for a
course to be complete (a final assessment passed, enough sessions attended). Runs inside the
transaction that holds the `Enrollment` row lock; reads only."""

COURSE_COMPLETED = "lms_course_completed"
"""`action(*, enrollment)`: a write that happens together with a course's completion (issuing the
certificate). Runs once per completion, inside the completing transaction under the enrolment's
row lock, before the completed enrolment is saved and announced (`lms.hooks.LEARNER_CHANGED`):
what the action writes for this learner and course is announced with the completion. The
enrolment comes with `enrollment.user` loaded."""

COURSE_PAGE_SECTION = "lms_course_page_section"
"""`section(*, user, course, state) -> dict | None`: a section of a course page, as a dict with a
`template` and the names that template reads, or None to show nothing. Sections appear in the
order of registration (`order=`). Runs during the request; reads only."""

COURSE_START = "lms_course_start"
"""`start(*, user, course) -> url | None`: where a learner who has just enrolled goes first,
instead of the first lesson (a pre-test). The first provider that answers wins, in the order of
registration. Runs during the request, after the enrolment is saved; reads only."""

COURSE_FIRST_STEP = "lms_course_first_step"
"""`step(*, user, course, enrollment, done_keys) -> dict | None`: a step an enrolled learner should
take before the lessons and still may (the pre-test), as a dict with `url`, `title` and `closes`
(True when completing a lesson would close it for good). The course page and the home page make it
the primary next step; a lesson that would close it asks first. The first provider that answers
wins. Runs during the request; reads only."""

COURSE_CERTIFICATE = "lms_course_certificate"
"""`certificate(*, enrollment) -> dict | None`: the certificate of a completed enrolment's round,
for the learner who holds it, as a dict with `ready` (False while it is not there yet: it will
appear in `mine_url`), and when ready `download_url` (the PDF), `share_url` (the public
verification page), `title` and `expired` (past its date: renewed from `mine_url`). The first
provider that answers wins. Runs during the request; reads only."""


def completion_rules_hold(*, enrollment, required_keys, done_keys, lesson_keys=()):
    """A course is complete when every required lesson is done (every lesson, when none is
    marked required) and every registered rule holds. A course without lessons is never complete."""
    needed = set(required_keys) or set(lesson_keys)
    return (
        bool(needed)
        and needed <= set(done_keys)
        and all(rule(enrollment=enrollment) for rule in hooks.get_hooks(COURSE_COMPLETION_RULE))
    )


def course_completed(*, enrollment):
    for action in hooks.get_hooks(COURSE_COMPLETED):
        action(enrollment=enrollment)


def course_sections(*, user, course, state):
    """The sections of a course page that their providers show, in the order of registration."""
    sections = []
    for section in hooks.get_hooks(COURSE_PAGE_SECTION):
        shown = section(user=user, course=course, state=state)
        if shown:
            sections.append(shown)
    return sections


def course_start_url(*, user, course):
    """Where a newly enrolled learner begins, when a provider says; else None."""
    for start in hooks.get_hooks(COURSE_START):
        url = start(user=user, course=course)
        if url:
            return url
    return None


def course_first_step(*, user, course, enrollment, done_keys):
    """The step before the lessons that a provider says the learner should take now, else None."""
    for step in hooks.get_hooks(COURSE_FIRST_STEP):
        found = step(user=user, course=course, enrollment=enrollment, done_keys=done_keys)
        if found:
            return found
    return None


def course_certificate(*, enrollment):
    """The certificate of a completed enrolment's round, when a provider knows it, else None."""
    for certificate in hooks.get_hooks(COURSE_CERTIFICATE):
        found = certificate(enrollment=enrollment)
        if found:
            return found
    return None
