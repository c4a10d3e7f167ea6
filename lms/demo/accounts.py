"""The demo accounts of a development machine: one per role, all with verified email."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from lms import roles, stored_names
from lms.models import District, Region, User
from lms.services import coordinator_region_assign

DEMO_PASSWORD = "demo-Qorgau-2026"

ACCOUNTS = [
    # email, full name, region code, roles, superuser, language
    ("learner@example.com", "Айгерім Нұрланқызы Сейтқали", "KZ-35", [roles.LEARNERS], False, "kk"),
    ("trainer@example.com", "Марат Серікұлы Ахметов", "KZ-35", [roles.TRAINERS, roles.LEARNERS], False, "kk"),
    ("master@example.com", "Сәуле Мұратқызы Әбенова", "KZ-35", [roles.TRAINERS, roles.LEARNERS], False, "kk"),
    ("ministry@example.com", "Гүлнар Бекқызы Оспанова", "KZ-71", [roles.MINISTRY_ANALYSTS], False, "ru"),
    ("regional@example.com", "Ерлан Қайратұлы Жұмабаев", "KZ-71", [roles.REGIONAL_COORDINATORS], False, "ru"),
    (
        "editor@example.com",
        "Динара Асқарқызы Омарова",
        "KZ-75",
        [roles.CONTENT_EDITORS, roles.CONTENT_REVIEWERS],
        False,
        "ru",
    ),
    ("admin@example.com", "Platform Administrator", "KZ-71", [], True, "en"),
]


@transaction.atomic
def demo_accounts_load():
    """Create or refresh the demo accounts; running it again changes nothing."""
    regions = {region.code: region for region in Region.objects.all()}
    groups = {stored_names.stored(group): group for group in Group.objects.filter(name__in=roles.ALL)}
    created = []
    for email, full_name, region_code, role_names, superuser, language in ACCOUNTS:
        region = regions[region_code]
        user, was_created = User.objects.get_or_create(
            email=email,
            defaults={
                "full_name": full_name,
                "region": region,
                "district": District.objects.filter(region=region).order_by("name_kk").first(),
                "language": language,
                "school": "" if superuser else "№ 1 мектеп-лицей",
                "position": "",
                "is_staff": superuser,
                "is_superuser": superuser,
            },
        )
        if was_created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            created.append(email)
        user.groups.add(*(groups[name] for name in role_names))
        if roles.REGIONAL_COORDINATORS in role_names and user.coordinated_region_id is None:
            # As the ministry would assign it: the demo coordinator answers for Astana.
            coordinator_region_assign(user=user, region=region, by=None)
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return created
