"""The hierarchy of categories in a table: subtotals and "of which" rows are not siblings of their parts.

Official tables put a subtotal ("Realschulen zusammen") after the
categories it sums and an "of which" category ("dar. schulischer Teil der
Fachhochschulreife") after the category that contains it. Stored as
siblings, a sum over a dimension counts them twice. :func:`category_tree`
reads the order of the categories as published and returns, per
dimension, ``{category: parent}``; :func:`summable` gives the categories
that add up without double counting.

Categories that name the sections of the economy they cover (WZ 2008
Abschnitte: ``Produzierendes Gewerbe (B-F)``, ``Verarbeitendes Gewerbe (C)``)
are ordered by their sections, whatever their order in the file
(:mod:`.sections`); which of them a sum adds is decided by their sections
alone, from the categories at hand, not by a tree stored from other files.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .base import ParsedTable
from .sections import covers_economy, disjoint_cover, is_unassigned, sections_of, sections_tree

#: "of which" (a part of the category before it; does not add to the sum)
_OF_WHICH = re.compile(r"^(dar\.|darunter|dav\.|davon|of which)\s*:?\s*", re.I)
#: a subtotal of the categories listed before it (since the last subtotal)
_SUBTOTAL = re.compile(r"(\bzusammen|\binsgesamt|\btogether|\bsubtotal)\s*$", re.I)
_TOTALS = {"insgesamt", "total", "zusammen"}
#: Units whose values are no counts or amounts: a subtotal of them need not be the sum of its parts.
_NOT_ADDING = re.compile(r"%|prozent|\bje\b|durchschn|quote|anteil|=", re.I)


def dimension_order(table: ParsedTable) -> dict[str, list[str]]:
    """Categories per dimension in the order they first appear in the file."""
    order: dict[str, dict[str, None]] = {}
    seen: set[tuple] = set()
    for obs in table.observations:
        if obs.breakdown in seen:
            continue
        seen.add(obs.breakdown)
        for dimension, value in obs.breakdown:
            order.setdefault(dimension, {})[value] = None
    return {d: list(values) for d, values in order.items()}


def tree_of(categories: list[str]) -> dict[str, str]:
    """``{child: parent}`` for one dimension's categories in published order."""
    tree: dict[str, str] = {}
    group: list[str] = []
    last = ""
    for category in categories:
        plain = category.strip()
        if plain.lower() in _TOTALS:
            group, last = [], ""
            continue
        if _OF_WHICH.match(plain):
            if last:
                tree[category] = last
            continue
        if _SUBTOTAL.search(plain) and group:
            for part in group:
                tree[part] = category
            group, last = [], category
            continue
        group.append(category)
        last = category
    return tree


def _sums_refuted(table: ParsedTable, dimension: str, tree: dict[str, str]) -> set[str]:
    """The subtotals of ``tree`` that some row of the table shows are not the sum of their parts.

    ``chirurgische Fachabteilungen zusammen`` after ``Augenheilkunde`` (23111-01-04-4) names
    the surgical departments, whose parts the table does not list: 496 beds in Kiel are not
    Augenheilkunde's 57. Counts and amounts only; a rounding of half a unit per part is allowed, and
    the sum must fail in most rows, since tables rounded cell by cell (Hochschulstatistik: to
    multiples of 3) miss it in some.
    """
    groups: dict[str, list[str]] = {}
    for child, parent in tree.items():
        if not _OF_WHICH.match(child.strip()):
            groups.setdefault(parent, []).append(child)
    if not groups:
        return set()
    relevant = set(groups).union(*groups.values())
    cells: dict[tuple, dict[str, Decimal]] = {}
    for obs in table.observations:
        if obs.value is None or _NOT_ADDING.search(obs.unit):
            continue
        rest = dict(obs.breakdown)
        category = rest.pop(dimension, None)
        if category in relevant:
            key = (obs.region_key, obs.period, obs.variable, obs.unit, tuple(rest.items()))
            cells.setdefault(key, {})[category] = obs.value
    refuted = set()
    for parent, children in groups.items():
        checked = differing = 0
        for values in cells.values():
            if parent in values and all(c in values for c in children):
                checked += 1
                difference = abs(sum(values[c] for c in children) - values[parent])
                differing += difference > max(Decimal(len(children)) / 2, abs(values[parent]) / 200)
        if differing * 2 > checked:  # most rows: a table rounded cell by cell (to multiples of 3) misses in some
            refuted.add(parent)
    return refuted


def indented_tree(labels: list[str]) -> dict[str, str]:
    """``{child: parent}`` from the indentation of labels in published order (stripped names).

    GENESIS-Online indents the parts of a category by two spaces per level
    (``Wissenschaftliches … Personal`` / ``  Hauptberufl. …`` /
    ``    Professoren``): the parent is the nearest label above with less
    indentation.
    """
    tree: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    seen: set[str] = set()
    for raw in labels:
        label = raw.strip()
        if not label or label in seen:  # a label at a second place keeps its first parent (no cycle)
            continue
        seen.add(label)
        indent = len(raw) - len(raw.lstrip())
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if stack and stack[-1][1] != label:
            tree[label] = stack[-1][1]
        stack.append((indent, label))
    return tree


def category_tree(table: ParsedTable, order: dict[str, list[str]] | None = None) -> dict[str, dict[str, str]]:
    """Per dimension ``{child: parent}``; dimensions without subtotals or "of which" rows are left out.

    What the file marks itself (:attr:`ParsedTable.hierarchy`, from indentation) wins over what the
    order and names of the categories suggest; a „… zusammen“ that the values show is no sum of the
    categories before it is no subtotal of them (:func:`_sums_refuted`). ``order``:
    :func:`dimension_order` of the table, where the caller has it already.
    """
    result = {}
    for dimension, categories in (order if order is not None else dimension_order(table)).items():
        by_names = tree_of(categories)
        refuted = _sums_refuted(table, dimension, by_names)
        by_names = {child: parent for child, parent in by_names.items() if parent not in refuted}
        tree = {**by_names, **sections_tree(categories), **table.hierarchy.get(dimension, {})}
        if tree:
            result[dimension] = tree
    return result


def summable(categories, tree: dict[str, str]) -> list[str]:
    """The categories whose values add up to the total: no subtotal next to its parts, no "of which" part.

    Categories named by their sections: the disjoint choice of :func:`.sections.disjoint_cover`;
    where that covers the whole economy, categories without a code are parts of it (but „Keine
    Zuordnung möglich“ adds).
    """
    categories = list(categories)
    present = set(categories)
    cover = disjoint_cover([c for c in categories if not _OF_WHICH.match(c.strip())])
    by_sections = (lambda c: False) if cover is None else sections_of
    subtotals = {
        parent
        for child, parent in tree.items()
        if child in present and not _OF_WHICH.match(child.strip()) and not (by_sections(child) and by_sections(parent))
    }
    # the sections summed cover the whole economy: a category without a code is a part of one of them
    parts_only = cover is not None and covers_economy(cover)
    return [
        c
        for c in categories
        if c.strip().lower() not in _TOTALS
        and not _OF_WHICH.match(c.strip())
        and (c in cover if by_sections(c) else c not in subtotals and not (parts_only and not is_unassigned(c)))
    ]
