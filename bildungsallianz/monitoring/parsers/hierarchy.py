"""The hierarchy of categories in a table: subtotals and "of which" rows are not siblings of their parts.

Official tables put a subtotal ("Realschulen zusammen") after the
categories it sums and an "of which" category ("dar. schulischer Teil der
Fachhochschulreife") after the category that contains it. Stored as
siblings, a sum over a dimension counts them twice. :func:`category_tree`
reads the order of the categories as published and returns, per
dimension, ``{category: parent}``; :func:`summable` gives the categories
that add up without double counting.
"""

from __future__ import annotations

import re

from .base import ParsedTable

#: "of which" (a part of the category before it; does not add to the sum)
_OF_WHICH = re.compile(r"^(dar\.|darunter|dav\.|davon|of which)\s*:?\s*", re.I)
#: a subtotal of the categories listed before it (since the last subtotal)
_SUBTOTAL = re.compile(r"(\bzusammen|\binsgesamt|\btogether|\bsubtotal)\s*$", re.I)
_TOTALS = {"insgesamt", "total", "zusammen"}


def _dimension_order(table: ParsedTable) -> dict[str, list[str]]:
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


def category_tree(table: ParsedTable) -> dict[str, dict[str, str]]:
    """Per dimension ``{child: parent}``; dimensions without subtotals or "of which" rows are left out.

    What the file marks itself (:attr:`ParsedTable.hierarchy`, from indentation) wins over what the
    order and names of the categories suggest.
    """
    result = {}
    for dimension, categories in _dimension_order(table).items():
        tree = {**tree_of(categories), **table.hierarchy.get(dimension, {})}
        if tree:
            result[dimension] = tree
    return result


def summable(categories, tree: dict[str, str]) -> list[str]:
    """The categories whose values add up to the total: no subtotal next to its parts, no "of which" part."""
    categories = list(categories)
    present = set(categories)
    subtotals = {parent for child, parent in tree.items() if child in present and not _OF_WHICH.match(child.strip())}
    return [
        c
        for c in categories
        if c.strip().lower() not in _TOTALS and not _OF_WHICH.match(c.strip()) and c not in subtotals
    ]
