"""What each role gets from each route.

ROUTES has an entry per route of the project's own apps (keyed by "namespace:name"); FAMILIES
cover the routes of Wagtail and allauth by name prefix, with a sample of requests per family.
A route matched by neither fails the matrix, with its name.
"""

from tests.access_matrix.notices import consents_of_learner, notice_admin, notice_version
from tests.access_matrix.spec import LOGIN, Case, Redirect, path, rev, roles

# Shorthands: who is sent where.
ADMIN_HOME = Redirect("/admin/")  # a Wagtail admin user without the permission is sent to the dashboard
GROUPS = Redirect("/cascade/groups/")
NOT_ADMIN = LOGIN  # a person who may not use the Wagtail admin at all is asked to sign in as someone who may

# Answers shared by many routes.
EVERYONE = roles(200)
SIGNED_IN = roles(200, anonymous=LOGIN)
NOT_ALLOWED = roles(405)  # a GET to a form's target that only takes POST
POST_ONLY_SIGNED_IN = roles(405, anonymous=LOGIN)
OWN_ONLY = roles(404, anonymous=LOGIN, learner=200)  # the learner's own attempt, certificate...
COHORT = roles(404, anonymous=LOGIN, master=200, coordinator=200, analyst=200, superuser=200)
TRAINER_OF_COHORT = roles(404, anonymous=LOGIN, master=200)  # the cohort's own trainer changes it
FIGURES = roles(403, anonymous=LOGIN, coordinator=200, coordinator_elsewhere=200, analyst=200, superuser=200)
HERE = roles(403, anonymous=LOGIN, coordinator=200, analyst=200, superuser=200)  # the region under test
ELSEWHERE = roles(403, anonymous=LOGIN, coordinator_elsewhere=200, analyst=200, superuser=200)
NATIONAL = roles(403, anonymous=LOGIN, analyst=200, superuser=200)
# The ministry's pages in the Wagtail admin: analysts and superusers only.
MINISTRY_ADMIN = roles(NOT_ADMIN, trainer=ADMIN_HOME, master=ADMIN_HOME, editor=ADMIN_HOME, analyst=200, superuser=200)
# Wagtail admin pages for writing content: editors and trainers (lessons), not analysts.
AUTHORING = roles(NOT_ADMIN, trainer=200, master=200, analyst=ADMIN_HOME, editor=200, superuser=200)
EDITORS_ONLY = roles(NOT_ADMIN, trainer=ADMIN_HOME, master=ADMIN_HOME, analyst=ADMIN_HOME, editor=200, superuser=200)
SUPERUSER_ONLY = roles(
    NOT_ADMIN, trainer=ADMIN_HOME, master=ADMIN_HOME, analyst=ADMIN_HOME, editor=ADMIN_HOME, superuser=200
)
CHOOSERS = roles(NOT_ADMIN, trainer=200, master=200, analyst=200, editor=200, superuser=200)
REPORTS = roles(403, anonymous=LOGIN, editor=200, superuser=200)
# The coverage API answers in JSON: 401 without a session or key, 403 outside the scope.
API_FIGURES = {**FIGURES, "anonymous": 401}
API_HERE = {**HERE, "anonymous": 401}
API_ELSEWHERE = {**ELSEWHERE, "anonymous": 401}
API_NATIONAL = {**NATIONAL, "anonymous": 401}

