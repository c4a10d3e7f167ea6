"""The project's own schematic map of Kazakhstan: one square tile per region, placed roughly
where the region lies (west to east, north to south). It is not a boundary map: no package
ships a freely licensed one of the 20 units (docs/domain.md)."""

from django.utils.translation import gettext_lazy as _

from coverage.charts import svg_number

# (column, row) on a 7 x 5 grid.
TILES = {
    "KZ-39": (2, 0),  # Kostanay
    "KZ-59": (3, 0),  # North Kazakhstan
    "KZ-55": (5, 0),  # Pavlodar
    "KZ-27": (0, 1),  # West Kazakhstan
    "KZ-15": (1, 1),  # Aktobe
    "KZ-11": (3, 1),  # Akmola
    "KZ-71": (4, 1),  # Astana
    "KZ-10": (5, 1),  # Abai
    "KZ-63": (6, 1),  # East Kazakhstan
    "KZ-23": (0, 2),  # Atyrau
    "KZ-62": (2, 2),  # Ulytau
    "KZ-35": (3, 2),  # Karaganda
    "KZ-33": (5, 2),  # Jetisu
    "KZ-47": (0, 3),  # Mangystau
    "KZ-43": (1, 3),  # Kyzylorda
    "KZ-61": (2, 3),  # Turkistan
    "KZ-31": (3, 3),  # Zhambyl
    "KZ-19": (4, 3),  # Almaty Region
    "KZ-75": (5, 3),  # Almaty (city)
    "KZ-79": (2, 4),  # Shymkent
}
COLUMNS, ROWS = 7, 5
# Five steps of coverage, light to dark, each with a text colour that keeps 4.5:1 contrast.
STEPS = [
    (0, "#f1f5f9", "#0f172a"),
    (20, "#c7e0f4", "#0f172a"),
    (40, "#8bbfe6", "#0f172a"),
    (60, "#3b82c4", "#ffffff"),
    (80, "#1e4f8a", "#ffffff"),
]
LEGEND_LABELS = [_("under 20%"), _("20–39%"), _("40–59%"), _("60–79%"), _("80% and over")]


def step_of(coverage):
    chosen = 0
    for index, (threshold, _fill, _text) in enumerate(STEPS):
        if coverage is not None and coverage >= threshold:
            chosen = index
    return chosen


def tile_map(rows):
    """The tiles of the map, one per region row that has a place on the grid, with the same keys
    as the boundary map's regions (coverage/boundaries.py), so one template draws either."""
    placed = []
    for row in rows:
        position = TILES.get(row["code"])
        if position is None:
            continue
        step = step_of(row["coverage"])
        x, y = position[0] * 100, position[1] * 100
        placed.append(
            {
                **row,
                "tile": {"x": svg_number(x + 2), "y": svg_number(y + 2)},
                "label_x": svg_number(x + 50),
                "code_y": svg_number(y + 34),
                "value_y": svg_number(y + 66),
                "fill": STEPS[step][1],
                "text": STEPS[step][2],
                "short": row["code"].removeprefix("KZ-"),
            }
        )
    return {"regions": placed, "width": svg_number(COLUMNS * 100), "height": svg_number(ROWS * 100), "shaped": False}


def legend():
    return [
        {"fill": fill, "text": text, "label": label}
        for (_t, fill, text), label in zip(STEPS, LEGEND_LABELS, strict=True)
    ]
