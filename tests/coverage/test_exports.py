"""CSV and XLSX exports read back as the very numbers of the page's tables."""

import codecs
import csv
import io
import zipfile
from datetime import date, timedelta

import openpyxl
import pytest

from coverage.rebuild import summaries_rebuild
from lms import roles
from tests.coverage.helpers import days_ago, group, holder, region, revoked, table, target, today
from tests.factories import DistrictFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(courses):
    """The figures here come from certificates, groups and scores: the courses need no lessons."""
    return courses


@pytest.fixture
def figures(programme, master):
    """Karaganda: target 7, three holders, one issued today. Astana: target 3, two holders in
    Esil and one without a district, and a group running."""
    teachers = programme[0]
    target("KZ-35", 7)
    target("KZ-71", 3)
    for days in (0, 100, 200):
        holder(teachers, "KZ-35", issued_on=days_ago(days))
    esil = DistrictFactory(region=region("KZ-71"), name_en="Esil", name_kk="Есіл", name_ru="Есиль")
    for days in (3, 40):
        holder(teachers, "KZ-71", district=esil, issued_on=days_ago(days))
    holder(teachers, "KZ-71", issued_on=days_ago(5))
    group(master, teachers, "KZ-71")
    summaries_rebuild()
    return teachers


@pytest.fixture
def analyst_client(client):
    client.force_login(UserFactory(roles=[roles.MINISTRY_ANALYSTS]))
    return client


def download(client, course, name, **params):
    query = "&".join(f"{key}={value}" for key, value in {"course": course.translation_key, **params}.items())
    response = client.get(f"/en/coverage/export/{name}?{query}")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def csv_rows(content):
    return list(csv.reader(io.StringIO(content.removeprefix(codecs.BOM_UTF8).decode("utf-8"))))


def xlsx_rows(content):
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def text(value, column):
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%Y-%m") if column.kind in ("month", "yearmonth") else value.isoformat()
    return str(value)


def spreadsheet(value, column):
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.strftime("%Y-%m") if column.kind in ("month", "yearmonth") else value.isoformat()
    return value if column.numeric else str(value)


def expected(shown, cell):
    """The table's header, rows and total row, each cell as `cell` writes it."""
    lines = [[str(column.label) for column in shown.columns]]
    lines += [[cell(row.get(column.key), column) for column in shown.columns] for row in shown.rows]
    if shown.footer:
        lines.append([cell(shown.footer.get(column.key), column) for column in shown.columns])
    return lines


def test_the_csv_starts_with_a_byte_order_mark_so_spreadsheets_read_it_as_utf8(analyst_client, figures):
    assert download(analyst_client, figures, "regions.csv").startswith(codecs.BOM_UTF8)


def test_the_regions_csv_reads_back_as_the_regions_table(analyst_client, figures):
    content = download(analyst_client, figures, "regions.csv")
    assert csv_rows(content) == expected(table("regions", figures), text)


def test_the_regions_xlsx_reads_back_as_the_regions_table(analyst_client, figures):
    content = download(analyst_client, figures, "regions.xlsx")
    assert xlsx_rows(content) == expected(table("regions", figures), spreadsheet)


def test_the_districts_csv_reads_back_as_the_districts_table(analyst_client, figures):
    content = download(analyst_client, figures, "districts.csv", region="KZ-71")
    assert csv_rows(content) == expected(table("districts", figures, region="KZ-71"), text)


def test_the_districts_xlsx_reads_back_as_the_districts_table(analyst_client, figures):
    content = download(analyst_client, figures, "districts.xlsx", region="KZ-71")
    assert xlsx_rows(content) == expected(table("districts", figures, region="KZ-71"), spreadsheet)


def test_the_exported_figures_are_the_hand_counted_ones(analyst_client, figures):
    rows = {row[0]: row for row in csv_rows(download(analyst_client, figures, "districts.csv", region="KZ-71"))}
    # valid, enrolled, certified, last 30 days, period, active trainers, open groups
    assert rows["Esil"][1:] == ["2", "2", "2", "1", "2", "0", "0"]
    assert rows["No district given"][1:] == ["1", "1", "1", "1", "1", "1", "1"]
    assert rows["Whole region"][1:] == ["3", "3", "3", "2", "3", "1", "1"]


def test_the_exported_coverage_has_one_decimal(analyst_client, figures):
    rows = {row[0]: row for row in xlsx_rows(download(analyst_client, figures, "regions.xlsx"))}
    assert (rows["KZ-35"][2:5], rows["KZ-71"][2:5]) == ([3, 7, 42.9], [3, 3, 100])


