import pytest
from django.utils import translation

from lms.models import Region

pytestmark = pytest.mark.django_db


def test_twenty_regions_with_iso_codes_and_three_names_each():
    regions = list(Region.objects.all())
    assert len(regions) == 20
    assert len({region.code for region in regions}) == 20
    assert all(region.code.startswith("KZ-") and region.code[3:].isdigit() for region in regions)
    for field in ("name_kk", "name_ru", "name_en"):
        names = [getattr(region, field) for region in regions]
        assert all(names) and len(set(names)) == 20


def test_regions_of_2022_reform_are_present():
    assert Region.objects.get(code="KZ-10").name_kk == "Абай облысы"
    assert Region.objects.get(code="KZ-33").name_ru == "область Жетісу"
    assert Region.objects.get(code="KZ-62").name_en == "Ulytau Region"
    assert Region.objects.get(code="KZ-79").name_kk == "Шымкент"


def test_region_name_follows_the_interface_language():
    region = Region.objects.get(code="KZ-35")
    with translation.override("kk"):
        assert str(region) == "Қарағанды облысы"
    with translation.override("ru"):
        assert str(region) == "Карагандинская область"
    with translation.override("en"):
        assert str(region) == "Karaganda Region"


def test_teacher_target_is_editable():
    region = Region.objects.get(code="KZ-71")
    region.teacher_target = 18_500
    region.save()
    assert Region.objects.get(code="KZ-71").teacher_target == 18_500
