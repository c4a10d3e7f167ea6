"""Every address of the platform is either audited (it shows or hands out another person's data, and
writes one lms.audit.AccessRecord per answer: tests/lms/test_audit_views.py) or written down here as
not personal, with the reason. A new address in neither list fails, so nobody adds a page of
people's data without deciding whether it is recorded."""

from django.urls import URLResolver, get_resolver

from coverage.catalogue import TABLES
from coverage.data_views import PEOPLE_TABLES

PROJECT_APPS = ("lms", "courses", "quizzes", "certificates", "cascade", "coverage", "privacy")

AUDITED = {
    "cascade:attendance": "the group's trainees by name with their marks",
    "cascade:cohort_zip": "the certificates of a group's trainees, as PDFs and their list",
    "cascade:cohorts": "the groups of a region or the country with each trainer's name",
    "cascade:roster": "the group's trainees with scores, attendance and certificates",
    "cascade:roster_csv": "the roster with emails and schools, as CSV",
    "cascade:trainee": "one trainee's record: progress, scores, marks, certificate",
    "certificates:region_zip": "every certificate of a region, as PDFs and their list",
    "certificates_admin:index": "the register: holders by name",
    "certificates_admin:index_results": "the register's list, filtered or searched",
    "certificates_admin:inspect": "one holder's certificate and its history",
    "certificates_admin:revoke": "one holder's certificate, on the way to revoking it",
    "coverage:cascade": "master trainers by name, trainers to follow up with their trainees' scores",
    "coverage:export": "the tables of people (coverage.data_views.PEOPLE_TABLES) as CSV or XLSX",
    "coverage:region": "the region's trainers and expiring certificates by name",
    "coverage_api:table": "the tables of people, read by another system with a key",
    "lms_coordinators:edit": "one coordinator: their region and the history of their scope",
    "lms_coordinators:index": "the coordinators by name and email",
    "wagtailusers_users:copy": "a new account's form filled in from another person's",
    "wagtailusers_users:delete": "one person and the records they hold",
    "wagtailusers_users:edit": "one person's account and profile",
    "wagtailusers_users:history": "one person's account history",
    "wagtailusers_users:history_results": "one person's account history, another page of it",
    "wagtailusers_users:index": "everyone's accounts by name and email",
    "wagtailusers_users:index_results": "the accounts, filtered or searched",
    # --- privacy: notice and consent ---
    "privacy_consents:person": "one person's consent history",
    "privacy_consents:csv": "one person's consent history, as CSV",
    # --- privacy: erasure ---
    # --- privacy: change log and breach ---
    "privacy_changelog:index": "changes to people's accounts, roles and certificates, before and after",
}

OWN = "the person's own data only"
PUBLIC = "public, or what anyone holding the link sees"
WRITES = "a form or action that writes; what it shows of people is on an audited page first"
CONTENT = "course content and its editing: no one's personal data"
FIGURES = "counts by region, month or generation: no one's personal data"
SNIPPET = "reporting contacts: the child-protection services' public contacts, edited by editors"

