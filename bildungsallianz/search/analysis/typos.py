"""Typo tolerance: a deletion-neighbourhood index (SymSpell) over the index vocabulary."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .tokens import TYPO_MIN_LENGTH

#: From this many letters on, an unknown word may be two edits away from what was meant.
TWO_TYPOS_MIN_LENGTH = 6
#: From this many letters on, a word that the index knows still gets one-edit neighbours.
KNOWN_WORD_TYPO_MIN_LENGTH = 8


def allowed_edits(word: str, *, known: bool) -> int:
    """How many edits typo tolerance allows for ``word``: more for longer words, fewer when known.

    Unknown words: none below 5 letters, one for 5, two from 6 letters ("frisör" -> "friseur").
    Words the index knows: one from 8 letters on (a real word may still be a typo of another).
    """
    if known:
        return 1 if len(word) >= KNOWN_WORD_TYPO_MIN_LENGTH else 0
    if len(word) >= TWO_TYPOS_MIN_LENGTH:
        return 2
    return 1 if len(word) >= TYPO_MIN_LENGTH else 0


def _within_one_edit(a: str, b: str) -> bool:
    """True if a and b differ by at most one insert/delete/substitute/transpose."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    # b is one longer than a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


def _deletes(term: str) -> set[str]:
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


class TypoIndex:
    """Deletion-neighbourhood index (SymSpell, distance 1) over index terms.

    Every term and each of its single-character deletions is a key pointing to
    the term. A query term matches a vocabulary term within one edit
    (insert, delete, substitute, adjacent transposition) iff their deletion
    neighbourhoods intersect; candidates are verified exactly.
    Only vocabulary terms of at least ``min_length - 1`` characters are indexed.
    """

    def __init__(self, vocabulary: Iterable[str], *, min_length: int = TYPO_MIN_LENGTH):
        self.min_length = min_length
        self.vocabulary: frozenset[str] = frozenset(t for t in vocabulary if len(t) >= min_length - 1)
        index: dict[str, list[str]] = {}
        for term in self.vocabulary:
            index.setdefault(term, []).append(term)
            for d in _deletes(term):
                index.setdefault(d, []).append(term)
        self._index = index
        by_length: dict[int, list[str]] = {}
        for term in sorted(self.vocabulary):
            by_length.setdefault(len(term), []).append(term)
        self._by_length = by_length
        self._near_cache: dict[tuple[str, int], dict[str, int]] = {}

    def __contains__(self, term: object) -> bool:
        return term in self.vocabulary

    def __len__(self) -> int:
        return len(self.vocabulary)

    def candidates(self, term: str) -> set[str]:
        """Vocabulary terms within edit distance 1 of ``term`` (term included if known).

        Terms shorter than ``min_length`` only match themselves.
        """
        if len(term) < self.min_length:
            return {term} & self.vocabulary
        found: set[str] = set()
        for key in (term, *_deletes(term)):
            for cand in self._index.get(key, ()):
                if cand not in found and _within_one_edit(term, cand):
                    found.add(cand)
        return found

    def near(self, term: str, max_edits: int) -> dict[str, int]:
        """Vocabulary terms within ``max_edits`` (optimal string alignment) of ``term``, with their
        distance; ``term`` itself is left out. Distance 1 comes from the deletion index, distance 2
        from a C++ edit distance over the terms of similar length (results are cached)."""
        if max_edits <= 0 or len(term) < self.min_length:
            return {}
        key = (term, max_edits)
        cached = self._near_cache.get(key)
        if cached is not None:
            return cached
        found = {cand: 1 for cand in self.candidates(term) if cand != term}
        if max_edits >= 2:
            for length in range(len(term) - 2, len(term) + 3):
                choices = self._by_length.get(length, ())
                for cand, distance, _ in process.extract(
                    term, choices, scorer=OSA.distance, score_cutoff=2, limit=None
                ):
                    if cand != term and cand not in found:
                        found[cand] = int(distance)
        if len(self._near_cache) > 20_000:
            self._near_cache.clear()
        self._near_cache[key] = found
        return found


def expand_typos(term: str, vocabulary: TypoIndex | Iterable[str]) -> set[str]:
    """Index terms within one edit of ``term`` (only for terms of 5+ characters).

    Pass a prebuilt :class:`TypoIndex` for repeated lookups; any other iterable
    is indexed on the fly.
    """
    index = vocabulary if isinstance(vocabulary, TypoIndex) else TypoIndex(vocabulary)
    return index.candidates(term)
