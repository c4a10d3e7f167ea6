import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from lms.models import District
from lms.services import DistrictImportError, districts_import

pytestmark = pytest.mark.django_db

HEADER = "region_code,name_kk,name_ru,name_en\n"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def csv_file(text):
    return io.BytesIO(text.encode("utf-8"))


def test_import_creates_districts_in_their_regions():
    result = districts_import(
        file=csv_file(
            HEADER + "KZ-35,Нұра ауданы,Нуринский район,Nura District\nKZ-71,Есіл ауданы,район Есиль,Yesil District\n"
        )
    )
    assert (result.created, result.updated) == (2, 0)
    assert District.objects.get(name_en="Nura District").region.code == "KZ-35"


def test_importing_the_same_file_again_updates_instead_of_duplicating():
    text = HEADER + "KZ-35,Нұра ауданы,Нуринский район,Nura District\n"
    districts_import(file=csv_file(text))
    result = districts_import(file=csv_file(text.replace("Nura District", "Nura district")))
    assert (result.created, result.updated) == (0, 1)
    assert District.objects.get().name_en == "Nura district"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("KZ-99,Аудан,Район,District", "Line 3: unknown region code KZ-99."),
        ("KZ-KAR,Аудан,Район,District", "Line 3: KZ-KAR is an old letter code"),
        ("KZ-35,,Район,District", "Line 3: name_kk is empty."),
        ("KZ-35,Аудан,Район", "Line 3: expected 4 values, found 3."),
        ("KZ-35,Нұра ауданы,Нуринский район,Nura District", "Line 3: Нұра ауданы appears twice in this region."),
    ],
)
def test_a_bad_row_is_named_by_line_and_nothing_is_imported(row, message):
    text = HEADER + "KZ-35,Нұра ауданы,Нуринский район,Nura District\n" + row + "\n"
    with pytest.raises(DistrictImportError) as error:
        districts_import(file=csv_file(text))
    assert any(line.startswith(message) for line in error.value.errors), error.value.errors
    assert District.objects.count() == 0


def test_wrong_columns_are_refused():
    with pytest.raises(DistrictImportError) as error:
        districts_import(file=csv_file("code,name\nKZ-35,Нұра\n"))
    assert error.value.errors == ["Line 1: the columns must be region_code,name_kk,name_ru,name_en."]


def test_command_reports_bad_lines_and_fails(tmp_path, capsys):
    path = tmp_path / "districts.csv"
    path.write_text(
        HEADER + "KZ-35,Нұра ауданы,Нуринский район,Nura District\nKZ-YUZ,Аудан,Район,District\n", encoding="utf-8"
    )
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_districts", str(path), language="en")
    assert "Line 3: KZ-YUZ is an old letter code" in capsys.readouterr().err
    assert District.objects.count() == 0


def test_command_imports_a_good_file(tmp_path, capsys):
    path = tmp_path / "districts.csv"
    path.write_text("\ufeff" + HEADER + "KZ-35,Нұра ауданы,Нуринский район,Nura District\n", encoding="utf-8")
    call_command("import_districts", str(path))
    assert "1 district(s) added" in capsys.readouterr().out
    assert District.objects.count() == 1


def test_command_speaks_kazakh_by_default(tmp_path, capsys):
    path = tmp_path / "districts.csv"
    path.write_text(HEADER + "KZ-99,Аудан,Район,District\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_districts", str(path))
    assert capsys.readouterr().err.startswith("2-жол:")
