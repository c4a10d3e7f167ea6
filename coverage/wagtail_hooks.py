"""Hooks between the apps that coverage provides (docs/architecture.md §4): its summaries follow
every change the apps above announce, and it adds its header links, home cards and demo. `order`
is the app's place in INSTALLED_APPS times ten, so header links, home cards and demo data follow
the apps' order."""

from wagtail import hooks

from coverage import navigation, personal_erase, personal_export, services
from coverage.demo import load_demo_coverage
from lms.hooks import (
    CERTIFICATE_CREATED,
    CERTIFICATE_REVOKED,
    DEMO_LOADER,
    DISTRICT_CHANGED,
    HEADER_LINKS,
    HOME_CARDS,
    LEARNER_CHANGED,
    PERSONAL_DATA,
    PERSONAL_DATA_ERASE,
)

hooks.register(LEARNER_CHANGED, services.learner_fact_refresh)
hooks.register(CERTIFICATE_CREATED, services.certificate_count)
hooks.register(CERTIFICATE_REVOKED, services.certificate_uncount)
hooks.register(DISTRICT_CHANGED, services.district_move)
hooks.register(HEADER_LINKS, navigation.navigation, order=60)
hooks.register(HOME_CARDS, navigation.home_cards, order=60)
hooks.register(DEMO_LOADER, load_demo_coverage, order=60)

# Personal data: "My data" and erasure (privacy; lms.hooks).
hooks.register(PERSONAL_DATA, personal_export.personal_data, order=60)
hooks.register(PERSONAL_DATA_ERASE, personal_erase.personal_data_erase, order=60)
