"""Typo tolerance: a deletion-neighbourhood index (SymSpell) over the index vocabulary."""

from __future__ import annotations

from collections.abc import Iterable

from .tokens import TYPO_MIN_LENGTH


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


def expand_typos(term: str, vocabulary: TypoIndex | Iterable[str]) -> set[str]:
    """Index terms within one edit of ``term`` (only for terms of 5+ characters).

    Pass a prebuilt :class:`TypoIndex` for repeated lookups; any other iterable
    is indexed on the fly.
    """
    index = vocabulary if isinstance(vocabulary, TypoIndex) else TypoIndex(vocabulary)
    return index.candidates(term)
