from .contacts import CONTACTS
from .teacher_course import COURSE as TEACHER_COURSE
from .trainer_course import COURSE as TRAINER_COURSE

COURSES = [TEACHER_COURSE, TRAINER_COURSE]

__all__ = ["COURSES", "CONTACTS"]
