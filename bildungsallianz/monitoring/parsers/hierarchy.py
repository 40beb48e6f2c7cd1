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
are ordered by their sections, whatever their order in the file: a category
lies under the smallest one whose sections contain its own. Where the parts
listed do not cover their parent (``C`` is only one of ``B-E``), they are
"of which" parts, and the parent is the one that adds up.
"""

from __future__ import annotations

import re

from .base import ParsedTable

#: "of which" (a part of the category before it; does not add to the sum)
_OF_WHICH = re.compile(r"^(dar\.|darunter|dav\.|davon|of which)\s*:?\s*", re.I)
#: a subtotal of the categories listed before it (since the last subtotal)
_SUBTOTAL = re.compile(r"(\bzusammen|\binsgesamt|\btogether|\bsubtotal)\s*$", re.I)
_TOTALS = {"insgesamt", "total", "zusammen"}
#: WZ 2008 sections as published: ``C``, ``B-F``, ``B,D,E``, ``G-I,J``; GENESIS codes them ``WZ08-B-F``.
_SECTIONS = r"[A-U](?:\s*-\s*[A-U])?(?:\s*,\s*[A-U](?:\s*-\s*[A-U])?)*"
_PREFIX = r"(?:WZ\s*(?:20)?08\s*-\s*)?"
_BARE_SECTIONS_RE = re.compile(rf"{_PREFIX}({_SECTIONS})\Z")
_LABEL_SECTIONS_RE = re.compile(rf"\(\s*{_PREFIX}({_SECTIONS})\s*\)\s*\Z")
#: The dimension of categories named by their WZ 2008 sections.
ECONOMIC_SECTIONS = "Wirtschaftszweig"


def _letters(code: str) -> frozenset[str]:
    letters: set[str] = set()
    for part in code.split(","):
        first, _, last = (p.strip() for p in part.partition("-"))
        last = last or first
        if first > last:  # "F-B" is no range
            return frozenset()
        letters.update(chr(c) for c in range(ord(first), ord(last) + 1))
    return frozenset(letters)


def section_code(cell: str) -> frozenset[str]:
    """The sections a bare code cell names (``B-F`` → B…F, ``WZ08-C`` → C), else empty."""
    m = _BARE_SECTIONS_RE.fullmatch(cell.strip())
    return _letters(m.group(1)) if m else frozenset()


def sections_of(category: str) -> frozenset[str]:
    """The sections a category names at its end (``Verarbeitendes Gewerbe (C)`` → C), else empty."""
    m = _LABEL_SECTIONS_RE.search(category)
    return _letters(m.group(1)) if m else frozenset()


def with_sections(label: str, code: str) -> str:
    """``Produzierendes Gewerbe`` and ``B-F`` as one category: ``Produzierendes Gewerbe (B-F)``."""
    code = _BARE_SECTIONS_RE.fullmatch(code.strip()).group(1).replace(" ", "")
    return f"{label} ({code})"


def sections_tree(categories: list[str]) -> dict[str, str]:
    """``{child: parent}`` by sections: the parent is the smallest category whose sections contain the child's."""
    named = [(c, s) for c in categories if (s := sections_of(c))]
    tree = {}
    for category, sections in named:
        wider = [(len(s), c) for c, s in named if sections < s]
        if wider:
            tree[category] = min(wider, key=lambda pair: pair[0])[1]
    return tree


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
    for dimension, categories in dimension_order(table).items():
        tree = {**tree_of(categories), **sections_tree(categories), **table.hierarchy.get(dimension, {})}
        if tree:
            result[dimension] = tree
    return result


def summable(categories, tree: dict[str, str]) -> list[str]:
    """The categories whose values add up to the total: no subtotal next to its parts, no "of which" part.

    A parent named by its sections is a subtotal only where its parts cover them;
    else its parts (and theirs) are "of which" parts and the parent counts.
    """
    categories = list(categories)
    present = set(categories)
    parts: dict[str, list[str]] = {}
    for child, parent in tree.items():
        if child in present and not _OF_WHICH.match(child.strip()):
            parts.setdefault(parent, []).append(child)
    partial = {
        parent
        for parent, children in parts.items()
        if (sections := sections_of(parent)) and not sections <= frozenset().union(*map(sections_of, children))
    }
    subtotals = set(parts) - partial

    def under_partial(category: str) -> bool:
        seen = set()
        while (category := tree.get(category)) is not None and category not in seen:
            if category in partial:
                return True
            seen.add(category)
        return False

    return [
        c
        for c in categories
        if c.strip().lower() not in _TOTALS
        and not _OF_WHICH.match(c.strip())
        and c not in subtotals
        and not under_partial(c)
    ]
