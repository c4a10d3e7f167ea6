"""Path converters for ids in URLs: `<dbid:cohort_id>` and `<pageid:page_id>`.

An id is a row's primary key. A number too large for its column cannot name a row, and the
database would refuse it with an error (SQLite cannot even take a number past 64 bits), so such
a URL is not matched at all: it is a 404 before any view runs, and no view checks the size.

- `dbid`: the project's own tables, whose keys are `BigAutoField` (`DEFAULT_AUTO_FIELD`):
  1 to 2**63 - 1.
- `pageid`: Wagtail pages, whose key is Wagtail's `AutoField`: 1 to 2**31 - 1.

They are registered when this module is first imported; each URLconf that uses them imports it.
"""

from django.urls import register_converter

BIG_ID_MAX = 2**63 - 1
PAGE_ID_MAX = 2**31 - 1


class _RowId:
    maximum = BIG_ID_MAX
    # At most as many digits as the maximum: the regex refuses a huge number before it is parsed.
    # 0 names no row but fits the column: the view answers 404 for it, as for any id not found.
    regex = f"[0-9]{{1,{len(str(BIG_ID_MAX))}}}"

    def to_python(self, value):
        number = int(value)
        if number > self.maximum:
            raise ValueError(f"{value} does not fit the column")  # Django: the pattern does not match
        return number

    def to_url(self, value):
        return str(int(value))


class DatabaseIdConverter(_RowId):
    """The primary key of one of the project's own rows (a 64-bit column)."""


class PageIdConverter(_RowId):
    """The primary key of a Wagtail page (a 32-bit column)."""

    maximum = PAGE_ID_MAX
    regex = f"[0-9]{{1,{len(str(PAGE_ID_MAX))}}}"


def fits(value, *, maximum=BIG_ID_MAX):
    """Whether a number from outside (a JSON body, say) can name a row: 1 to `maximum`."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= maximum


register_converter(DatabaseIdConverter, "dbid")
register_converter(PageIdConverter, "pageid")