def test_a_national_export_for_one_region_has_its_row_and_no_total(analyst_client, figures):
    rows = csv_rows(download(analyst_client, figures, "regions.csv", region="KZ-71"))
    assert [row[0] for row in rows[1:]] == ["KZ-71"]


def test_an_export_is_named_for_its_table_place_and_day(analyst_client, figures):
    response = analyst_client.get(f"/en/coverage/export/districts.xlsx?region=KZ-71&course={figures.translation_key}")
    assert f'filename="districts-KZ-71-{today():%Y-%m-%d}.xlsx"' in response["Content-Disposition"]


def test_an_export_of_an_empty_selection_is_the_header_row_alone_in_csv(analyst_client, figures):
    rows = csv_rows(download(analyst_client, figures, "expiring.csv", region="KZ-71"))
    assert rows == [["Holder", "School", "Trainer", "Expires on", "Status"]]


def test_an_export_of_an_empty_selection_is_the_header_row_alone_in_xlsx(analyst_client, figures):
    rows = xlsx_rows(download(analyst_client, figures, "expiring.xlsx", region="KZ-71"))
    assert rows == [["Holder", "School", "Trainer", "Expires on", "Status"]]


@pytest.fixture
def formula_holder(programme):
    teachers = programme[0]
    soon = today() + timedelta(days=30)
    holder(teachers, full_name='=HYPERLINK("x")', issued_on=soon - timedelta(days=730), expires_on=soon)
    return teachers


def test_a_name_written_as_a_formula_is_text_in_the_csv(analyst_client, formula_holder):
    rows = csv_rows(download(analyst_client, formula_holder, "expiring.csv", region="KZ-35"))
    assert rows[1][0] == '\'=HYPERLINK("x")'


