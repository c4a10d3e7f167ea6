"""When a learner may start an attempt: one function shared by the quiz page and the service."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.models import CoursePage, Enrollment
from quizzes.pages import QuizPage


@dataclass
class LearnerCourse:
    """What the rules read of a learner's course: enrolment, lessons done and required."""

    course: CoursePage
    enrollment: Enrollment | None = None
    done_keys: set = field(default_factory=set)
    required_keys: set = field(default_factory=set)
    # Attempts at a final assessment started before the learner's current round of the course
    # (a renewal starts the count again).
    attempts_before_round: int = 0


def start_refusal(*, quiz, learner_course, result, now):
    """Why the learner may not start a new attempt now, in their language; None when they may."""
    enrollment = learner_course.enrollment
    if enrollment is None:
        return _("Enrol in the course to take this quiz.")
    started = (result.attempts_started if result else 0) - learner_course.attempts_before_round
    if quiz.attempts_allowed and started >= quiz.attempts_allowed:
        return ngettext(
            "You have used your only attempt at this quiz.",
            "You have used all %(count)d attempts at this quiz.",
            quiz.attempts_allowed,
        ) % {"count": quiz.attempts_allowed}
    if quiz.role == QuizPage.Role.PRE_TEST and enrollment.cycle > 1:
        return _("The pre-test is taken once, before your first time through the course.")
    if quiz.role == QuizPage.Role.PRE_TEST and learner_course.done_keys and not started:
        return _("The pre-test shows what you knew before the course, so it closes once you complete a lesson.")
    if quiz.role == QuizPage.Role.FINAL:
        left = len(learner_course.required_keys - learner_course.done_keys)
        if left:
            return ngettext(
                "Complete the lessons first: %(count)d lesson is left.",
                "Complete the lessons first: %(count)d lessons are left.",
                left,
            ) % {"count": left}
    if quiz.role == QuizPage.Role.POST_TEST:
        if not enrollment.is_completed or enrollment.completed_at is None:
            return ngettext(
                "The post-test opens %(days)d day after you complete the course.",
                "The post-test opens %(days)d days after you complete the course.",
                quiz.opens_after_days,
            ) % {"days": quiz.opens_after_days}
        opens = enrollment.completed_at + timedelta(days=quiz.opens_after_days)
        if now < opens:
            return _("The post-test opens on %(date)s, some weeks after the course, to see what you remember.") % {
                "date": formats.date_format(opens, "d.m.Y")
            }
    return None
