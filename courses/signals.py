"""When a course gains or loses a lesson or a quiz, its learners' stored progress is brought up to
date in the background (courses/publishing.py has the rules; courses.services does the work)."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses.models import CoursePage


def _course_key_of_parent(path: str):
    if not path or len(path) <= Page.steplen:
        return None
    return CoursePage.objects.filter(path=path[: -Page.steplen]).values_list("translation_key", flat=True).first()


def summaries_refresh_after_commit(course_key) -> None:
    from courses.tasks import course_summaries_refresh_task

    transaction.on_commit(lambda: course_summaries_refresh_task.enqueue(course_key=str(course_key)))


def _course_item_changed(path: str) -> None:
    course_key = _course_key_of_parent(path)
    if course_key is not None:
        summaries_refresh_after_commit(course_key)


@receiver(page_published, dispatch_uid="course_item_published")
@receiver(page_unpublished, dispatch_uid="course_item_unpublished")
def course_item_published_or_unpublished(sender, instance, **kwargs):
    _course_item_changed(instance.path)


@receiver(post_page_move, dispatch_uid="course_item_moved")
def course_item_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    for parent in (parent_page_before, parent_page_after):
        if isinstance(parent.specific_deferred, CoursePage):
            summaries_refresh_after_commit(parent.translation_key)


@receiver(post_delete, sender=Page, dispatch_uid="course_item_deleted")
def course_item_deleted(sender, instance, **kwargs):
    if instance.live:
        _course_item_changed(instance.path)
