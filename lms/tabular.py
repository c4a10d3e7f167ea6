"""Tables as CSV, both ways: one writer for every export, one all-or-nothing reader for every import.

Writing (the coverage exports, a group's roster, the list in a zip of certificates): UTF-8 with
a byte-order mark first, so that Excel reads Kazakh and Russian letters; a text cell that a
spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "@x") starts with an apostrophe, so it
is shown as typed. Numbers are written as numbers.

Reading (districts, master trainers): the whole file is checked before anything is written.
UTF-8 with or without a byte-order mark; commas, or the semicolons or tabs a spreadsheet in a
Russian or Kazakh locale saves, told apart by the header line; blank lines skipped. Every
problem is reported, each naming its line (the header is line 1), and the importer writes its
rows in one transaction only when there is none.
"""

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import IO, Any, TypeVar

from django.utils.translation import gettext as _

from lms.errors import RefusedLines

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (",", ";", "\t")

Row = TypeVar("Row")


def spreadsheet_safe(value: object) -> str:
    """A cell a spreadsheet shows as text: a name typed as "=HYPERLINK(…)" is not run as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Echo:
    """A file that hands back what is written, so that csv.writer makes lines to stream."""

    def write(self, value: str) -> str:
        return value


_writer = csv.writer(_Echo())


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    return spreadsheet_safe(value)  # text, translated labels, dates: whatever str() makes of them


def csv_line(cells: Iterable[object]) -> str:
    """One CSV line: numbers as they are, None as an empty cell, anything else as spreadsheet-safe text."""
    return str(_writer.writerow([_cell(cell) for cell in cells]))


def csv_lines(header: Iterable[object], rows: Iterable[Iterable[object]]) -> Iterator[str]:
    """A whole file, line by line as it is sent: the byte-order mark, the header, then the rows."""
    yield BOM
    yield csv_line(header)
    for row in rows:
        yield csv_line(row)


class TableImportError(RefusedLines):
    """A file that cannot be imported; `errors` lists each problem with its line. Nothing was imported."""

    def __init__(self, errors: Iterable[object]) -> None:
        super().__init__(errors)
        self.errors = self.messages


class BadLine(Exception):
    """Raised by a row reader: the line cannot be imported; the message names the line and says why."""


def _text_of(file: IO[bytes] | IO[str], refuse: Callable[[list[str]], Exception]) -> str:
    text = file.read()
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise refuse([_("The file is not UTF-8 text. Save it as CSV UTF-8 and try again.")]) from None
    text = text.removeprefix(BOM)
    if "\x00" in text:
        raise refuse([_("The file is not UTF-8 text. Save it as CSV UTF-8 and try again.")])
    return text


def _header_cells(line: str, delimiter: str) -> list[str]:
    return [cell.strip().lower() for cell in next(csv.reader([line], delimiter=delimiter), [])]


def _records(reader: Iterator[list[str]], refuse: Callable[[list[str]], Exception]) -> Iterator[tuple[int, list[str]]]:
    """The records after the header, numbered from 2; a record the csv module cannot read (a
    quotation mark left open swallows the lines after it until a cell passes the module's size
    limit) refuses the file, naming where it went wrong."""
    number = 1
    try:
        for cells in reader:
            number += 1
            yield number, cells
    except csv.Error:
        failed = {"line": number + 1}
        raise refuse([_("Line %(line)d cannot be read as CSV: check its quotation marks.") % failed]) from None


def table_rows(
    file: IO[bytes] | IO[str],
    *,
    columns: list[str],
    read_row: Callable[[int, list[str]], Row],
    empty: str,
    error: type[TableImportError] = TableImportError,
) -> list[Row]:
    """The rows of a CSV file with these columns, each read by `read_row(line, cells)` (cells
    stripped), or `error` with every problem: a file that is not UTF-8 text, empty, with other
    columns, a line with the wrong number of values, each `BadLine` a row reader raised, and a
    file without rows (`empty` says so). Reads only: the caller writes the rows, in one transaction."""
    text = _text_of(file, error)
    first = text.splitlines()[0] if text.strip() else None
    if first is None:
        raise error([_("The file is empty.")])
    delimiter = next((mark for mark in DELIMITERS if _header_cells(first, mark) == columns), None)
    if delimiter is None:
        raise error([_("Line 1: the columns must be %(expected)s.") % {"expected": ",".join(columns)}])
    # Universal newlines: a file saved with old Mac line ends (a lone CR) reads line by line too.
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter)
    next(reader)
    errors: list[Any] = []
    rows: list[Row] = []
    for line, cells in _records(reader, error):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(columns):
            errors.append(
                _("Line %(line)d: expected %(expected)d values, found %(count)d.")
                % {"line": line, "expected": len(columns), "count": len(cells)}
            )
            continue
        try:
            rows.append(read_row(line, [cell.strip() for cell in cells]))
        except BadLine as bad:
            errors.append(str(bad))
    if errors:
        raise error(errors)
    if not rows:
        raise error([empty])
    return rows