def test_a_name_written_as_a_formula_is_text_in_the_xlsx(analyst_client, formula_holder):
    content = download(analyst_client, formula_holder, "expiring.xlsx", region="KZ-35")
    cell = openpyxl.load_workbook(io.BytesIO(content)).active["A2"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("x")', "s")
    assert b"<f>" not in zipfile.ZipFile(io.BytesIO(content)).read("xl/worksheets/sheet1.xml")


# Exports against figures counted by hand


@pytest.fixture
def counted(programme, master):
    """Karaganda, target 10: in Nura Aigerim (certified 5 days ago), Bolat (50 days ago), Erlan
    (expired 70 days ago) and the master trainer's group; Abai with nobody; without a district
    Dana (200 days ago) and Farida (revoked). Astana, target 4: Gulnar (10 days ago)."""
    teachers = programme[0]
    target("KZ-35", 10)
    target("KZ-71", 4)
    nura = DistrictFactory(region=region("KZ-35"), name_en="Nura")
    DistrictFactory(region=region("KZ-35"), name_en="Abai")
    holder(teachers, "KZ-35", district=nura, full_name="Aigerim Bekova", issued_on=days_ago(5))
    holder(teachers, "KZ-35", district=nura, full_name="Bolat Dauletov", issued_on=days_ago(50))
    holder(
        teachers, "KZ-35", district=nura, full_name="Erlan Expired", issued_on=days_ago(800), expires_on=days_ago(70)
    )
    holder(teachers, "KZ-35", full_name="Dana Yerlanova", issued_on=days_ago(200))
    revoked(teachers, "KZ-35", full_name="Farida Revoked", issued_on=days_ago(500))
    holder(teachers, "KZ-71", full_name="Gulnar Sadykova", issued_on=days_ago(10))
    group(master, teachers, "KZ-35", district=nura)
    summaries_rebuild()
    return teachers


def month_in(days):
    """The month a target is reached `days` from today, as the exports write it."""
    return f"{today() + timedelta(days=days):%Y-%m}"


def test_the_regions_csv_gives_the_hand_counted_holders_targets_and_coverage(analyst_client, counted):
    rows = {row[0]: row[2:] for row in csv_rows(download(analyst_client, counted, "regions.csv"))[1:]}
    # valid, target, coverage, last 30 days, period, active trainers, open groups, target reached
    # (at the pace of first certificates in 90 days: 7 to go at 2 in 90 days is 315 days)
    assert rows["KZ-35"] == ["3", "10", "30.0", "1", "3", "1", "1", month_in(315)]
    assert rows["KZ-71"] == ["1", "4", "25.0", "1", "1", "0", "0", month_in(270)]
    assert rows["KZ"] == ["4", "14", "28.6", "2", "4", "1", "1", month_in(300)]


def test_the_regions_csv_gives_zeros_and_no_coverage_for_a_region_without_target_or_holders(analyst_client, counted):
    rows = {row[0]: row[2:] for row in csv_rows(download(analyst_client, counted, "regions.csv"))[1:]}
    assert len(rows) == 21
    assert rows["KZ-75"] == ["0", "0", "", "0", "0", "0", "0", "No target"]


def test_the_regions_xlsx_gives_the_hand_counted_figures_as_numbers(analyst_client, counted):
    rows = {row[0]: row[2:] for row in xlsx_rows(download(analyst_client, counted, "regions.xlsx"))[1:]}
    assert rows["KZ-35"] == [3, 10, 30.0, 1, 3, 1, 1, month_in(315)]
    assert rows["KZ-71"] == [1, 4, 25.0, 1, 1, 0, 0, month_in(270)]
    assert rows["KZ"] == [4, 14, 28.6, 2, 4, 1, 1, month_in(300)]
    assert rows["KZ-75"] == [0, 0, None, 0, 0, 0, 0, "No target"]


DISTRICT_HEADER = [
    "District",
    "Teachers holding a valid certificate",
    "Learners enrolled",
    "Certified",
    "Certificates in the last 30 days",
    "Certificates in the period",
    "Active trainers",
    "Open groups",
]


def test_the_districts_csv_of_a_region_gives_each_districts_hand_counted_figures(analyst_client, counted):
    rows = csv_rows(download(analyst_client, counted, "districts.csv", region="KZ-35"))
    # The expired holder stays learner and certified; the revoked one is a learner only.
    assert rows == [
        DISTRICT_HEADER,
        ["Abai", "0", "0", "0", "0", "0", "0", "0"],
        ["Nura", "2", "3", "3", "1", "2", "1", "1"],
        ["No district given", "1", "2", "1", "0", "1", "0", "0"],
        ["Whole region", "3", "5", "4", "1", "3", "1", "1"],
    ]


def test_the_districts_xlsx_of_a_region_gives_each_districts_hand_counted_figures(analyst_client, counted):
    rows = xlsx_rows(download(analyst_client, counted, "districts.xlsx", region="KZ-35"))
    assert rows == [
        DISTRICT_HEADER,
        ["Abai", 0, 0, 0, 0, 0, 0, 0],
        ["Nura", 2, 3, 3, 1, 2, 1, 1],
        ["No district given", 1, 2, 1, 0, 1, 0, 0],
        ["Whole region", 3, 5, 4, 1, 3, 1, 1],
    ]


def holders_expected(*names):
    """The holders' rows as exported: name, region, district, issued on, expires on."""
    known = {
        "Aigerim Bekova": ("KZ-35", "Nura", days_ago(5)),
        "Bolat Dauletov": ("KZ-35", "Nura", days_ago(50)),
        "Dana Yerlanova": ("KZ-35", "", days_ago(200)),
        "Gulnar Sadykova": ("KZ-71", "", days_ago(10)),
    }
    return [
        [
            name,
            known[name][0],
            known[name][1],
            known[name][2].isoformat(),
            (known[name][2] + timedelta(days=730)).isoformat(),
        ]
        for name in names
    ]


def holder_columns(rows):
    return [[row[0], row[1], row[2] or "", row[6], row[7]] for row in rows]


HOLDER_HEADER = [
    "Holder",
    "Region",
    "District",
    "School",
    "Generation",
    "Trainer",
    "Issued on",
    "Expires on",
    "Certificate",
]


def test_the_holders_csv_of_the_country_lists_exactly_the_valid_holders_by_region(analyst_client, counted):
    rows = csv_rows(download(analyst_client, counted, "holders.csv"))
    assert rows[0] == HOLDER_HEADER
    assert holder_columns(rows[1:]) == holders_expected(
        "Aigerim Bekova", "Bolat Dauletov", "Dana Yerlanova", "Gulnar Sadykova"
    )


def test_the_holders_xlsx_of_a_region_lists_exactly_its_valid_holders(analyst_client, counted):
    rows = xlsx_rows(download(analyst_client, counted, "holders.xlsx", region="KZ-35"))
    assert rows[0] == HOLDER_HEADER
    assert holder_columns(rows[1:]) == holders_expected("Aigerim Bekova", "Bolat Dauletov", "Dana Yerlanova")


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_the_holders_export_of_a_region_with_nobody_certified_is_the_header_row_alone(
    analyst_client, counted, extension
):
    content = download(analyst_client, counted, f"holders.{extension}", region="KZ-75")
    assert (csv_rows if extension == "csv" else xlsx_rows)(content) == [HOLDER_HEADER]
