"""A table as CSV or XLSX, written as it is sent: the rows are read once, in a stream, and
neither file is held in memory (the XLSX is written row by row to a temporary file)."""

import tempfile
from datetime import date

import xlsxwriter
from django.http import FileResponse, StreamingHttpResponse
from django.utils import translation

from lms.tabular import csv_line, csv_lines


def _plain(value, column):
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%Y-%m") if column.kind in ("month", "yearmonth") else value.isoformat()
    if column.numeric:
        return value
    return str(value)


def _header(table):
    return [str(column.label) if column.kind != "month" else column.key[:7] for column in table.columns]


def _lines(table, language):
    """The table as CSV lines (lms/tabular.py: byte-order mark, formula-safe text), in `language`."""
    with translation.override(language):
        rows = ([_plain(row.get(column.key), column) for column in table.columns] for row in table.rows)
        yield from csv_lines(_header(table), rows)
        if table.footer:
            yield csv_line([_plain(table.footer.get(column.key), column) for column in table.columns])


def csv_response(table, filename):
    response = StreamingHttpResponse(_lines(table, translation.get_language()), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(table, filename):
    """The table as a workbook. `constant_memory` writes each row to disk as it is added, so a
    list of 400,000 people takes as little memory as one of twenty regions."""
    output = tempfile.TemporaryFile()
    # Text stays text: a name typed as "=HYPERLINK(…)" is not made a formula, a link or a number.
    options = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    workbook = xlsxwriter.Workbook(output, options)
    sheet = workbook.add_worksheet(table.slug[:31])
    bold = workbook.add_format({"bold": True})
    sheet.write_row(0, 0, _header(table), bold)
    number = 1
    for row in table.rows:
        sheet.write_row(number, 0, [_cell(row.get(column.key), column) for column in table.columns])
        number += 1
    if table.footer:
        sheet.write_row(number, 0, [_cell(table.footer.get(column.key), column) for column in table.columns], bold)
    workbook.close()
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def _cell(value, column):
    return _plain(value, column)
