"""The project's own schematic map of Kazakhstan: one square tile per region, placed roughly
where the region lies (west to east, north to south). It is not a boundary map: no package
ships a freely licensed one of the 20 units (docs/domain.md)."""

from coverage.charts import svg_number
from coverage.shading import Shading
from coverage.short_names import short_name

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
# A name longer than this is drawn squeezed to the tile's width (textLength).
SQUEEZE_AFTER = 7


def label_of(code):
    """The short name on a tile, and the width to squeeze a long one into (None: as it is)."""
    name = short_name(code)
    return name, ("88" if len(name) > SQUEEZE_AFTER else None)


def tile_map(rows):
    """The tiles of the map, one per region row that has a place on the grid, with the same keys
    as the boundary map's regions (coverage/boundaries.py), so one template draws either."""
    shading = Shading(row["coverage"] for row in rows if row["code"] in TILES)
    placed = []
    for row in rows:
        position = TILES.get(row["code"])
        if position is None:
            continue
        fill, text = shading.of(row["coverage"])
        short, squeeze = label_of(row["code"])
        x, y = position[0] * 100, position[1] * 100
        placed.append(
            {
                **row,
                "tile": {"x": svg_number(x + 2), "y": svg_number(y + 2)},
                "label_x": svg_number(x + 50),
                "code_y": svg_number(y + 34),
                "value_y": svg_number(y + 66),
                "fill": fill,
                "text": text,
                "short": short,
                "squeeze": squeeze,
            }
        )
    return {
        "regions": placed,
        "width": svg_number(COLUMNS * 100),
        "height": svg_number(ROWS * 100),
        "shaped": False,
        "legend": shading.legend(),
    }
