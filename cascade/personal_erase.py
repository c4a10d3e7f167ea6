"""Erasing a person's personal data from this app's rows (lms.hooks.PERSONAL_DATA_ERASE).

Memberships and attendance marks stay: they hold ids, dates and marks, anonymous through the
erased user row, and the cascade's counts and the certificates' lineage are made of them. A
group a trainer led keeps its name, venue and sessions (the trainer's own words about the
group, which its trainees also read), except where they write the trainer's name: that is
replaced by a dash.
"""

from django.db.models import Q

from cascade.models import Cohort, CohortSession
from lms.erased import text_without


def personal_data_erase(*, user) -> dict[str, int]:
    name = user.full_name
    cohorts = list(
        Cohort.objects.filter(Q(name__icontains=name) | Q(venue__icontains=name), trainer=user).only(
            "pk", "name", "venue"
        )
    )
    for cohort in cohorts:
        cohort.name, cohort.venue = text_without(cohort.name, name), text_without(cohort.venue, name)
    Cohort.objects.bulk_update(cohorts, ["name", "venue"])
    sessions = list(CohortSession.objects.filter(cohort__trainer=user, place__icontains=name).only("pk", "place"))
    for session in sessions:
        session.place = text_without(session.place, name)
    CohortSession.objects.bulk_update(sessions, ["place"])
    return {"group_names": len(cohorts), "group_sessions": len(sessions)}
