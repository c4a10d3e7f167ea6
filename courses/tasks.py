"""Background work of the courses app (django-tasks)."""

from uuid import UUID

from django_tasks import task


@task()
def course_summaries_refresh_task(*, course_key: str):
    """After a lesson or quiz of a course was published, unpublished, moved or deleted
    (courses/signals.py): the learners' stored progress, and completions now due."""
    from courses.services import course_summaries_refresh

    return course_summaries_refresh(course_key=UUID(course_key))
