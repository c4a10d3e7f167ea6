"""Hooks between the apps that the cascade provides (docs/architecture.md §4): who trained a
certificate holder, attendance as a completion rule, its header links, home cards and demo, and
the groups a person is in (for who accessed their data).
`order` is the app's place in INSTALLED_APPS times ten, so header links, home cards and demo data
follow the apps' order."""

from wagtail import hooks

from cascade import navigation, personal_erase, personal_export
from cascade.demo.registration import load_demo_cascade
from cascade.selectors import attendance_sufficient, cohort_lineage, person_cohorts
from certificates.hooks import CERTIFICATE_LINEAGE
from courses.hooks import COURSE_COMPLETION_RULE
from lms.hooks import (
    DEMO_LOADER,
    HEADER_LINKS,
    HOME_CARDS,
    PERSON_COHORTS,
    PERSONAL_DATA,
    PERSONAL_DATA_ERASE,
)

hooks.register(CERTIFICATE_LINEAGE, cohort_lineage)
hooks.register(COURSE_COMPLETION_RULE, attendance_sufficient)
hooks.register(HEADER_LINKS, navigation.navigation, order=50)
hooks.register(HOME_CARDS, navigation.home_cards, order=50)
hooks.register(DEMO_LOADER, load_demo_cascade, order=50)
hooks.register(PERSON_COHORTS, person_cohorts)

# Personal data: "My data" and erasure (privacy; lms.hooks).
hooks.register(PERSONAL_DATA, personal_export.personal_data, order=50)
hooks.register(PERSONAL_DATA_ERASE, personal_erase.personal_data_erase, order=50)