ROUTES = {
    "healthz": [Case(path("/healthz"), EVERYONE)],
    "language_switch": [Case(rev("language_switch"), NOT_ALLOWED)],
    "home": [Case(rev("home"), EVERYONE)],
    "account_profile": [Case(rev("account_profile"), SIGNED_IN, personal=True)],
    "my_accesses": [Case(rev("my_accesses"), SIGNED_IN, personal=True)],
    "audit_search": [Case(rev("audit_search"), FIGURES, personal=True)],
    # Learning
    "courses:my_learning": [Case(rev("courses:my_learning"), SIGNED_IN, personal=True)],
    "courses:catalogue": [Case(rev("courses:catalogue"), roles(Redirect("/kk/courses/")))],
    "courses:lesson_complete": [
        Case(rev("courses:lesson_complete", course_id="course", lesson_id="lesson"), NOT_ALLOWED)
    ],
    "courses:h5p_result": [Case(rev("courses:h5p_result"), NOT_ALLOWED)],
    "courses:h5p_licences": [Case(rev("courses:h5p_licences"), EVERYONE)],
    "quizzes:attempt": [Case(rev("quizzes:attempt", attempt_id="attempt"), OWN_ONLY, personal=True)],
    "quizzes:save_answers": [Case(rev("quizzes:save_answers", attempt_id="attempt"), NOT_ALLOWED, personal=True)],
    "quizzes:result": [
        Case(
            rev("quizzes:result", attempt_id="attempt"),
            roles(404, anonymous=LOGIN, learner=Redirect("/quizzes/attempts/")),  # still open: back to it
            personal=True,
        )
    ],
    "quizzes:quiz": [
        Case(rev("quizzes:quiz", page_id="quiz"), roles(Redirect("/kk/courses/matrix-teachers/pre-test/")))
    ],
    "quizzes:statistics": [
        Case(
            rev("quizzes:statistics", page_id="quiz"),
            roles(403, anonymous=LOGIN, trainer=200, master=200, editor=200, superuser=200),
            personal=True,
        )
    ],
    # Certificates
    "certificates:mine": [Case(rev("certificates:mine"), SIGNED_IN, personal=True)],
    "certificates:download": [
        Case(rev("certificates:download", certificate_id="certificate"), OWN_ONLY, personal=True)
    ],
    "certificates:renew": [
        Case(rev("certificates:renew", certificate_id="certificate"), POST_ONLY_SIGNED_IN, personal=True)
    ],
    "certificates:bulk": [Case(rev("certificates:bulk"), FIGURES, personal=True)],
    "certificates:region_zip": [
        Case(rev("certificates:region_zip", code="=KZ-35"), HERE, personal=True),
        Case(rev("certificates:region_zip", code="=KZ-75"), ELSEWHERE, personal=True),
    ],
    "certificates:verify_code": [Case(rev("certificates:verify_code"), EVERYONE)],
    "certificates:verify": [Case(rev("certificates:verify", token="certificate_token"), EVERYONE, personal=True)],
    # The short link printed on a certificate; a code it does not know goes to the form, which says so.
    "certificate_short": [Case(path("/v/KZ-2222-3333"), roles(Redirect("/certificates/verify/?code=KZ-2222-3333")))],
    # The cascade
    "cascade:join_code": [Case(rev("cascade:join_code"), EVERYONE)],
    "cascade:join": [Case(rev("cascade:join", code="join_code"), EVERYONE)],
    "cascade:mine": [Case(rev("cascade:mine"), SIGNED_IN, personal=True)],
    "cascade:new": [Case(rev("cascade:new"), roles(GROUPS, anonymous=LOGIN, trainer=200, master=200))],
    "cascade:cohort": [Case(rev("cascade:cohort", cohort_id="cohort"), COHORT, personal=True)],
    "cascade:close": [Case(rev("cascade:close", cohort_id="cohort"), TRAINER_OF_COHORT, personal=True)],
    "cascade:reopen": [Case(rev("cascade:reopen", cohort_id="cohort"), POST_ONLY_SIGNED_IN, personal=True)],
    "cascade:session_edit": [
        Case(rev("cascade:session_edit", cohort_id="cohort", session_id="session"), TRAINER_OF_COHORT, personal=True)
    ],
    "cascade:session_delete": [
        Case(rev("cascade:session_delete", cohort_id="cohort", session_id="session"), TRAINER_OF_COHORT, personal=True)
    ],
    "cascade:session_add": [Case(rev("cascade:session_add", cohort_id="cohort"), POST_ONLY_SIGNED_IN, personal=True)],
    "cascade:attendance": [
        Case(rev("cascade:attendance", cohort_id="cohort", session_id="session"), COHORT, personal=True)
    ],
    "cascade:remind": [Case(rev("cascade:remind", cohort_id="cohort"), POST_ONLY_SIGNED_IN, personal=True)],
    "cascade:roster": [Case(rev("cascade:roster", cohort_id="cohort"), COHORT, personal=True)],
    "cascade:roster_csv": [Case(rev("cascade:roster_csv", cohort_id="cohort"), COHORT, personal=True)],
    "cascade:cohort_zip": [Case(rev("cascade:cohort_zip", cohort_id="cohort"), COHORT, personal=True)],
    "cascade:trainee": [Case(rev("cascade:trainee", cohort_id="cohort", user_id="learner"), COHORT, personal=True)],
    "cascade:tree": [Case(rev("cascade:tree"), SIGNED_IN, personal=True)],
    "cascade:cohorts": [
        Case(rev("cascade:cohorts"), FIGURES, personal=True),
        Case(rev("cascade:cohorts", query="?region=KZ-35"), HERE, personal=True),
        Case(rev("cascade:cohorts", query="?region=KZ-75"), ELSEWHERE, personal=True),
    ],
    "cascade:import": [Case(rev("cascade:import"), NATIONAL, personal=True)],
    # Coverage
    "coverage:national": [
        Case(
            rev("coverage:national"),
            roles(
                403,
                anonymous=LOGIN,
                coordinator=Redirect("/coverage/regions/KZ-35/"),
                coordinator_elsewhere=Redirect("/coverage/regions/KZ-75/"),
                analyst=200,
                superuser=200,
            ),
            personal=True,
        )
    ],
    "coverage:region": [
        Case(rev("coverage:region", code="=KZ-35"), HERE, personal=True),
        Case(rev("coverage:region", code="=KZ-75"), ELSEWHERE, personal=True),
    ],
    "coverage:cascade": [
        Case(
            rev("coverage:cascade"),
            roles(
                403,
                anonymous=LOGIN,
                coordinator=Redirect("/coverage/cascade/?region=KZ-35"),
                coordinator_elsewhere=Redirect("/coverage/cascade/?region=KZ-75"),
                analyst=200,
                superuser=200,
            ),
            personal=True,
        ),
        Case(rev("coverage:cascade", query="?region=KZ-35"), HERE, personal=True),
        Case(rev("coverage:cascade", query="?region=KZ-75"), ELSEWHERE, personal=True),
    ],
    "coverage:export": [
        Case(rev("coverage:export", slug="=holders", extension="=csv", query="?region=KZ-35"), HERE, personal=True),
        Case(
            rev("coverage:export", slug="=holders", extension="=csv", query="?region=KZ-75"), ELSEWHERE, personal=True
        ),
        Case(rev("coverage:export", slug="=regions", extension="=xlsx"), NATIONAL, personal=True),
    ],
    "coverage:api_keys": [Case(rev("coverage:api_keys"), FIGURES, personal=True)],
    "coverage:api_key_revoke": [
        Case(rev("coverage:api_key_revoke", token_id="coordinator_token"), POST_ONLY_SIGNED_IN, personal=True)
    ],
    "coverage_api:index": [Case(rev("coverage_api:index"), API_FIGURES, personal=True)],
    "coverage_api:table": [
        Case(rev("coverage_api:table", slug="=trainers", query="?region=KZ-35"), API_HERE, personal=True),
        Case(rev("coverage_api:table", slug="=trainers", query="?region=KZ-75"), API_ELSEWHERE, personal=True),
        Case(rev("coverage_api:table", slug="=regions"), API_NATIONAL, personal=True),
    ],
    # The project's own admin pages
    "lms_coordinators:index": [Case(rev("lms_coordinators:index"), MINISTRY_ADMIN, personal=True)],
    "lms_coordinators:edit": [Case(rev("lms_coordinators:edit", pk="coordinator_id"), MINISTRY_ADMIN, personal=True)],
    "regional_targets:index": [Case(rev("regional_targets:index"), MINISTRY_ADMIN)],
    "regional_targets:index_results": [Case(rev("regional_targets:index_results"), MINISTRY_ADMIN)],
    "regional_targets:edit": [Case(rev("regional_targets:edit", pk="region_id"), MINISTRY_ADMIN)],
    "regional_targets:history": [Case(rev("regional_targets:history", pk="region_id"), MINISTRY_ADMIN, personal=True)],
    "regional_targets:history_results": [
        Case(rev("regional_targets:history_results", pk="region_id"), MINISTRY_ADMIN, personal=True)
    ],
    "certificates_admin:index": [Case(rev("certificates_admin:index"), MINISTRY_ADMIN, personal=True)],
    "certificates_admin:index_results": [Case(rev("certificates_admin:index_results"), MINISTRY_ADMIN, personal=True)],
    "certificates_admin:inspect": [
        Case(rev("certificates_admin:inspect", pk="certificate"), MINISTRY_ADMIN, personal=True)
    ],
    "certificates_admin:revoke": [
        Case(rev("certificates_admin:revoke", pk="certificate"), MINISTRY_ADMIN, personal=True)
    ],
    # Which collections' documents anyone may download: content editors decide
    "public_collections:index": [Case(rev("public_collections:index"), EDITORS_ONLY)],
    "public_collections:index_results": [Case(rev("public_collections:index_results"), EDITORS_ONLY)],
    "public_collections:add": [Case(rev("public_collections:add"), EDITORS_ONLY)],
    "public_collections:edit": [Case(rev("public_collections:edit", pk="public_collection"), EDITORS_ONLY)],
    "public_collections:delete": [Case(rev("public_collections:delete", pk="public_collection"), EDITORS_ONLY)],
    "public_collections:history": [Case(rev("public_collections:history", pk="public_collection"), EDITORS_ONLY)],
    "public_collections:history_results": [
        Case(rev("public_collections:history_results", pk="public_collection"), EDITORS_ONLY)
    ],
    "public_collections:usage": [Case(rev("public_collections:usage", pk="public_collection"), EDITORS_ONLY)],
    # Wagtail outside the admin
    "wagtail_serve": [
        Case(path("{course_url}"), EVERYONE),
        Case(path("{lesson_url}"), roles(Redirect("/kk/courses/matrix-teachers/"), anonymous=LOGIN, learner=200)),
    ],
    "wagtailcore_login": [Case(rev("wagtailcore_login"), roles(LOGIN))],
    "wagtailcore_authenticate_with_password": [
        Case(
            rev("wagtailcore_authenticate_with_password", page_view_restriction_id=999999, page_id="course"), roles(404)
        )
    ],
    "wagtaildocs_serve": [
        Case(path("/documents/{document}/{document_filename}"), SIGNED_IN),
        Case(path("/documents/{leaflet}/{leaflet_filename}"), EVERYONE),  # an editor made its collection public
    ],
    "wagtaildocs_authenticate_with_password": [
        Case(
            rev("wagtaildocs_authenticate_with_password", restriction_id=999999),
            roles(Redirect("/kk/documents/authenticate_with_password/")),
        )
    ],
    # --- privacy: notice and consent ---
    "privacy:notice": [Case(rev("privacy:notice"), EVERYONE)],
    "privacy:notice_version": [Case(notice_version, EVERYONE)],
    "privacy:consent": [Case(rev("privacy:consent"), SIGNED_IN, personal=True)],
    # The notice's versions in the admin: analysts and superusers; a published version is read only.
    "privacy_notices:index": [Case(rev("privacy_notices:index"), MINISTRY_ADMIN)],
    "privacy_notices:index_results": [Case(rev("privacy_notices:index_results"), MINISTRY_ADMIN)],
    "privacy_notices:add": [Case(rev("privacy_notices:add"), MINISTRY_ADMIN)],
    "privacy_notices:edit": [
        Case(notice_admin("edit", "draft"), MINISTRY_ADMIN),
        Case(
            notice_admin("edit", "published"),
            {
                **MINISTRY_ADMIN,
                "analyst": Redirect("/admin/privacy-notice/inspect/"),
                "superuser": Redirect("/admin/privacy-notice/inspect/"),
            },
        ),
    ],
    "privacy_notices:delete": [
        Case(notice_admin("delete", "draft"), MINISTRY_ADMIN),
        Case(
            notice_admin("delete", "published"),
            {
                **MINISTRY_ADMIN,
                "analyst": Redirect("/admin/privacy-notice/inspect/"),
                "superuser": Redirect("/admin/privacy-notice/inspect/"),
            },
        ),
    ],
    "privacy_notices:publish": [
        Case(notice_admin("publish", "draft"), MINISTRY_ADMIN),
        Case(
            notice_admin("publish", "published"),
            {
                **MINISTRY_ADMIN,
                "analyst": Redirect("/admin/privacy-notice/inspect/"),
                "superuser": Redirect("/admin/privacy-notice/inspect/"),
            },
        ),
    ],
    "privacy_notices:copy": [Case(notice_admin("copy", "published"), MINISTRY_ADMIN)],
    "privacy_notices:inspect": [Case(notice_admin("inspect", "published"), MINISTRY_ADMIN)],
    "privacy_notices:history": [Case(notice_admin("history", "published"), MINISTRY_ADMIN)],
    "privacy_notices:history_results": [Case(notice_admin("history_results", "published"), MINISTRY_ADMIN)],
    "privacy_notices:usage": [Case(notice_admin("usage", "published"), MINISTRY_ADMIN)],
    # A person's consent history: those who manage accounts (superusers), as the user admin.
    "privacy_consents:index": [Case(rev("privacy_consents:index"), SUPERUSER_ONLY)],
    "privacy_consents:person": [Case(consents_of_learner("person"), SUPERUSER_ONLY, personal=True)],
    "privacy_consents:csv": [Case(consents_of_learner("csv"), SUPERUSER_ONLY, personal=True)],
    # --- privacy: my data ---
    "privacy:my_data": [Case(rev("privacy:my_data"), SIGNED_IN, personal=True)],
    "privacy:my_data_json": [Case(rev("privacy:my_data_json"), SIGNED_IN, personal=True)],
    "privacy:my_data_copy": [Case(rev("privacy:my_data_copy"), SIGNED_IN, personal=True)],
    # --- privacy: erasure ---
    "privacy:erase": [Case(rev("privacy:erase"), SIGNED_IN, personal=True)],
    "privacy:erase_cancel": [Case(rev("privacy:erase_cancel"), POST_ONLY_SIGNED_IN)],
    # --- privacy: change log and breach ---
    "privacy_changelog:index": [Case(rev("privacy_changelog:index"), MINISTRY_ADMIN, personal=True)],
    "admin/test404/": [
        Case(path("/admin/test404/"), roles(NOT_ADMIN, trainer=200, master=200, analyst=200, editor=200, superuser=200))
    ],
    "admin/^.*/$": [
        Case(
            path("/admin/no-such-page/"),
            roles(
                Redirect("/kk/admin/no-such-page/"),
                anonymous=Redirect("/admin/login/"),
                learner=Redirect("/admin/login/"),
                coordinator=Redirect("/admin/login/"),
                coordinator_elsewhere=Redirect("/admin/login/"),
            ),
        )
    ],
}

