"""The geometry of the coverage charts, drawn as SVG by the templates. Every chart's numbers are
also in the table beside it; the chart only helps the eye."""

from coverage.templatetags.coverage_tags import cell

ROW_HEIGHT = 22
LABEL_WIDTH = 48
BAR_GAP = 2


def month_rows(table, width=640):
    """Small multiples: a row of monthly bars per region, on one scale for all of them."""
    months = [column for column in table.columns if column.kind == "month"]
    peak = max((row[column.key] for row in table.rows for column in months), default=0)
    step = (width - LABEL_WIDTH) / max(len(months), 1)
    rows = []
    for index, row in enumerate(table.rows):
        top = index * ROW_HEIGHT
        bars = []
        for position, column in enumerate(months):
            value = row[column.key]
            height = (ROW_HEIGHT - 6) * value / peak if peak else 0
            bars.append(
                {
                    "x": round(LABEL_WIDTH + position * step, 1),
                    "y": round(top + ROW_HEIGHT - 3 - height, 1),
                    "width": round(max(step - BAR_GAP, 1), 1),
                    "height": round(height, 1),
                    "title": f"{row['code']} · {column.key[:7]}: {cell(value)}",
                }
            )
        rows.append({"label": row["code"], "y": top + ROW_HEIGHT - 7, "base": top + ROW_HEIGHT - 3, "bars": bars})
    return {"rows": rows, "width": width, "height": max(len(rows), 1) * ROW_HEIGHT}


def horizontal_bars(items, width=480):
    """Horizontal bars for (label, value, maximum) items; value None draws no bar."""
    bars = []
    for index, (label, value, maximum) in enumerate(items):
        length = (width - 160) * value / maximum if value and maximum else 0
        bars.append(
            {
                "label": label,
                "value": cell(value),
                "y": index * ROW_HEIGHT,
                "text_y": index * ROW_HEIGHT + 15,
                "length": round(length, 1),
                "value_x": round(150 + length + 6, 1),
            }
        )
    return {"bars": bars, "width": width, "height": max(len(bars), 1) * ROW_HEIGHT}
