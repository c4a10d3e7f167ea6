"""The 20 first-level units of Kazakhstan since June 2022 (ISO 3166-2:KZ numeric codes)."""

from django.db import migrations

REGIONS = [
    ("KZ-10", "Абай облысы", "область Абай", "Abai Region"),
    ("KZ-11", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
    ("KZ-15", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
    ("KZ-19", "Алматы облысы", "Алматинская область", "Almaty Region"),
    ("KZ-23", "Атырау облысы", "Атырауская область", "Atyrau Region"),
    ("KZ-27", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
    ("KZ-31", "Жамбыл облысы", "Жамбылская область", "Zhambyl Region"),
    ("KZ-33", "Жетісу облысы", "область Жетісу", "Jetisu Region"),
    ("KZ-35", "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
    ("KZ-39", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
    ("KZ-43", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
    ("KZ-47", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
    ("KZ-55", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
    ("KZ-59", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
    ("KZ-61", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
    ("KZ-62", "Ұлытау облысы", "область Ұлытау", "Ulytau Region"),
    ("KZ-63", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
    ("KZ-71", "Астана", "Астана", "Astana"),
    ("KZ-75", "Алматы", "Алматы", "Almaty"),
    ("KZ-79", "Шымкент", "Шымкент", "Shymkent"),
]


def create_regions(apps, schema_editor):
    Region = apps.get_model("lms", "Region")
    for code, name_kk, name_ru, name_en in REGIONS:
        Region.objects.update_or_create(
            code=code, defaults={"name_kk": name_kk, "name_ru": name_ru, "name_en": name_en}
        )


def remove_regions(apps, schema_editor):
    apps.get_model("lms", "Region").objects.filter(code__in=[row[0] for row in REGIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [("lms", "0002_homepage")]

    operations = [migrations.RunPython(create_regions, remove_regions)]
