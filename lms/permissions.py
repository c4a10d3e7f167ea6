"""Every "may this user see or do that" check of the platform lives here.

Views, exports and selectors ask these functions; lists are narrowed in the query
with `regions_visible_to`, never filtered in a template.
"""

from lms import roles
from lms.models import Region


def role_names(user):
    """The role group names of a user, read once per request and cached on the user."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_lms_role_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._lms_role_names = cached
    return cached


def has_role(user, role):
    return role in role_names(user)


def is_national_viewer(user):
    """Ministry analysts and superusers see the whole country."""
    return user.is_authenticated and (user.is_superuser or has_role(user, roles.MINISTRY_ANALYSTS))


def coordinated_region_id(user):
    """The region a regional coordinator answers for, as the ministry assigned it (None if none).

    Never the region on the person's own profile: that is where they work, which they edit.
    """
    if not has_role(user, roles.REGIONAL_COORDINATORS):
        return None
    return user.coordinated_region_id


def coordinated_region(user):
    """The assigned region itself (a Region), or None."""
    return user.coordinated_region if coordinated_region_id(user) is not None else None


def is_regional_coordinator(user):
    return coordinated_region_id(user) is not None


def can_view_coverage(user):
    return is_national_viewer(user) or is_regional_coordinator(user)


def regions_visible_to(user):
    """The regions whose people and figures this user may see: all, their own, or none."""
    if is_national_viewer(user):
        return Region.objects.all()
    if is_regional_coordinator(user):
        return Region.objects.filter(pk=coordinated_region_id(user))
    return Region.objects.none()


def can_view_region(user, region):
    if is_national_viewer(user):
        return True
    return is_regional_coordinator(user) and region is not None and region.pk == coordinated_region_id(user)


def can_view_person(user, person):
    """A person sees themself; coordinators see people of their region; analysts everyone."""
    if not user.is_authenticated:
        return False
    if user.pk == person.pk or is_national_viewer(user):
        return True
    return is_regional_coordinator(user) and person.region_id == coordinated_region_id(user)


def is_trainer(user):
    return has_role(user, roles.TRAINERS)


def can_author_content(user):
    return user.is_authenticated and (
        user.is_superuser or bool(role_names(user) & {roles.CONTENT_EDITORS, roles.TRAINERS})
    )


def can_view_question_statistics(user):
    """Authors, reviewers and trainers see how a quiz's questions were answered, in aggregate."""
    return user.is_authenticated and (
        user.is_superuser or bool(role_names(user) & {roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS, roles.TRAINERS})
    )


def can_assign_coordinators(user):
    """Ministry analysts and superusers assign the region a regional coordinator answers for."""
    return is_national_viewer(user)


def can_set_targets(user):
    """Ministry analysts and superusers set how many teachers each region must train."""
    return is_national_viewer(user)


def can_view_change_logs(user):
    """Ministry analysts and superusers read the change logs (privacy/admin_changelog.py): who changed
    people, roles, regions, certificates, contacts and keys. Nobody edits them."""
    return is_national_viewer(user)


def can_revoke_certificates(user):
    """Ministry analysts and superusers revoke certificates (with a reason, logged)."""
    return is_national_viewer(user)


def can_edit_privacy_notice(user):
    """Ministry analysts and superusers write and publish versions of the privacy notice (the
    ministry is the operator); content editors do not."""
    return is_national_viewer(user)


def can_view_consents(user):
    """Another person's consent history, seen and exported in the admin: superusers, who alone
    manage accounts in the user admin (no role holds Django's user permissions)."""
    return user.is_authenticated and user.is_superuser


def can_review_content(user):
    return user.is_authenticated and (user.is_superuser or has_role(user, roles.CONTENT_REVIEWERS))


ADMIN_ROLES = frozenset({roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS, roles.TRAINERS})


def can_use_admin(user):
    """The roles given Wagtail's access_admin permission by migration; read from the cached roles."""
    return user.is_authenticated and (user.is_superuser or bool(role_names(user) & ADMIN_ROLES))


# The cascade: a cohort is seen by its trainer, the coordinators of its region and analysts;
# only its trainer changes it. Lists of cohorts are narrowed with `cohorts_visible`.


def can_view_cohort(user, cohort):
    if not user.is_authenticated:
        return False
    if cohort.trainer_id == user.pk or is_national_viewer(user):
        return True
    return is_regional_coordinator(user) and cohort.region_id == coordinated_region_id(user)


def can_manage_cohort(user, cohort):
    """Sessions, attendance, reminders and closing: the cohort's own trainer only."""
    return user.is_authenticated and cohort.trainer_id == user.pk


def cohorts_visible(user, cohorts):
    """Narrow a queryset of cohorts to those the user may see."""
    if is_national_viewer(user):
        return cohorts
    if is_regional_coordinator(user):
        return cohorts.filter(region_id=coordinated_region_id(user)) | cohorts.filter(trainer_id=user.pk)
    if user.is_authenticated:
        return cohorts.filter(trainer_id=user.pk)
    return cohorts.none()


def can_import_master_trainers(user):
    return is_national_viewer(user)


# A second factor: the roles that reach other people's personal data or the content admin.
STAFF_ROLES = frozenset(
    {roles.MINISTRY_ANALYSTS, roles.REGIONAL_COORDINATORS, roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS}
)


def requires_mfa(user):
    """Superusers, ministry analysts, regional coordinators, content editors and reviewers must
    enrol a second factor before anything else; learners and trainers may. Read from the roles
    cached for the request, so a role given while signed in counts at the next request. The
    session's user comes with `lms_staff_role` (lms.auth_backends), which spares a query."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    staff_role = getattr(user, "lms_staff_role", None)
    return staff_role if staff_role is not None else bool(role_names(user) & STAFF_ROLES)


# Authoring in the Wagtail admin (courses/wagtail_hooks.py, courses/admin_access.py).


def can_delete_reporting_contacts(user):
    """A deleted contact leaves every lesson at once: superusers only. Changes go through review."""
    return user.is_authenticated and user.is_superuser


def can_publish_reporting_contacts(user, *, approving_review=False):
    """Superusers publish and unpublish a contact directly; anyone else's change is published only by
    a reviewer's approval of it in the "Expert review" (`approving_review`, courses.models)."""
    return user.is_authenticated and (user.is_superuser or approving_review)


def can_approve_reporting_contact(user, *, authors):
    """Four eyes: whoever submitted the change under review, or wrote any of it (`authors`, their
    ids), does not approve it, superusers included; another reviewer does."""
    return user.is_authenticated and user.pk not in authors


def can_view_admin_reports(user):
    """The admin's reports (site history, workflows, aging pages...) list everyone's work with their
    names: content editors, reviewers and superusers. Trainers write and submit lessons without them."""
    return user.is_authenticated and (
        user.is_superuser or bool(role_names(user) & {roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS})
    )


def can_make_collections_public(user):
    """Documents are for signed-in users; content editors and superusers may open a collection to all."""
    return user.is_authenticated and (user.is_superuser or has_role(user, roles.CONTENT_EDITORS))


def can_download_document(user, *, collection_is_public):
    """Anyone where an editor made the document's collection public; otherwise signed-in users."""
    return collection_is_public or user.is_authenticated
