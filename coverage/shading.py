"""The shades of the coverage map, chosen from the values the map shows.

Fixed bins (0-20-40-60-80%) paint a country where every region is at 5-15% in one shade. Here
the values shown are split by rank into at most five classes (quantiles), each of them a range of
values present on the map, so neighbouring regions with different figures differ in shade; with
five or fewer distinct values each has its own, and when ties leave shades unused (many regions at
0%) the class with the most distinct values is split until all five are used. The legend gives
each shade's range.
"""

from django.utils.translation import gettext_lazy as _

from coverage.templatetags.coverage_tags import cell

# Light to dark; each with the text colour drawn on it, at least 4.5:1 (tests/coverage/test_map_names.py).
STEPS = [
    ("#f1f5f9", "#0f172a"),
    ("#c7e0f4", "#0f172a"),
    ("#8bbfe6", "#0f172a"),
    ("#2f6fae", "#ffffff"),
    ("#1e4f8a", "#ffffff"),
]
# A region without a target has no coverage: white, apart from every shade.
NO_VALUE = ("#ffffff", "#0f172a")
# Which of the five shades m classes use, spread from light to dark.
SPREAD = {1: [2], 2: [1, 3], 3: [0, 2, 4], 4: [0, 1, 3, 4], 5: [0, 1, 2, 3, 4]}


class Shading:
    """Classes over the coverage values of `values` (None for a region without a target)."""

    def __init__(self, values):
        values = list(values)
        present = sorted(value for value in values if value is not None)
        distinct = sorted(set(present))
        classes = []
        if len(distinct) <= len(STEPS):
            classes = [[value] for value in distinct]
        else:
            first_rank = {}
            for rank, value in enumerate(present):
                first_rank.setdefault(value, rank)
            by_class = {}
            for value in distinct:
                by_class.setdefault(len(STEPS) * first_rank[value] // len(present), []).append(value)
            classes = [by_class[key] for key in sorted(by_class)]
            # Many equal values (most regions at 0% early on) fill a rank class alone and leave
            # shades unused: the class holding the most distinct values gives them to the next.
            while len(classes) < len(STEPS):
                widest = max(range(len(classes)), key=lambda index: len(classes[index]))
                group = classes[widest]
                if len(group) < 2:
                    break
                half = len(group) // 2
                classes[widest : widest + 1] = [group[:half], group[half:]]
        shades = SPREAD.get(len(classes), [])
        self.classes = [
            {"low": group[0], "high": group[-1], "fill": STEPS[step][0], "text": STEPS[step][1]}
            for group, step in zip(classes, shades, strict=True)
        ]
        self.has_empty = len(present) < len(values)

    def of(self, value):
        """(fill, text colour) of a value shown on the map."""
        if value is None:
            return NO_VALUE
        for shade in reversed(self.classes):
            if value >= shade["low"]:
                return shade["fill"], shade["text"]
        return NO_VALUE

    def legend(self):
        """Each shade with the range of values it stands for, as the page writes numbers."""
        items = [
            {
                "fill": shade["fill"],
                "label": f"{cell(shade['low'])}%"
                if shade["low"] == shade["high"]
                else f"{cell(shade['low'])}–{cell(shade['high'])}%",
            }
            for shade in self.classes
        ]
        if self.has_empty:
            items.append({"fill": NO_VALUE[0], "label": _("no target")})
        return items
