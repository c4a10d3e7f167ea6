import pytest

from lms import roles
from lms.models import Region, User
from tests.factories import PASSWORD, UserFactory, totp_code

pytestmark = pytest.mark.django_db


def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/kk/accounts/login/?next=/admin/")


def test_editor_signs_in_through_allauth_and_reaches_the_admin(client):
    editor = UserFactory(email="editor@example.org", roles=[roles.CONTENT_EDITORS])
    response = client.post(
        "/en/accounts/login/?next=/admin/", {"login": "editor@example.org", "password": PASSWORD, "next": "/admin/"}
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"  # staff confirm with their app
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(editor)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_learner_is_kept_out_of_the_admin(client):
    client.force_login(UserFactory(roles=[roles.LEARNERS]))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/" not in response["Location"].split("?")[0]


def test_admin_creates_a_user_with_the_profile_fields(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    form = client.get("/admin/users/new/").content.decode()
    assert 'name="full_name"' in form and 'name="region"' in form
    assert 'name="first_name"' not in form
    response = client.post(
        "/admin/users/new/",
        {
            "email": "new.trainer@example.org",
            "full_name": "Бауыржан Ерланұлы Сәрсенов",
            "region": Region.objects.get(code="KZ-55").pk,
            "language": "kk",
            "password1": "Steppe-wind-lantern-81",
            "password2": "Steppe-wind-lantern-81",
            "groups": [],
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    user = User.objects.get(email="new.trainer@example.org")
    assert user.region.code == "KZ-55"
    assert user.full_name == "Бауыржан Ерланұлы Сәрсенов"


def test_admin_edit_page_shows_the_profile_fields(client):
    from django.urls import reverse

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    teacher = UserFactory(full_name="Сәуле Маратқызы")
    page = client.get(reverse("wagtailusers_users:edit", args=[teacher.pk])).content.decode()
    assert 'value="Сәуле Маратқызы"' in page
    assert 'name="region"' in page and 'name="first_name"' not in page


def test_moving_a_teacher_to_another_district_in_the_admin_moves_their_counts(client):
    """The dashboards count a certificate in its holder's district: a move made in the user
    admin takes it there at once, not only after the night's recount."""
    from django.urls import reverse

    from coverage.models import IssueTally
    from coverage.rebuild import summaries_rebuild
    from tests.factories import CertificateFactory, DistrictFactory, build_course

    course = build_course(slug="teachers", lessons=0)
    old, new = DistrictFactory(), DistrictFactory()
    teacher = UserFactory(full_name="Сәуле Маратқызы", region=old.region, district=old)
    CertificateFactory(user=teacher, course_key=course.translation_key, region=old.region)
    summaries_rebuild()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        reverse("wagtailusers_users:edit", args=[teacher.pk]),
        {
            "email": teacher.email,
            "full_name": teacher.full_name,
            "region": new.region.pk,
            "district": new.pk,
            "language": "kk",
            "is_active": "on",
            "groups": [],
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    issued = {row.district_key: row.issued for row in IssueTally.objects.exclude(district_key=0)}
    assert (issued.get(old.pk, 0), issued.get(new.pk, 0)) == (0, 1)