NOT_PERSONAL = {
    # --- privacy: notice and consent ---
    "privacy:notice": PUBLIC,
    "privacy:notice_version": PUBLIC,
    "privacy:consent": OWN + " (the notice to agree to, and whether they did)",
    "privacy_consents:index": "a form to find a person by email; their consent history is an audited page",
    **{
        f"privacy_notices:{name}": "the privacy notice's versions: their texts and dates, no one's personal data"
        for name in (
            "index",
            "index_results",
            "add",
            "edit",
            "delete",
            "copy",
            "inspect",
            "history",
            "history_results",
            "usage",
            "publish",
        )
    },
    # --- privacy: my data ---
    "privacy:my_data": OWN,
    "privacy:my_data_json": OWN,
    "privacy:my_data_copy": OWN,
    # --- privacy: erasure ---
    "privacy:erase": OWN + " (their own erasure request)",
    "privacy:erase_cancel": WRITES,
    # --- privacy: change log and breach ---
    "account_profile": OWN,
    "audit_search": "the audit trail itself, for staff: reading it is not recorded again",
    "my_accesses": OWN + " (who opened it)",
    "healthz": PUBLIC,
    "language_switch": OWN,
    "wagtailadmin_login": PUBLIC,
    "wagtailcore_login": PUBLIC,
    "certificate_short": PUBLIC + ": the holder shares the verification page",
    "certificates:verify": PUBLIC + ": the holder shares the verification page",
    "certificates:verify_code": PUBLIC,
    "certificates:mine": OWN,
    "certificates:download": OWN,
    "certificates:renew": OWN,
    "certificates:bulk": FIGURES + " (how many certificates each region's zip holds)",
    "cascade:join": PUBLIC + ": the group's trainer, course, dates and places",
    "cascade:join_code": PUBLIC,
    "cascade:mine": OWN + " (the trainer's groups: places taken, no names)",
    "cascade:new": WRITES,
    "cascade:cohort": "the group's code, link, sessions and trainer: what its join page shows, no trainee",
    "cascade:close": WRITES,
    "cascade:reopen": WRITES,
    "cascade:remind": WRITES,
    "cascade:session_add": WRITES,
    "cascade:session_edit": WRITES,
    "cascade:session_delete": WRITES,
    "cascade:import": WRITES + " (master trainers from a file: it reports lines, not people)",
    "cascade:tree": "the trainer's own cascade: counts, and the names of their own trainees who train",
    "courses:catalogue": CONTENT,
    "courses:my_learning": OWN,
    "courses:lesson_complete": OWN,
    "courses:h5p_result": OWN,
    "courses:h5p_licences": CONTENT,
    "quizzes:quiz": OWN,
    "quizzes:attempt": OWN,
    "quizzes:save_answers": OWN,
    "quizzes:result": OWN,
    "quizzes:statistics": FIGURES + " (per question, never per learner)",
    "coverage:national": FIGURES,
    "coverage:api_keys": OWN + " (the person's API keys)",
    "coverage:api_key_revoke": OWN,
    "coverage_api:index": "the names of the tables the key may read",
    "public_collections:index": CONTENT,
    "public_collections:index_results": CONTENT,
    "public_collections:add": CONTENT,
    "public_collections:edit": CONTENT,
    "public_collections:delete": CONTENT,
    "public_collections:history": CONTENT,
    "public_collections:history_results": CONTENT,
    "public_collections:usage": CONTENT,
    "regional_targets:index": FIGURES + " (each region's teacher target)",
    "regional_targets:index_results": FIGURES,
    "regional_targets:edit": FIGURES,
    "regional_targets:history": FIGURES,
    "regional_targets:history_results": FIGURES,
    "wagtailusers_users:add": WRITES + " (a new account, empty)",
    "wagtailusers_users:usage": "where the account is referenced (pages, snippets): no profile data",
    **{
        f"wagtailsnippets_courses_reportingcontact:{name}": SNIPPET
        for name in (
            "add",
            "collect_workflow_action_data",
            "confirm_workflow_cancellation",
            "delete",
            "edit",
            "history",
            "history_results",
            "list",
            "list_results",
            "lock",
            "revisions_compare",
            "revisions_revert",
            "revisions_unschedule",
            "unlock",
            "unpublish",
            "usage",
            "workflow_action",
            "workflow_history",
            "workflow_history_detail",
        )
    },
}

# The coverage tables that are counts only (the others name people and are audited when exported).
FIGURE_TABLES = {"regions", "months", "districts", "generations", "knowledge", "trainees-per-trainer"}


def _routes(resolver, namespace=()):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, namespace + ((pattern.namespace,) if pattern.namespace else ()))
        elif pattern.name:
            view = getattr(pattern.callback, "view_class", pattern.callback)
            yield ":".join((*namespace, pattern.name)), view.__module__.split(".")[0]


def project_url_names():
    """The names of the project's addresses: those whose view is the project's, everything in a
    namespace holding one of them (an admin viewset of the project's, with Wagtail's generic views),
    and Wagtail's user admin."""
    routes = list(_routes(get_resolver()))
    namespaces = {"wagtailusers_users"} | {
        name.rpartition(":")[0] for name, app in routes if app in PROJECT_APPS and ":" in name
    }
    return {name for name, app in routes if app in PROJECT_APPS or name.rpartition(":")[0] in namespaces}


def test_every_address_is_audited_or_said_to_show_no_one_elses_data():
    names = project_url_names()
    unclassified = sorted(names - AUDITED.keys() - NOT_PERSONAL.keys())
    assert not unclassified, (
        "These addresses are neither audited nor classified: if they show another person's data, call "
        "lms.audit.access_record in the view and add them to AUDITED (and a test in test_audit_views.py); "
        "otherwise add them to NOT_PERSONAL with the reason (tests/lms/test_audit_urls.py):\n" + "\n".join(unclassified)
    )


def test_no_address_is_in_both_lists_and_none_is_left_over():
    assert not AUDITED.keys() & NOT_PERSONAL.keys()
    names = project_url_names()
    gone = sorted((AUDITED.keys() | NOT_PERSONAL.keys()) - names)
    assert not gone, "No longer an address of the platform: remove from the lists:\n" + "\n".join(gone)
    assert all(reason.strip() for reason in (*AUDITED.values(), *NOT_PERSONAL.values()))


def test_every_coverage_table_is_either_a_list_of_people_or_figures():
    assert not PEOPLE_TABLES & FIGURE_TABLES
    assert set(TABLES) == PEOPLE_TABLES | FIGURE_TABLES, (
        "A new coverage table: add it to coverage.data_views.PEOPLE_TABLES if it names anyone "
        "(its exports and API answers are then recorded), else to FIGURE_TABLES here."
    )
