"""The geometry of the coverage charts, drawn as SVG by the templates. Every chart's numbers are
also in the table beside it; the chart only helps the eye.

Coordinates go to the templates as text: a number would be written the page's way (12,5 in
Russian), which no browser can draw.
"""

from coverage.short_names import short_name
from coverage.templatetags.coverage_tags import cell

ROW_HEIGHT = 22
# Room for the longest short name ("Алматинская", "Almaty city") at the labels' 12 px.
LABEL_WIDTH = 84
BAR_GAP = 2


def svg_number(value):
    """A coordinate as SVG reads it: digits and a point, one decimal at most."""
    value = round(value, 1)
    return str(int(value)) if value == int(value) else str(value)


def month_rows(table, width=640):
    """Small multiples: a row of monthly bars per region, on one scale for all of them."""
    months = [column for column in table.columns if column.kind == "month"]
    peak = max((row[column.key] for row in table.rows for column in months), default=0)
    step = (width - LABEL_WIDTH) / max(len(months), 1)
    rows = []
    for index, row in enumerate(table.rows):
        top = index * ROW_HEIGHT
        label = short_name(row["code"])
        bars = []
        for position, column in enumerate(months):
            value = row[column.key]
            height = (ROW_HEIGHT - 6) * value / peak if peak else 0
            bars.append(
                {
                    "x": svg_number(LABEL_WIDTH + position * step),
                    "y": svg_number(top + ROW_HEIGHT - 3 - height),
                    "width": svg_number(max(step - BAR_GAP, 1)),
                    "height": svg_number(height),
                    "title": f"{label} · {column.key[:7]}: {cell(value)}",
                }
            )
        rows.append(
            {
                "label": label,
                "y": svg_number(top + ROW_HEIGHT - 7),
                "base": svg_number(top + ROW_HEIGHT - 3),
                "bars": bars,
            }
        )
    return {
        "rows": rows,
        "width": svg_number(width),
        "height": svg_number(max(len(rows), 1) * ROW_HEIGHT),
        "label_width": svg_number(LABEL_WIDTH),
    }


def horizontal_bars(items, width=480):
    """Horizontal bars for (label, value, maximum) items; value None draws no bar."""
    bars = []
    for index, (label, value, maximum) in enumerate(items):
        # Bars start at 150 and leave 60 on the right for the longest value ("100,0", "12 345").
        length = (width - 150 - 60) * value / maximum if value and maximum else 0
        bars.append(
            {
                "label": label,
                "value": cell(value),
                "bar_y": svg_number(index * ROW_HEIGHT + 3),
                "text_y": svg_number(index * ROW_HEIGHT + 15),
                "length": svg_number(length),
                "value_x": svg_number(150 + length + 6),
            }
        )
    return {"bars": bars, "width": svg_number(width), "height": svg_number(max(len(bars), 1) * ROW_HEIGHT)}
