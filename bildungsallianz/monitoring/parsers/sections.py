"""Categories named by the sections of the economy they cover (WZ 2008 Abschnitte A–U).

Official tables name them by code (``B-F``, GENESIS ``WZ08-B-F``), by a label
that ends in the code (``Produzierendes Gewerbe (B-F)``), or both in two
columns (IT.NRW 13111-54i). Read as sets of sections they nest whatever their
order in the file (:func:`sections_tree`), and :func:`disjoint_cover` picks the
ones a sum may add: no section twice, as many sections as any choice covers,
as fine as possible (``A, B-E, F, G-T`` rather than ``A, B-F, G-T``; ``C`` is
only a part of ``B-E`` when ``D`` and ``E`` are not listed).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .categories import is_unknown

#: ``C``, ``B-F``, ``B,D,E``, ``G-I,J``; some Landesämter print an en dash (``B–F``).
_SECTIONS = r"[A-U](?:\s*[-–]\s*[A-U])?(?:\s*,\s*[A-U](?:\s*[-–]\s*[A-U])?)*"
_PREFIX = r"(?:WZ\s*(?:20)?08\s*-\s*)?"
_BARE_RE = re.compile(rf"({_PREFIX})({_SECTIONS})\Z")
_LABEL_RE = re.compile(rf"\(\s*{_PREFIX}({_SECTIONS})\s*\)\s*\Z")
#: The dimension of categories named by their WZ 2008 sections.
ECONOMIC_SECTIONS = "Wirtschaftszweig"
#: The sections of the whole economy (U, extraterritorial organisations, is often left out: 13111-54i „G-T“).
_ECONOMY = frozenset("ABCDEFGHIJKLMNOPQRST")
#: A row of no section besides the unknown (BA: „Keine Zuordnung möglich“).
_NO_SECTION_RE = re.compile(r"keine zuordnung|ohne zuordnung|nicht zuordenbar", re.I)
#: Above this many categories named by sections, :func:`disjoint_cover` gives up (no real table has so many).
_MAX_COVER = 60


def _letters(code: str) -> frozenset[str]:
    letters: set[str] = set()
    for part in code.replace("–", "-").split(","):
        first, _, last = (p.strip() for p in part.partition("-"))
        last = last or first
        if first > last:  # "F-B" is no range
            return frozenset()
        letters.update(chr(c) for c in range(ord(first), ord(last) + 1))
    return frozenset(letters)


def section_code(cell: str) -> frozenset[str]:
    """The sections a bare code cell names (``B-F`` → B…F, ``WZ08-C`` → C), else empty."""
    m = _BARE_RE.fullmatch(cell.strip())
    return _letters(m.group(2)) if m else frozenset()


def is_grouping_code(cell: str) -> bool:
    """A code only the WZ uses: a range or list of sections (``B-F``, ``K,L``) or one with the prefix ``WZ08-``.

    A column of single letters alone may be anything (``D``/``A`` beside Deutsche/Ausländer).
    """
    m = _BARE_RE.fullmatch(cell.strip())
    return m is not None and (bool(m.group(1)) or len(_letters(m.group(2))) > 1)


def is_unassigned(label: str) -> bool:
    """A category of no section („Keine Zuordnung möglich“), which adds to a sum beside the sections."""
    return _NO_SECTION_RE.search(label) is not None or is_unknown(label)


def covers_economy(categories) -> bool:
    """Whether the categories name every section A–T between them.

    Then a category without a code beside them (Regionaldatenbank 13111-07-05-4:
    „Freiberufl,wissenschaftl. techn. Dienstl.,sonst.DL“ beside „Dienstleistungsbereiche (G-U)“)
    is a part of one of them and adds nothing to a sum.
    """
    return _ECONOMY.issubset(frozenset().union(*map(sections_of, categories)))


def sections_of(category: str) -> frozenset[str]:
    """The sections a category names at its end (``Verarbeitendes Gewerbe (C)`` → C), else empty."""
    m = _LABEL_RE.search(category)
    return _letters(m.group(1)) if m else frozenset()


@lru_cache(maxsize=4096)  # a flat file repeats each (label, code) in every row
def with_sections(label: str, code: str) -> str:
    """``Produzierendes Gewerbe`` and ``B-F`` as one category: ``Produzierendes Gewerbe (B-F)``.

    A label that already ends in its code (Regionaldatenbank: ``Baugewerbe (F)``) stays as it is.
    """
    sections = section_code(code)
    if not sections or sections_of(label) == sections:
        return label
    bare = "".join(_BARE_RE.fullmatch(code.strip()).group(2).split()).replace("–", "-")
    return f"{label} ({bare})"


def sections_tree(categories) -> dict[str, str]:
    """``{child: parent}`` by sections: the parent is the smallest category whose sections contain the child's."""
    named = [(c, s) for c in categories if (s := sections_of(c))]
    tree = {}
    for category, sections in named:
        wider = [(len(s), c) for c, s in named if sections < s]
        if wider:
            tree[category] = min(wider, key=lambda pair: pair[0])[1]
    return tree


def disjoint_cover(categories) -> set[str] | None:
    """The categories named by sections that a sum adds, or ``None`` when there are too many to choose.

    No two share a section; together they cover as many sections as any such
    choice; among those, the most categories (the finest breakdown). Where the
    parts listed under a category do not cover it, the category is taken.
    """
    named = {c: s for c in dict.fromkeys(categories) if (s := sections_of(c))}
    if len(named) > _MAX_COVER:
        return None
    letters = sorted(frozenset().union(*named.values()))
    starting: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for category, sections in named.items():
        starting.setdefault(min(sections), []).append((category, sections))
    best: tuple[int, int, tuple[str, ...]] = (-1, -1, ())

    def search(at: int, used: frozenset[str], chosen: tuple[str, ...]) -> None:
        nonlocal best
        while at < len(letters) and (letters[at] in used or letters[at] not in starting):
            at += 1  # decided already, or no category starts here (it lies inside a range left out)
        if at == len(letters):
            best = max(best, (len(used), len(chosen), chosen), key=lambda b: (b[0], b[1]))
            return
        if len(used) + len(letters) - at < best[0]:
            return  # cannot cover as many sections as the best choice so far
        for category, sections in starting[letters[at]]:
            if not sections & used:
                search(at + 1, used | sections, (*chosen, category))
        search(at + 1, used, chosen)  # leave this section out: a wider category after it may cover more

    search(0, frozenset(), ())
    return set(best[2])
