"""Engine-specific search code, behind one small interface.

An index is described by an :class:`IndexSpec`: a plain table of analysed
tokens per object (``entry_table``: primary key ``key_column``, text columns
``title`` and ``body``) that belongs to the app owning the objects, plus
whatever the engine needs beside it (an FTS5 table on SQLite, a generated
tsvector column with a GIN index on PostgreSQL). All linguistics already
happened in :mod:`bildungsallianz.search.analysis`; the engines only match
whole ``[a-z0-9]+`` tokens and rank.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection as default_connection


@dataclass(frozen=True)
class IndexSpec:
    name: str  # IndexState.name and a prefix for engine objects
    base_table: str  # table of the searched objects, e.g. offers_offer
    entry_table: str  # table of analysed tokens, e.g. offers_offerindexentry
    key_column: str  # primary key of the entry table = id of the object

    @property
    def fts_table(self) -> str:
        return f"{self.name}_fts"


#: One ranking level of a term: (weight, title only?, alternatives). A document scores the weight
#: of the first level of each term that it matches (levels are ordered by weight, highest first).
Level = tuple[int, bool, tuple[tuple[str, ...], ...]]

#: Weights: the exact form in the title; synonyms, stems of compound parts and phrases in the
#: title; the exact form anywhere; the alternatives anywhere; typos (and the loose words of a
#: synonym phrase) in the title; one-edit typos anywhere.
EXACT_TITLE, ALTERNATIVE_TITLE, EXACT, ALTERNATIVE, TYPO_TITLE, NEAR_TYPO = 6, 5, 4, 3, 2, 1


@dataclass(frozen=True)
class CompiledQuery:
    """Query terms as groups of alternatives; an alternative is a tuple of tokens (all required).

    ``levels`` (one tuple per group) rank the matches: exact forms and title hits above
    synonyms, compound parts and typos.
    """

    groups: tuple[tuple[tuple[str, ...], ...], ...]
    levels: tuple[tuple[Level, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def is_single_group(self) -> bool:
        return len(self.groups) == 1


def _levels(term) -> tuple[Level, ...]:
    exact = ((term.exact,),)
    loose = {tuple(p) for p in term.loose_phrases}
    strong = tuple(sorted({(t,) for t in term.tokens - term.typos} | ({tuple(p) for p in term.phrases} - loose)))
    typos = tuple(sorted({(t,) for t in term.typos} | loose))
    near = tuple(sorted({(t,) for t in term.typos - term.far_typos} | loose))
    candidates = [
        (EXACT_TITLE, True, exact),
        (ALTERNATIVE_TITLE, True, strong),
        (EXACT, False, exact),
        (ALTERNATIVE, False, strong),
        (TYPO_TITLE, True, typos),
        (NEAR_TYPO, False, near),
    ]
    levels: list[Level] = []
    seen: set = set()
    for weight, title_only, alternatives in candidates:
        if alternatives and (title_only, alternatives) not in seen:
            seen.add((title_only, alternatives))
            levels.append((weight, title_only, alternatives))
    return tuple(levels)


def compile_terms(terms) -> CompiledQuery:
    groups, levels = [], []
    for term in terms:
        alternatives = {(token,) for token in term.tokens}
        alternatives |= {tuple(phrase) for phrase in term.phrases}
        groups.append(tuple(sorted(alternatives)))
        levels.append(_levels(term))
    return CompiledQuery(groups=tuple(groups), levels=tuple(levels))


def get_backend(connection=None):
    connection = connection or default_connection
    if connection.vendor == "postgresql":
        from . import postgres

        return postgres
    if connection.vendor == "sqlite":
        from . import sqlite

        return sqlite
    raise NotImplementedError(f"Keine Suche für die Datenbank {connection.vendor!r}.")
