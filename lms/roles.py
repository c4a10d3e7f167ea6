"""The roles of the programme, kept as Django groups created by migration."""

from django.utils.translation import gettext_lazy as _

LEARNERS = "Learners"
TRAINERS = "Trainers"
REGIONAL_COORDINATORS = "Regional coordinators"
MINISTRY_ANALYSTS = "Ministry analysts"
CONTENT_EDITORS = "Content editors"
CONTENT_REVIEWERS = "Content reviewers"

ALL = (LEARNERS, TRAINERS, REGIONAL_COORDINATORS, MINISTRY_ANALYSTS, CONTENT_EDITORS, CONTENT_REVIEWERS)

LABELS = {
    LEARNERS: _("Learner"),
    TRAINERS: _("Trainer"),
    REGIONAL_COORDINATORS: _("Regional coordinator"),
    MINISTRY_ANALYSTS: _("Ministry analyst"),
    CONTENT_EDITORS: _("Content editor"),
    CONTENT_REVIEWERS: _("Content reviewer"),
}
