"""How Kazakh pages write dates and numbers. Django has no format module for kk, so without this
file a Kazakh page fell back to the English defaults: "52.1%" where Kazakh writes "52,1%", and
"12/01/2026 9:14 p.m." for a short date and time. These follow the usage of Kazakhstan's
official documents (CLDR agrees): day.month.year, 24-hour time, a decimal comma and a
no-break space between thousands."""

DATE_FORMAT = "d.m.Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "d.m.Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# ISO 8601 (what <input type="date"> sends) is always accepted besides these.
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%d.%m.%y"]
DATETIME_INPUT_FORMATS = ["%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y"]

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