# Route families of Wagtail and allauth, matched by the longest name prefix.
FAMILIES = {
    "account_": [
        Case(rev("account_login"), roles(Redirect("/kk/"), anonymous=200)),
        Case(rev("account_signup"), roles(Redirect("/kk/"), anonymous=200)),
        Case(rev("account_email"), SIGNED_IN, personal=True),
        Case(rev("account_change_password"), SIGNED_IN),
        Case(rev("account_reset_password"), EVERYONE),
        Case(rev("account_logout"), roles(200, anonymous=Redirect("/"))),
        Case(rev("account_confirm_email", key="=nonsense"), EVERYONE),
    ],
    "mfa_": [
        Case(rev("mfa_index"), SIGNED_IN),
        Case(rev("mfa_activate_totp"), roles(Redirect("/accounts/reauthenticate/"), anonymous=LOGIN)),
        Case(rev("mfa_view_recovery_codes"), roles(404, anonymous=LOGIN), personal=True),
        Case(rev("mfa_list_webauthn"), SIGNED_IN),
    ],
    "wagtailadmin_": [
        Case(
            rev("wagtailadmin_home"), roles(NOT_ADMIN, trainer=200, master=200, analyst=200, editor=200, superuser=200)
        ),
        Case(rev("wagtailadmin_login"), roles(Redirect("/kk/accounts/login/"))),
        Case(rev("wagtailadmin_explore_root"), AUTHORING),
        Case(rev("wagtailadmin_pages:edit", page_id="course"), EDITORS_ONLY),
        Case(rev("wagtailadmin_pages:history", page_id="course"), AUTHORING, personal=True),
        Case(rev("wagtailadmin_reports:site_history"), REPORTS, personal=True),
        Case(rev("wagtailadmin_reports:locked_pages"), roles(403, anonymous=LOGIN, editor=ADMIN_HOME, superuser=200)),
        Case(rev("wagtailadmin_workflows:index"), SUPERUSER_ONLY),
        Case(rev("wagtailadmin_collections:index"), SUPERUSER_ONLY),
        Case(
            rev("wagtailadmin_account"),
            roles(NOT_ADMIN, trainer=200, master=200, analyst=200, editor=200, superuser=200),
        ),
        Case(rev("wagtailadmin_password_reset"), roles(Redirect("/kk/admin/password_reset/"))),
    ],
    "wagtailsnippets": [
        Case(rev("wagtailsnippets:index"), AUTHORING),
        Case(rev("wagtailsnippets_courses_reportingcontact:list"), AUTHORING),
        Case(rev("wagtailsnippets_courses_reportingcontact:edit", pk="contact"), AUTHORING),
        Case(rev("wagtailsnippets_courses_reportingcontact:history", pk="contact"), AUTHORING, personal=True),
        Case(rev("wagtailsnippets_courses_h5ppackage:list"), AUTHORING),
    ],
    "wagtailsnippetchoosers_": [Case(rev("wagtailsnippetchoosers_courses_reportingcontact:choose"), CHOOSERS)],
    "wagtaildocs:": [
        Case(rev("wagtaildocs:index"), AUTHORING),
        Case(rev("wagtaildocs:edit", document_id="document"), EDITORS_ONLY),
    ],
    "wagtaildocs_chooser:": [Case(rev("wagtaildocs_chooser:choose"), CHOOSERS)],
    "wagtailimages:": [
        Case(rev("wagtailimages:index"), AUTHORING),
        Case(rev("wagtailimages:edit", image_id="image"), EDITORS_ONLY),
    ],
    "wagtailimages_chooser:": [Case(rev("wagtailimages_chooser:choose"), CHOOSERS)],
    "wagtailusers_": [
        Case(rev("wagtailusers_users:index"), SUPERUSER_ONLY, personal=True),
        Case(rev("wagtailusers_users:edit", pk="learner"), SUPERUSER_ONLY, personal=True),
        Case(rev("wagtailusers_users:delete", pk="learner"), SUPERUSER_ONLY, personal=True),
        Case(rev("wagtailusers_groups:index"), SUPERUSER_ONLY),
    ],
    "wagtaillocales:": [Case(rev("wagtaillocales:index"), SUPERUSER_ONLY)],
    "wagtailsites:": [Case(rev("wagtailsites:index"), SUPERUSER_ONLY)],
    "wagtailredirects:": [Case(rev("wagtailredirects:index"), SUPERUSER_ONLY)],
    "wagtailembeds:": [Case(rev("wagtailembeds:chooser"), CHOOSERS)],
    "wagtail_localize:": [Case(rev("wagtail_localize:translations_report"), REPORTS)],
    "wagtail_bulk_action": [
        Case(path("/admin/bulk/wagtailcore/page/delete/?id={course}"), CHOOSERS),
    ],
}
