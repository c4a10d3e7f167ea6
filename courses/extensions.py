"""Places on course pages that later apps fill without the courses app knowing them.

A section is `section(*, user, course, state) -> dict | None`: a dict with a `template` and
the names that template reads, or None to show nothing. A start is
`start(*, user, course) -> url | None`: where a learner who has just enrolled goes first,
instead of the first lesson (a pre-test, for example).
"""

_sections = []
_starts = []


def register_course_section(section):
    if section not in _sections:
        _sections.append(section)
    return section


def register_course_start(start):
    if start not in _starts:
        _starts.append(start)
    return start


def course_sections(*, user, course, state):
    """The registered sections of a course page, in the order they were registered."""
    sections = []
    for section in _sections:
        shown = section(user=user, course=course, state=state)
        if shown:
            sections.append(shown)
    return sections


def course_start_url(*, user, course):
    """Where a newly enrolled learner begins, when a registered start says; else None."""
    for start in _starts:
        url = start(user=user, course=course)
        if url:
            return url
    return None
