"""CSV both ways (lms/tabular.py): what a spreadsheet user sees of an export, and what an import
accepts, refuses and names."""

import io

import pytest
from django.utils import translation

from cascade.imports import MasterTrainerImportError
from lms.models import District
from lms.services import DistrictImportError, districts_import
from lms.tabular import BadLine, TableImportError, csv_line, csv_lines, spreadsheet_safe, table_rows

COLUMNS = ["code", "name"]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def read(data, read_row=lambda line, cells: (line, *cells)):
    file = io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)
    return table_rows(file, columns=COLUMNS, read_row=read_row, empty="No rows.")


def refusal(data, **kwargs):
    with pytest.raises(TableImportError) as refused:
        read(data, **kwargs)
    return refused.value.errors


def test_an_export_starts_with_a_byte_order_mark_and_shows_formulas_as_text():
    lines = list(csv_lines(["Name", "Score"], [["=1+2", 95], ["+7 701", -3], ["@me", None]]))
    assert lines[0] == "\ufeff"
    assert lines[1:] == ["Name,Score\r\n", "'=1+2,95\r\n", "'+7 701,-3\r\n", "'@me,\r\n"]


def test_numbers_stay_numbers_and_everything_else_is_text():
    assert csv_line([-1, 2.5, "-1", True, "Әлия"]) == "-1,2.5,'-1,True,Әлия\r\n"
    assert spreadsheet_safe("\tx") == "'\tx"


@pytest.mark.parametrize(
    "data",
    [
        b"code,name\nA,Aa\n",
        "\ufeffcode,name\nA,Aa\n".encode(),  # Excel's "CSV UTF-8"
        "\ufeffcode,name\nA,Aa\n",  # read as text already
        b"Code ; Name\r\nA;Aa\r\n",  # a spreadsheet in a Russian locale: semicolons, CRLF
        b"code\tname\nA\tAa\n",
        b"code,name\n\n  ,  \nA,Aa\n",  # blank lines are skipped
        b"code,name\rA,Aa\r",  # old Mac line ends (a lone CR)
    ],
)
def test_an_import_reads_the_files_spreadsheets_save(data):
    assert [row[1:] for row in read(data)] == [("A", "Aa")]


def test_each_line_is_numbered_as_in_the_file_the_header_being_line_1():
    assert [row[0] for row in read(b"code,name\nA,Aa\n\nB,Bb\n")] == [2, 4]


def test_every_bad_line_is_named_not_just_the_first():
    def read_row(line, cells):
        if cells[0] == "bad":
            raise BadLine(f"Line {line}: bad code.")
        return cells

    assert refusal(b"code,name\nbad,x\nA\nok,y\nbad,z\n", read_row=read_row) == [
        "Line 2: bad code.",
        "Line 3: expected 2 values, found 1.",
        "Line 5: bad code.",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"\n\n", "The file is empty."),
        (b"code,name\n", "No rows."),
        (b"code;title\nA;Aa\n", "Line 1: the columns must be code,name."),
        ("code,name\nЖ,x\n".encode("cp1251"), "The file is not UTF-8 text. Save it as CSV UTF-8 and try again."),
        (b"code,name\nA\x00,x\n", "The file is not UTF-8 text. Save it as CSV UTF-8 and try again."),
    ],
)
def test_a_file_that_cannot_be_read_says_why(data, message):
    assert refusal(data) == [message]


def test_a_quotation_mark_left_open_names_its_line_instead_of_failing_the_page():
    # The open quote swallows every line after it until the cell passes the csv module's limit.
    data = b'code,name\nA,Aa\nB,"Bb\n' + b"C,Cc\n" * 30_000
    assert refusal(data) == ["Line 3 cannot be read as CSV: check its quotation marks."]


@pytest.mark.django_db
def test_a_district_file_with_an_open_quotation_mark_imports_nothing():
    text = 'region_code,name_kk,name_ru,name_en\nKZ-35,Нұра ауданы,"Нуринский район,Nura\n' + "x,y,z,w\n" * 20_000
    with pytest.raises(DistrictImportError) as refused:
        districts_import(file=io.BytesIO(text.encode()))
    assert refused.value.errors == ["Line 2 cannot be read as CSV: check its quotation marks."]
    assert District.objects.count() == 0


@pytest.mark.django_db
def test_the_districts_import_imports_nothing_when_one_line_is_bad():
    text = "region_code;name_kk;name_ru;name_en\nKZ-35;Нұра ауданы;Нуринский район;Nura District\nKZ-99;А;Р;D\n"
    with pytest.raises(DistrictImportError) as refused:
        districts_import(file=io.BytesIO(text.encode()))
    assert refused.value.errors == ["Line 3: unknown region code KZ-99."]
    assert District.objects.count() == 0


def test_both_importers_refuse_with_the_shared_error():
    assert issubclass(DistrictImportError, TableImportError)
    assert issubclass(MasterTrainerImportError, TableImportError)
